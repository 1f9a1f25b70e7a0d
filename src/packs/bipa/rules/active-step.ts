import type { FindingDraft, SystemContext, SystemRule } from "../rule.js";

/**
 * 15(b) binds an entity that itself collects, captures or otherwise obtains the data: an active step
 * (bipa-reference.md §1.3 15(b), §2 Heard; §5.9 item 47). An organization that processes for another
 * (`organization.role: processor`, a timeclock vendor hosting an employer's templates, say) may or may
 * not take that step, and the profile does not say who performs the capture: Heard v. Becton,
 * Dickinson dismissed such a claim in 2020 and a more detailed complaint stated one in 2021. So its
 * 15(b) violations rest on a fact left open: they are risks asking for it, and no estimate counts
 * them. Where it captures (`collection.capturedBy: entity`) they stand.
 */
export function activeStepOpen({ profile, system }: SystemContext): boolean {
  return profile.organization.role === "processor" && system.collection.capturedBy === "unknown";
}

const ACTIVE_STEP_OPEN =
  "The organization processes for another (organization.role: processor) and the profile does not say who performs the capture (collection.capturedBy): 15(b) reaches an entity that itself collects, captures or otherwise obtains the data, an active step (Heard v. Becton, Dickinson, N.D. Ill. 2020, where a more detailed complaint later stated claims, 2021), so whether this duty binds it is a question of fact. Its customer, if it captures, owes the notice and release itself (Rogers v. BNSF).";

/** A 15(b) rule whose violations, for a processor that may take no active step, are risks asking who captures. */
export function withActiveStep(rule: SystemRule): SystemRule {
  return {
    ...rule,
    authorities: rule.authorities.includes("heard-bd-2020") ? rule.authorities : [...rule.authorities, "heard-bd-2020"],
    check(ctx) {
      const drafts = rule.check(ctx);
      if (drafts.length === 0 || !activeStepOpen(ctx)) return drafts;
      return drafts.map((d): FindingDraft =>
        (d.severity ?? rule.severity) !== "violation"
          ? d
          : { ...d, message: `${d.message} ${ACTIVE_STEP_OPEN}`, severity: "risk", basis: "unknown", evidence: [...d.evidence, "/collection/capturedBy"] },
      );
    },
  };
}
