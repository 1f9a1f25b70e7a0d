import type { Pack, PackOrganizationRule, PackRule, PackScopeRule } from "../../core/pack.js";
import { authorities } from "./authorities.js";
import { bipaReportFields } from "./exposure/attach.js";
import { bipaPackRemedies } from "./measures.js";
import { DEFAULT_ASSUMPTIONS, type Assumptions, type Rule } from "./rule.js";
import { bipaRules } from "./rules/index.js";

/**
 * The Illinois BIPA pack (740 ILCS 14). Scope rules decide, system by system, whether the Act
 * reaches it (one info finding for an excluded system, one conditional line for an open one);
 * section rules run on in-scope systems; organization rules once. Its `extend` hook adds the Sec. 20
 * exposure estimate and the injunction-risk view to the report.
 */
export const bipaPack: Pack = bipaPackWith(bipaRules);

/**
 * The BIPA pack with another rule list (tests and `audit({ ruleSet })`): the same hooks, the rules
 * split by kind in their given order.
 */
export function bipaPackWith(ruleSet: readonly Rule[]): Pack {
  const scopeRules: PackScopeRule[] = [];
  const rules: PackRule[] = [];
  const organizationRules: PackOrganizationRule[] = [];
  for (const rule of ruleSet) {
    if (rule.kind === "organization") organizationRules.push(rule);
    else if (rule.kind === "scope") scopeRules.push(rule);
    else rules.push(rule);
  }
  return {
    id: "bipa",
    title: "Illinois Biometric Information Privacy Act",
    jurisdiction: "Illinois, United States",
    citation: "740 ILCS 14",
    effectiveFrom: "2008-10-03",
    amendments: [
      { date: "2024-08-02", what: "Public Act 103-0769 (Sections 10 and 20): a written release may be given by electronic signature; one recovery per person, per identifier, per method.", authority: "pa-103-0769" },
    ],
    authorities: Object.values(authorities),
    remedies: bipaPackRemedies,
    scopeRules,
    rules,
    organizationRules,
    defaultAssumptions: DEFAULT_ASSUMPTIONS,
    assumptionNotes: (a) => assumptionNotes(a as Assumptions),
    extend: ({ report, profile, assumptions, memo }) => bipaReportFields(report, profile, assumptions as Assumptions, memo),
    notes: [],
  };
}

function assumptionNotes(a: Assumptions): string[] {
  const amendment =
    a.amendmentAppliesToPendingClaims === "unknown"
      ? "Whether PA 103-0769 applies to claims pending on 2 Aug 2024 is treated as unsettled (most N.D. Ill. rulings held it does not; a reported 2026 Seventh Circuit ruling that it does is unverified, and a federal ruling would not bind Illinois state courts): exposure shows both readings. The rulings concern suits pending on that date; the estimate treats conduct before it in a suit filed later as the same open question, which the legal reference does not address separately."
      : `Assumed that PA 103-0769 ${a.amendmentAppliesToPendingClaims ? "applies" : "does not apply"} to claims pending on 2 Aug 2024, and so to conduct before it in a suit filed later (set by option; the reported 2026 Seventh Circuit ruling is unverified).`;
  return [amendment];
}
