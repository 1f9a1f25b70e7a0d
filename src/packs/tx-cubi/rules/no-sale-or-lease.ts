import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { joinWords } from "../consent.js";

const ACTS = [
  { field: "sells", words: "sells" },
  { field: "leases", words: "leases" },
  { field: "trades", words: "trades" },
  { field: "licensesDatabaseAccess", words: "licenses access to a database of" },
] as const;

export const noSaleOrLease = definePackRule({
  id: "tx-cubi/no-sale-or-lease",
  title: "No selling or leasing of biometric identifiers",
  section: "Tex. Bus. & Com. Code §503.001(c)(1)",
  severity: "violation",
  summary: "Fires when a system sells, leases, trades or licenses access to biometric identifiers; none of the (A)-(D) exceptions is a sale. Unknowns are a risk.",
  plainLanguage:
    "A business may not sell or lease someone's biometric identifier. The four exceptions (identification after a disappearance or death, a requested financial transaction, a statute, a warrant) are disclosures, not sales.",
  authorities: ["tx-cubi-503-001"],
  remedies: ["tx-cubi-stop-sale"],
  tags: ["503.001(c)(1)", "sale"],
  check({ system }) {
    const drafts: PackFindingDraft[] = [];
    const unknown: Array<(typeof ACTS)[number]> = [];
    for (const act of ACTS) {
      const value = system.commerce[act.field];
      if (value === true) {
        drafts.push({
          message: `${system.name} ${act.words} biometric identifiers; §503.001(c)(1) bars selling, leasing or otherwise disclosing them outside the (A)-(D) exceptions.`,
          evidence: [`/commerce/${act.field}`],
          key: `/commerce/${act.field}`,
        });
      } else if (value === "unknown") unknown.push(act);
    }
    if (drafts.length === 0 && unknown.length > 0) {
      drafts.push({
        message: `The profile does not say whether ${system.name} ${joinWords(unknown.map((a) => a.words), "or")} biometric identifiers; §503.001(c)(1) bars it.`,
        evidence: unknown.map((a) => `/commerce/${a.field}`),
        severity: "risk",
        basis: "unknown",
        key: "/commerce",
      });
    }
    return drafts;
  },
});
