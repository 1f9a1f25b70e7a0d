import { definePackRule } from "../../../core/pack.js";

const PUBLIC = "/retention/policy/public";

export const publicPolicy = definePackRule({
  id: "co-biometric/public-policy",
  title: "Written biometric policy available to the public",
  section: "C.R.S. §6-1-1314 (written policy)",
  severity: "violation",
  summary:
    "Fires when the written biometric policy exists but is not public; whether it is public, when unknown, is a risk. The exceptions to publication the reference mentions are not detailed there.",
  plainLanguage: "Colorado requires the written biometric policy to be available to the public, with certain exceptions.",
  authorities: ["co-biometric-written-policy"],
  remedies: ["co-biometric-adopt-written-policy", "co-biometric-establish-facts"],
  tags: ["written-policy", "transparency"],
  engaged: ({ system }) => system.retention.policy.exists !== false,
  check({ system }) {
    const { exists, public: isPublic } = system.retention.policy;
    // No policy at all is the written-policy rule's finding; publication is judged once one exists.
    if (exists === false || isPublic === true) return [];
    if (isPublic === false) {
      return [
        {
          message: `The written biometric policy for ${system.name} is not available to the public. C.R.S. §6-1-1314 requires the policy to be public, with certain exceptions the reference does not detail (the enrolled text was not checked).`,
          evidence: [PUBLIC],
          key: PUBLIC,
          remedies: ["co-biometric-adopt-written-policy"],
        },
      ];
    }
    return [
      {
        message: `The profile does not say whether the written biometric policy for ${system.name} is available to the public. C.R.S. §6-1-1314 requires it to be public; the fact decides whether ${system.name} complies.`,
        evidence: [PUBLIC],
        key: PUBLIC,
        severity: "risk",
        basis: "unknown",
        remedies: ["co-biometric-establish-facts"],
      },
    ];
  },
});
