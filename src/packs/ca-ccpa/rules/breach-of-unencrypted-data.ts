import { definePackRule } from "../../../core/pack.js";
import { biometricBreaches, encrypted } from "../facts.js";

const AT_REST = "/security/encryptionAtRest";
const TEMPLATES = "/security/templateEncryption";

/**
 * 1798.150: the private action reaches breaches of non-encrypted personal information. A breach that
 * exposed biometric data while it was stored unencrypted is exposure on the facts; unknown
 * encryption, where a breach happened, decides it and is a risk. No breach: nothing to sue on.
 */
export const breachOfUnencryptedData = definePackRule({
  id: "ca-ccpa/breach-of-unencrypted-data",
  title: "Breach of non-encrypted biometric data (private action)",
  section: "Cal. Civ. Code §1798.150",
  severity: "violation",
  summary:
    "Checks the breach history: a breach that exposed biometric templates, vectors or images stored without encryption opens the private action; unknown encryption after such a breach is a risk. Breaches of other data, and breaches known to predate the CCPA (1 Jan 2020), are not counted.",
  plainLanguage:
    "Californians can sue a business when their unencrypted biometric data is stolen in a breach. Encrypting the data takes later breaches out of the private action.",
  authorities: ["ca-ccpa-1798-150"],
  remedies: ["ca-ccpa-encrypt-and-secure"],
  tags: ["breach", "security", "private-action"],
  engaged: ({ system, asOf }) => biometricBreaches(system, asOf).length > 0,
  check({ system, asOf }) {
    const breaches = biometricBreaches(system, asOf);
    if (breaches.length === 0) return [];
    const state = encrypted(system);
    if (state === "yes") return [];
    const name = system.name;
    const pointers = breaches.map((i) => `/breaches/${i}/exposed`);
    const which = breaches.length === 1 ? "a breach" : `${breaches.length} breaches`;
    if (state === "no") {
      return [
        {
          message: `${name} suffered ${which} that exposed biometric data while it was stored without encryption. 1798.150 gives each affected person in California a private action for a breach of non-encrypted personal information.`,
          evidence: [...pointers, AT_REST, TEMPLATES],
        },
      ];
    }
    return [
      {
        message: `${name} suffered ${which} that exposed biometric data, and the profile does not say whether the data was encrypted. 1798.150's private action reaches breaches of non-encrypted personal information only, so encryption decides it.`,
        evidence: [...pointers, AT_REST, TEMPLATES],
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
