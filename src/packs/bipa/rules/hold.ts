import type { FindingDraft, SystemRule } from "../rule.js";
import type { RemedyId } from "../remedies/ids.js";

/** The advice to destroy data collected without a release: wrong while a hold or process covers the data. */
const DESTROY: RemedyId = "destroy-unconsented-data";
const PRESERVE: RemedyId = "preserve-and-seek-court-order";

/**
 * A section rule whose findings, on a system with a recorded hold (a warrant, subpoena, preservation
 * order or litigation hold: `retention.legalHold`), advise keeping the data and seeking the court's
 * order instead of destroying it: destroying data a duty to preserve covers risks spoliation
 * sanctions, and Sec. 25(a) leaves discovery of the data untouched (bipa-reference.md §1.5 row (a)).
 * Advice must never put the user in a worse position; the finding itself is unchanged.
 */
export function withHoldPreserved(rule: SystemRule): SystemRule {
  return {
    ...rule,
    check(ctx) {
      const drafts = rule.check(ctx);
      if (drafts.length === 0 || ctx.system.retention.legalHold === undefined) return drafts;
      return drafts.map((d): FindingDraft => {
        const remedies = d.remedies ?? rule.remedies;
        if (!remedies.includes(DESTROY)) return d;
        const kept = remedies.filter((r) => r !== DESTROY);
        return { ...d, remedies: kept.includes(PRESERVE) ? kept : [...kept, PRESERVE] };
      });
    },
  };
}
