import { expect, it } from "vitest";
import { parity } from "../../../../../src/packs/bipa/rules/15e/15e-parity.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(e)(2) and §1.2 ("confidential and sensitive information", the benchmark).
testRule(parity, {
  fires: [
    {
      description: "biometrics protected less than SSNs and account numbers is a violation",
      system: { security: { parityWithConfidentialInfo: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/security/parityWithConfidentialInfo",
      messageIncludes: ["Fingerprint timeclock protects its biometric data less", "social security numbers, account numbers, PINs", "same as or more protective"],
    },
    {
      description: "parity unknown is a risk",
      system: { security: { parityWithConfidentialInfo: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/parityWithConfidentialInfo",
      messageIncludes: ["does not say whether", "15(e)(2) turns on this comparison"],
    },
  ],
  silent: [
    { description: "parity affirmed and ISO/IEC 27001 named", system: {} },
    {
      description: "point 3: no industry standard named is not this rule's concern: the first limb's note is bipa/15e-safeguards (info)",
      system: { security: { industryStandard: null } },
    },
    { description: "encryption gaps are another rule's concern", system: { security: { encryptionInTransit: false } } },
  ],
});

it("cites the Sec. 10 definition the second limb is measured by", () => {
  const [finding] = runRule(parity, { description: "", system: { security: { parityWithConfidentialInfo: false } } });
  expect(finding?.authorities.map((a) => a.id)).toEqual(["bipa-15e", "bipa-10"]);
  expect(finding?.remedies).toEqual(["protect-at-parity"]);
});
