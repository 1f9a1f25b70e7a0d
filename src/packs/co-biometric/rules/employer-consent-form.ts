import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";
import { employeeGroups } from "../facts.js";

const S = "(reported by one secondary source, marked [S] in the reference; the enrolled text was not checked)";

/** The form of the consent: the consent record, or the release when the record is silent. */
function form(system: System): { value: "recorded" | "not-recorded" | "unknown"; words: string; pointer: string } {
  const f = system.consent.form;
  if (f === "written" || f === "electronic" || f === "click-through") return { value: "recorded", words: f, pointer: "/consent/form" };
  if (f === "verbal" || f === "implied" || f === "none") return { value: "not-recorded", words: f, pointer: "/consent/form" };
  const r = system.release.type;
  if (r === "wet-signature" || r === "electronic-signature" || r === "click-through") return { value: "recorded", words: r, pointer: "/release/type" };
  if (r === "verbal" || r === "none") return { value: "not-recorded", words: r, pointer: "/release/type" };
  return { value: "unknown", words: "unknown", pointer: "/consent/form" };
}

export const employerConsentForm = definePackRule({
  id: "co-biometric/employer-consent-form",
  title: "Employee consent written or electronic, and refreshed for new purposes",
  section: "C.R.S. §6-1-1314 (employer consent)",
  severity: "risk",
  summary:
    "Risk when employees' consent is verbal, implied or absent rather than written or electronic, or is not obtained again for a new purpose or type of identifier. Graded a risk because the rule rests on a single secondary source [S].",
  plainLanguage:
    "A Colorado employer's biometric consent is reported to need a written or electronic form, and a fresh consent when the data is used for something new or a new kind of identifier is collected.",
  authorities: ["co-biometric-employer-consent-form"],
  remedies: ["co-biometric-written-employee-consent", "co-biometric-refresh-employee-consent", "co-biometric-establish-facts"],
  tags: ["employment", "consent", "single-source"],
  engaged: ({ system }) => employeeGroups(system).length > 0,
  check({ system }) {
    if (employeeGroups(system).length === 0) return [];
    const drafts: PackFindingDraft[] = [];
    const f = form(system);
    if (f.value === "not-recorded") {
      drafts.push({
        message: `${system.name} takes employees' consent in the form "${f.words}". A Colorado employer's consent must be written or electronic ${S}.`,
        evidence: [f.pointer],
        key: "form",
        remedies: ["co-biometric-written-employee-consent"],
      });
    } else if (f.value === "unknown") {
      drafts.push({
        message: `The profile does not say in what form ${system.name} takes employees' consent. A Colorado employer's consent must be written or electronic ${S}.`,
        evidence: [f.pointer],
        key: "form",
        basis: "unknown",
        remedies: ["co-biometric-establish-facts", "co-biometric-written-employee-consent"],
      });
    }
    if (system.consent.refreshedForNewPurposes === false) {
      drafts.push({
        message: `${system.name} does not obtain employees' consent again for a new purpose or a new type of identifier. A Colorado employer's consent must be refreshed for either ${S}.`,
        evidence: ["/consent/refreshedForNewPurposes"],
        key: "refresh",
        remedies: ["co-biometric-refresh-employee-consent"],
      });
    }
    return drafts;
  },
});
