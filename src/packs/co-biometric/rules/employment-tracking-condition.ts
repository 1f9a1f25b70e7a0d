import { definePackRule } from "../../../core/pack.js";
import { consentRequired, employeeGroups } from "../facts.js";
import { PURPOSE_WORDS, TRACKING } from "../purposes.js";
import { list } from "../wording.js";

export const employmentTrackingCondition = definePackRule({
  id: "co-biometric/employment-tracking-condition",
  title: "Employment not conditioned on consent to track location or device use",
  section: "C.R.S. §6-1-1314 (employer consent)",
  severity: "violation",
  summary:
    "Fires when an employee system uses biometric data to track location or time spent using hardware or software and consent is a condition of the job; when it is not known whether consent is required, a risk.",
  plainLanguage: "A Colorado employer may not make a job depend on consenting to biometric tracking of where people are or how long they use devices or software.",
  authorities: ["co-biometric-notice-consent"],
  remedies: ["co-biometric-voluntary-employee-consent", "co-biometric-establish-facts"],
  tags: ["employment", "consent", "tracking"],
  engaged: ({ system }) => employeeGroups(system).length > 0 && system.purposes.some((p) => TRACKING.has(p)),
  check({ system }) {
    const tracking = system.purposes.filter((p) => TRACKING.has(p));
    if (employeeGroups(system).length === 0 || tracking.length === 0) return [];
    const required = consentRequired(system);
    if (required.value === false) return [];
    const uses = list(tracking.map((p) => PURPOSE_WORDS[p]));
    if (required.value === true) {
      return [
        {
          message: `${system.name} uses employees' biometric data for ${uses}, and consent is a condition of the job. C.R.S. §6-1-1314 forbids conditioning employment on consent to track location or time spent using hardware or software.`,
          evidence: ["/purposes", required.pointer],
          key: "tracking",
          remedies: ["co-biometric-voluntary-employee-consent"],
        },
      ];
    }
    return [
      {
        message: `${system.name} uses employees' biometric data for ${uses}, and the profile does not say whether employees may refuse. C.R.S. §6-1-1314 forbids conditioning employment on consent to such tracking.`,
        evidence: [required.pointer, "/purposes"],
        key: "tracking",
        severity: "risk",
        basis: "unknown",
        remedies: ["co-biometric-establish-facts", "co-biometric-voluntary-employee-consent"],
      },
    ];
  },
});
