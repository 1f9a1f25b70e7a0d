import { expect, it } from "vitest";
import { parity } from "../../../../src/rules/bipa/15e/15e-parity.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

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
    {
      description: "no industry standard named is a risk: the first limb's benchmark cannot be shown",
      system: { security: { industryStandard: null } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/industryStandard",
      messageIncludes: ["names no industry security standard for Fingerprint timeclock", "first limb cannot be shown"],
    },
    {
      description: "a blank industry standard counts as none",
      system: { security: { industryStandard: "  " } },
      severity: "risk",
      pointer: "/systems/0/security/industryStandard",
    },
    {
      description: "no parity and no standard give two findings, the violation first",
      system: { security: { parityWithConfidentialInfo: false, industryStandard: null } },
      count: 2,
      severity: "violation",
    },
  ],
  silent: [
    { description: "parity affirmed and ISO/IEC 27001 named", system: {} },
    { description: "any named standard satisfies the benchmark check", system: { security: { industryStandard: "SOC 2" } } },
    { description: "encryption gaps are another rule's concern", system: { security: { encryptionInTransit: false } } },
  ],
});

it("cites the Sec. 10 definition the second limb is measured by", () => {
  const [finding] = runRule(parity, { description: "", system: { security: { parityWithConfidentialInfo: false } } });
  expect(finding?.authorities.map((a) => a.id)).toEqual(["bipa-15e", "bipa-10"]);
  expect(finding?.remedies).toEqual(["protect-at-parity"]);
});
