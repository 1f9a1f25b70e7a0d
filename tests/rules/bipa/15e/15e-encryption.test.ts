import { expect, it } from "vitest";
import { encryption } from "../../../../src/rules/bipa/15e/15e-encryption.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

testRule(encryption, {
  fires: [
    {
      description: "templates not encrypted is a storage violation",
      system: { security: { templateEncryption: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/security/templateEncryption",
      messageIncludes: ["Fingerprint timeclock", "templates or vectors themselves are not encrypted", "15(e)(1)", "facial vectors"],
    },
    {
      description: "store not encrypted at rest is a storage violation",
      system: { security: { encryptionAtRest: false } },
      severity: "violation",
      pointer: "/systems/0/security/encryptionAtRest",
      messageIncludes: ["not encrypted at rest"],
    },
    {
      description: "both storage facts false still give one storage finding, naming both",
      system: { security: { templateEncryption: false, encryptionAtRest: false } },
      count: 1,
      messageIncludes: ["themselves are not encrypted; the data is not encrypted at rest"],
    },
    {
      description: "no encryption in transit is a violation of its own",
      system: { security: { encryptionInTransit: false } },
      severity: "violation",
      pointer: "/systems/0/security/encryptionInTransit",
      messageIncludes: ["transmits biometric data without encryption in transit"],
    },
    {
      description: "storage and transit failures give one finding each",
      system: { security: { templateEncryption: false, encryptionInTransit: false } },
      count: 2,
      severity: "violation",
    },
    {
      description: "storage encryption unknown is a risk, not a pass",
      system: { security: { templateEncryption: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/templateEncryption",
      messageIncludes: ["does not say whether Fingerprint timeclock encrypts its stored"],
    },
    {
      description: "transit encryption omitted is a risk",
      system: { security: { encryptionInTransit: null } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/encryptionInTransit",
    },
    {
      description: "a whole security block omitted gives a storage risk and a transit risk",
      system: { security: null },
      count: 2,
      severity: "risk",
      basis: "unknown",
    },
  ],
  silent: [
    { description: "templates, store and transfers all encrypted", system: {} },
    {
      description: "other security gaps are not this rule's concern",
      system: { security: { accessControl: false, parityWithConfidentialInfo: false } },
    },
  ],
});

it("a known storage gap is not repeated as an unknown, and carries the storage remedy", () => {
  const findings = runRule(encryption, { description: "", system: { security: { templateEncryption: false, encryptionAtRest: "unknown" } } });
  expect(findings).toHaveLength(1);
  expect(findings[0]?.severity).toBe("violation");
  expect(findings[0]?.remedies).toEqual(["encrypt-templates-and-vectors"]);
  expect(findings[0]?.authorities.map((a) => a.id)).toEqual(["bipa-15e", "clearview-pi-denial-2021"]);
});

it("an unknown finding points to establishing the facts", () => {
  const [finding] = runRule(encryption, { description: "", system: { security: { encryptionInTransit: "unknown" } } });
  expect(finding?.remedies).toEqual(["establish-unknown-facts", "encrypt-in-transit"]);
});
