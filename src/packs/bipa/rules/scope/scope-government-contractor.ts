import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { excluded, unsettled } from "./drafts.js";
import { possessive } from "../wording.js";

const ACTING = "/actingForGovernmentUnit/acting";
const UNIT = "/actingForGovernmentUnit/unit";

export const governmentContractor = defineRule({
  id: "bipa/scope-government-contractor",
  title: "Work done as contractor or agent of a State agency or local unit of government",
  section: "740 ILCS 14/25(e)",
  kind: "scope",
  severity: "info",
  summary:
    "Takes a system outside BIPA when its processing is done as a contractor, subcontractor or agent of a State agency or local unit of government while working for it. When the profile names a government unit but leaves open whether this processing is done for it, an info finding asks for the fact.",
  plainLanguage:
    "Sec. 25(e) says the Act does not apply to a contractor, subcontractor or agent of a State agency or local unit of government while working for that agency or unit. It exempts the activity, not the company: the same company's other biometric processing stays covered. It names State agencies and local units of government, not federal ones.",
  authorities: ["bipa-25"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-25", "government-contractor"],
  examples: {
    failing: {
      description: "The timeclock is run for a county under a staffing contract.",
      system: { actingForGovernmentUnit: { acting: true, unit: "Cook County" } },
    },
    passing: {
      description: "The timeclock serves the company's own staff only.",
      system: { actingForGovernmentUnit: { acting: false } },
    },
  },
  check({ profile, system }) {
    const org = profile.organization.name;
    const unit = system.actingForGovernmentUnit.unit?.trim() || undefined;
    return match([system.actingForGovernmentUnit.acting, unit] as const)
      .with([true, P._], (): FindingDraft[] => [
        excluded(
          `${org} runs ${system.name} as a contractor, subcontractor or agent of ${unit ?? "a State agency or local unit of government"}, while working for it. Sec. 25(e) says the Act does not apply to that work, so the system is outside BIPA. The exemption covers this activity only: ${possessive(org)} other biometric processing stays subject to BIPA. Sec. 25(e) reaches work for State agencies and local units of government, not federal ones. Its reach is being litigated: in a Union Pacific case the district court reportedly certified a 25(e) question for interlocutory appeal on 28 Oct 2025 (one secondary source, bipa-reference.md §1.5(e)), so the exemption is not settled at its edges; keep the contract and the evidence that this processing is done for ${unit ?? "the unit"}.`,
          unit ? [ACTING, UNIT] : [ACTING],
        ),
      ])
      .with(["unknown", P.string], ([, named]): FindingDraft[] => [
        unsettled(
          `The profile names ${named} as the government unit ${system.name} serves, but not whether this processing is done as its contractor, subcontractor or agent. If it is, and ${named} is a State agency or local unit of government, Sec. 25(e) exempts this activity; until that is established the system is audited as covered.`,
          [ACTING, UNIT],
          { severity: "info" },
        ),
      ])
      // `acting: "unknown"` with no unit named (the default) gets no finding, deliberately. 25(e) can
      // only take liability away, and the audit already treats the system as covered, which is the
      // cautious reading; a risk on every system that never touches government work would be noise
      // that teaches readers to skip risks. A named unit is the profile's own hint of government
      // work, so only then is the fact asked for (as info, since covered is still the safe default).
      .with(["unknown", undefined], [false, P._], () => [])
      .exhaustive();
  },
});
