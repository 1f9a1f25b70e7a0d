import { expect, it } from "vitest";
import { encryption } from "../../../../../src/packs/bipa/rules/15e/15e-encryption.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(e): the reasonable standard of care within the industry, and parity with
// other confidential information; the statute names no specific measure. §3.1: the Clearview court
// credited vector encryption. Issue 10 point 3: missing encryption is evidence on the standard of
// care (a risk), and encrypted templates are encrypted stored data (one model, two fields that agree).
testRule(encryption, {
  fires: [
    {
      description: "point 3: no storage encryption at all is a risk on the standard of care, not a violation by itself",
      system: { security: { templateEncryption: false, encryptionAtRest: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/security/templateEncryption",
      messageIncludes: ["Fingerprint timeclock stores biometric data without encryption", "themselves are not encrypted; the store is not encrypted at rest", "names no specific measure", "not a violation by itself", "facial vectors"],
    },
    {
      description: "templates unencrypted and the store's encryption unknown: an unknown that decides (an encrypted store would settle it)",
      system: { security: { templateEncryption: false, encryptionAtRest: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/encryptionAtRest",
      messageIncludes: ["whether the store is encrypted at rest is not stated; the templates or vectors themselves are not encrypted"],
    },
    {
      description: "no encryption in transit is a risk of its own",
      system: { security: { encryptionInTransit: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/security/encryptionInTransit",
      messageIncludes: ["transmits biometric data without encryption in transit"],
    },
    {
      description: "storage and transit failures give one finding each",
      system: { security: { templateEncryption: false, encryptionAtRest: false, encryptionInTransit: false } },
      count: 2,
      severity: "risk",
    },
    {
      description: "storage encryption unknown on both fields is a risk, not a pass",
      system: { security: { templateEncryption: "unknown", encryptionAtRest: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/templateEncryption",
      messageIncludes: ["does not say whether Fingerprint timeclock's stored biometric data is encrypted"],
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
      description: "point 3: encrypted templates are encrypted stored data, even in a store not encrypted at rest",
      system: { security: { templateEncryption: true, encryptionAtRest: false } },
    },
    {
      description: "point 3: an encrypted store holds encrypted data, even if the templates are not encrypted themselves",
      system: { security: { templateEncryption: false, encryptionAtRest: true } },
    },
    {
      description: "point 1: one storage field true settles storage; the other left unknown decides nothing",
      system: { security: { templateEncryption: true, encryptionAtRest: "unknown" } },
    },
    {
      description: "other security gaps are not this rule's concern",
      system: { security: { accessControl: false, parityWithConfidentialInfo: false } },
    },
    {
      description: "point 4: no possession, no 15(e) duty (Barnett v. Apple)",
      system: { security: { templateEncryption: false, encryptionAtRest: false }, possession: { holder: "subject-device-only" } },
    },
  ],
});

it("a storage finding carries the storage remedy and cites the statute and the Clearview ruling", () => {
  const findings = runRule(encryption, { description: "", system: { security: { templateEncryption: false, encryptionAtRest: false } } });
  expect(findings).toHaveLength(1);
  expect(findings[0]?.remedies).toEqual(["encrypt-templates-and-vectors"]);
  expect(findings[0]?.authorities.map((a) => a.id)).toEqual(["bipa-15e", "clearview-pi-denial-2021"]);
});

it("an unknown finding points to establishing the facts", () => {
  const [finding] = runRule(encryption, { description: "", system: { security: { encryptionInTransit: "unknown" } } });
  expect(finding?.remedies).toEqual(["establish-unknown-facts", "encrypt-in-transit"]);
});
