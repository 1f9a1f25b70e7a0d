import { definePackRule } from "../../../core/pack.js";

export const reasonableCare = definePackRule({
  id: "tx-cubi/reasonable-care",
  title: "Protect biometric identifiers at least as well as other confidential information",
  section: "Tex. Bus. & Com. Code §503.001(c)(2)",
  severity: "violation",
  summary: "Fires when biometric identifiers are protected less well than the company's other confidential information; an unknown is a risk.",
  plainLanguage:
    "A business must store, send and protect biometric identifiers with reasonable care, and at least as carefully as it protects its other confidential information.",
  authorities: ["tx-cubi-503-001"],
  remedies: ["tx-cubi-reasonable-care"],
  tags: ["503.001(c)(2)", "security"],
  check({ system }) {
    const parity = system.security.parityWithConfidentialInfo;
    if (parity === false) {
      return [
        {
          message: `${system.name} protects biometric identifiers less well than other confidential information; §503.001(c)(2) requires care at least as protective.`,
          evidence: ["/security/parityWithConfidentialInfo"],
        },
      ];
    }
    if (parity === "unknown") {
      return [
        {
          message: `The profile does not say whether ${system.name} protects biometric identifiers at least as well as other confidential information (security.parityWithConfidentialInfo); §503.001(c)(2) requires it.`,
          evidence: ["/security/parityWithConfidentialInfo"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
