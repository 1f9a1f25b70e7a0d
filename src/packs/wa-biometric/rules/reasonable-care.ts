import { definePackRule } from "../../../core/pack.js";

export const reasonableCare = definePackRule({
  id: "wa-biometric/reasonable-care",
  title: "Reasonable care against unauthorised access and acquisition",
  section: "RCW 19.375.020",
  severity: "violation",
  summary: "Fires when access to the identifiers is not restricted; unencrypted storage, or unknown access control, is a risk.",
  plainLanguage: "A business holding enrolled biometric identifiers must take reasonable care to guard them against unauthorised access and acquisition.",
  authorities: ["wa-biometric-19-375-020"],
  remedies: ["wa-biometric-reasonable-care"],
  tags: ["19.375.020", "security"],
  check({ system }) {
    const s = system.security;
    if (s.accessControl === false) {
      return [{ message: `${system.name} does not restrict access to enrolled biometric identifiers; RCW 19.375.020 requires reasonable care against unauthorised access.`, evidence: ["/security/accessControl"] }];
    }
    if (s.accessControl === "unknown") {
      return [
        {
          message: `The profile does not say whether access to ${system.name}'s biometric identifiers is restricted (security.accessControl); RCW 19.375.020 requires reasonable care against unauthorised access.`,
          evidence: ["/security/accessControl"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    if (s.encryptionAtRest === false && s.templateEncryption !== true) {
      return [
        {
          message: `${system.name} stores biometric identifiers unencrypted; a regulator may see this as short of the reasonable care RCW 19.375.020 requires against unauthorised acquisition.`,
          evidence: ["/security/encryptionAtRest"],
          severity: "risk",
          basis: "fact",
        },
      ];
    }
    return [];
  },
});
