import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { consentRequired, employeeGroups } from "../facts.js";
import { PERMITTED, PURPOSE_WORDS, TRACKING } from "../purposes.js";
import { list } from "../wording.js";

const ALLOWED = "secure-area access, workplace safety and security, recording the start and end of the workday, and public safety in emergencies";

export const employerRequiredConsent = definePackRule({
  id: "co-biometric/employer-required-consent",
  title: "Employers require consent only for the permitted uses",
  section: "C.R.S. §6-1-1314 (employer consent)",
  severity: "violation",
  summary:
    "Fires when an employer requires employees' or applicants' consent for a use other than secure access, workplace safety and security, timekeeping, or public safety in emergencies. Whether consent is required, when unknown, is a risk only if such a use is listed; an unstated purpose with required consent is a risk. Tracking uses are their own rule.",
  plainLanguage:
    "A Colorado employer may make biometric consent a condition of the job only for a short list of uses; for any other use, consent must be a free choice.",
  authorities: ["co-biometric-notice-consent", "co-biometric-6-1-1314"],
  remedies: ["co-biometric-voluntary-employee-consent", "co-biometric-establish-facts"],
  tags: ["employment", "consent"],
  engaged: ({ system }) => employeeGroups(system).length > 0,
  check({ system }) {
    if (employeeGroups(system).length === 0) return [];
    const required = consentRequired(system);
    if (required.value === false) return [];
    const others = system.purposes.filter((p) => !PERMITTED.has(p) && !TRACKING.has(p));
    const name = system.name;
    if (system.purposes.length === 0) {
      if (required.value !== true) return [];
      return [
        {
          message: `${name} requires employees' consent, but the profile lists no purpose. A Colorado employer may require consent only for ${ALLOWED}; the purposes decide whether the requirement is lawful.`,
          evidence: ["/purposes", required.pointer],
          key: "purposes",
          severity: "risk",
          basis: "unknown",
          remedies: ["co-biometric-establish-facts"],
        },
      ];
    }
    if (others.length === 0) return [];
    const uses = list(others.map((p) => PURPOSE_WORDS[p]));
    const draft: PackFindingDraft =
      required.value === true
        ? {
            message: `${name} requires employees' consent and uses the data for ${uses}. A Colorado employer may require consent only for ${ALLOWED}; consent for any other use must be voluntary.`,
            evidence: [required.pointer, "/purposes"],
            key: "required",
            remedies: ["co-biometric-voluntary-employee-consent"],
          }
        : {
            message: `The profile does not say whether employees may refuse consent to ${name}, and the data is used for ${uses}. A Colorado employer may require consent only for ${ALLOWED}; for other uses it must be voluntary.`,
            evidence: [required.pointer, "/purposes"],
            key: "required",
            severity: "risk",
            basis: "unknown",
            remedies: ["co-biometric-establish-facts", "co-biometric-voluntary-employee-consent"],
          };
    return [draft];
  },
});
