import { definePackRule } from "../../../core/pack.js";

const BEYOND = "/dataProtection/usedBeyondNecessary";
const OFFERED = "/dataProtection/rightToLimitOffered";

/**
 * 1798.121: the right to limit matters only where sensitive personal information is used beyond what
 * is necessary; a use limited to what is necessary leaves nothing to limit, so the rule stays silent.
 */
export const rightToLimit = definePackRule({
  id: "ca-ccpa/right-to-limit",
  title: "Right to limit the use of sensitive personal information",
  section: "Cal. Civ. Code §1798.121; Cal. Code Regs. tit. 11, §7027",
  severity: "violation",
  summary:
    "Where biometric information is used beyond what is necessary for the service asked for, checks that people can limit its use. Use beyond necessity without the right is a violation; an unknown use or offer, where it decides, is a risk.",
  plainLanguage:
    "If a business uses Californians' biometric information for more than what the service needs, it must let them tell it to stop and keep to what is necessary.",
  authorities: ["ca-ccpa-1798-121", "ca-ccpa-1798-140"],
  remedies: ["ca-ccpa-offer-right-to-limit"],
  tags: ["right-to-limit", "sensitive-personal-information"],
  engaged: ({ system }) => system.dataProtection.usedBeyondNecessary !== false,
  check({ system }) {
    const { usedBeyondNecessary: beyond, rightToLimitOffered: offered } = system.dataProtection;
    const name = system.name;
    if (beyond === false || offered === true) return [];
    if (beyond === true && offered === false) {
      return [
        {
          message: `${name} uses biometric information beyond what is necessary for the service people asked for, and offers no way to limit that use. 1798.121 gives people in California the right to limit the use of sensitive personal information to what is necessary.`,
          evidence: [BEYOND, OFFERED],
        },
      ];
    }
    const open = [
      ...(beyond === "unknown" ? ["whether the biometric information is used beyond what is necessary"] : []),
      ...(offered === "unknown" ? ["whether people can limit its use"] : []),
    ];
    return [
      {
        message: `For ${name} the profile does not say ${open.join(", or ")}. Where sensitive personal information is used beyond what is necessary, 1798.121 requires the right to limit.`,
        evidence: [...(beyond === "unknown" ? [BEYOND] : []), ...(offered === "unknown" ? [OFFERED] : [])],
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
