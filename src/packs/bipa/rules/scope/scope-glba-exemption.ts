import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { excluded, unsettled } from "./drafts.js";

const TITLE_V = "/organization/glba/titleVSubject";
const ROLE = "/organization/glba/role";
const EXEMPT_ROLE = P.union("financial-institution", "affiliate-of-financial-institution");

const ROLE_WORDS = {
  "financial-institution": "a financial institution",
  "affiliate-of-financial-institution": "an affiliate of a financial institution",
} as const;

export const glbaExemption = defineRule({
  id: "bipa/scope-glba-exemption",
  title: "Financial institutions subject to GLBA Title V",
  section: "740 ILCS 14/25(c)",
  kind: "scope",
  severity: "risk",
  summary:
    "Takes every system outside BIPA when the organization is a financial institution, or an affiliate of one, subject to Title V of the Gramm-Leach-Bliley Act. A vendor to a financial institution gets an info finding that it is not exempt; a claimed exemption whose Title V status or role is unknown is a risk.",
  plainLanguage:
    'Sec. 25(c) says the Act does not apply "in any manner" to a financial institution, or an affiliate of one, that is subject to Title V of the Gramm-Leach-Bliley Act. It exempts the whole entity, but courts read it narrowly: it covers only institutions actually subject to Title V, and vendors to banks are not covered.',
  authorities: ["bipa-25"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-25", "glba", "financial-institution"],
  examples: {
    failing: {
      description: "A bank subject to GLBA Title V runs the timeclock.",
      organization: { glba: { titleVSubject: true, role: "financial-institution" } },
    },
    passing: {
      description: "A manufacturer with no GLBA status.",
      organization: { glba: { titleVSubject: false, role: "none" } },
    },
  },
  check({ profile, system }) {
    const org = profile.organization.name;
    const { titleVSubject, role } = profile.organization.glba;
    return match([titleVSubject, role] as const)
      .with([true, EXEMPT_ROLE], ([, r]): FindingDraft[] => [
        excluded(
          `${org} is ${ROLE_WORDS[r]} subject to Title V of the Gramm-Leach-Bliley Act. Sec. 25(c) says the Act does not apply "in any manner" to such an entity, so ${system.name} is outside BIPA. Courts read 25(c) narrowly, to cover only institutions actually subject to Title V: keep the evidence of that status.`,
          [TITLE_V, ROLE],
        ),
      ])
      .with([P._, "vendor-to-financial-institution"], (): FindingDraft[] => [
        {
          message: `${org} is a vendor to a financial institution, not a financial institution or an affiliate of one. Sec. 25(c) exempts only those, and courts read it narrowly: vendors to banks are not covered. ${system.name} remains subject to BIPA.`,
          evidence: [ROLE],
          severity: "info",
          basis: "fact",
          remedies: [],
        },
      ])
      .with(["unknown", EXEMPT_ROLE], ([, r]): FindingDraft[] => [
        unsettled(
          `The profile says ${org} is ${ROLE_WORDS[r]} but not whether it is subject to Title V of the Gramm-Leach-Bliley Act. Sec. 25(c) exempts only an institution or affiliate actually subject to Title V, so the exemption is not established, and ${system.name} is audited as covered until it is.`,
          [TITLE_V, ROLE],
          { severity: "risk" },
        ),
      ])
      .with([true, "unknown"], (): FindingDraft[] => [
        unsettled(
          `The profile says ${org} is subject to Title V of the Gramm-Leach-Bliley Act but not whether it is a financial institution or an affiliate of one. Sec. 25(c) exempts only those (a vendor to a financial institution is not covered), so the exemption is not established, and ${system.name} is audited as covered until it is.`,
          [ROLE, TITLE_V],
          { severity: "risk" },
        ),
      ])
      .with([true, "none"], (): FindingDraft[] => [
        {
          message: `The profile says ${org} is subject to Title V of the Gramm-Leach-Bliley Act but is neither a financial institution nor an affiliate of one. Sec. 25(c) exempts only those, so ${system.name} remains subject to BIPA. If ${org} is in fact a financial institution or an affiliate of one, record that role.`,
          evidence: [ROLE, TITLE_V],
          severity: "info",
          basis: "fact",
          remedies: [],
        },
      ])
      // No GLBA status stated, or stated plainly absent: nothing to report. An unknown status with no
      // claimed financial role could only ever remove liability, and the audit already assumes coverage.
      .with([false, P._], ["unknown", P.union("none", "unknown")], () => [])
      .exhaustive();
  },
});
