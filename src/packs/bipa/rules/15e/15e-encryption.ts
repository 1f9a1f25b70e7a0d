import { inPossession } from "../gates.js";
import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { System } from "../../../../practices/schema.js";
import { joinWords, possessive } from "../wording.js";

/**
 * One encryption model for stored data: templates or vectors that are themselves encrypted, or a
 * store encrypted at rest, both mean the stored biometric data is encrypted. So the two fields never
 * contradict each other: either one true settles storage.
 */
const STORAGE_FIELDS = [
  { field: "templateEncryption", words: "the templates or vectors themselves are not encrypted", unknown: "whether the templates or vectors themselves are encrypted" },
  { field: "encryptionAtRest", words: "the store is not encrypted at rest", unknown: "whether the store is encrypted at rest" },
] as const;

/** Why a missing measure is a risk: 15(e) sets a standard of care and names no specific measure (bipa-reference.md §1.3 15(e)). */
const STANDARD_OF_CARE =
  "15(e)(1) asks for the reasonable standard of care within the entity's industry and names no specific measure, so missing encryption is evidence that the standard is not met, not a violation by itself";

export const encryption = defineRule({
  id: "bipa/15e-encryption",
  title: "Biometric data encrypted in storage and in transit",
  section: "740 ILCS 14/15(e)(1)",
  kind: "section",
  engaged: inPossession,
  severity: "risk",
  summary:
    "A risk when stored biometric data is not encrypted (neither the templates or vectors themselves nor the store at rest), and separately when it is not encrypted in transit: evidence on the 15(e)(1) standard of care, which names no specific measure. Either storage field true means the stored data is encrypted. A fact left unknown is a risk with basis unknown.",
  plainLanguage:
    "A company that holds biometric data must store and transmit it with the reasonable standard of care in its industry, and at least as protectively as its other confidential and sensitive information. The statute names no particular measure, so unencrypted storage or transmission is evidence against the company on that standard rather than a violation in itself. Encryption of the facial vectors was one of the measures the court credited in the Clearview litigation.",
  authorities: ["bipa-15e", "clearview-pi-denial-2021"],
  remedies: ["encrypt-templates-and-vectors", "encrypt-in-transit"],
  tags: ["15(e)", "security", "encryption"],
  examples: {
    failing: {
      description: "Fingerprint templates are stored without encryption, in a store that is not encrypted at rest.",
      system: { security: { templateEncryption: false, encryptionAtRest: false } },
    },
    passing: {
      description: "Templates are encrypted, and transfers are encrypted.",
      system: { security: { templateEncryption: true, encryptionAtRest: "unknown", encryptionInTransit: true } },
    },
  },
  check({ system }) {
    return [storageFinding(system), transitFinding(system)].filter((d): d is FindingDraft => d !== undefined);
  },
});

/** One finding for storage: none if either field says the stored data is encrypted. */
function storageFinding(system: System): FindingDraft | undefined {
  const { templateEncryption, encryptionAtRest } = system.security;
  if (templateEncryption === true || encryptionAtRest === true) return undefined;
  const fieldsWith = (value: boolean | "unknown") => STORAGE_FIELDS.filter((f) => system.security[f.field] === value);
  return match([templateEncryption, encryptionAtRest] as const)
    .with([false, false], (): FindingDraft => ({
      message: `${system.name} stores biometric data without encryption (${fieldsWith(false).map((g) => g.words).join("; ")}). ${STANDARD_OF_CARE}; the Clearview court credited encryption of the facial vectors among that company's protective measures.`,
      evidence: fieldsWith(false).map((g) => `/security/${g.field}`),
      remedies: ["encrypt-templates-and-vectors"],
      key: "storage",
    }))
    .otherwise((): FindingDraft => ({
      message: `The profile does not say whether ${possessive(system.name)} stored biometric data is encrypted (${joinWords(fieldsWith("unknown").map((g) => g.unknown), "or")} is not stated${fieldsWith(false).length > 0 ? `; ${fieldsWith(false).map((g) => g.words).join("; ")}` : ""}). Encrypted templates, or an encrypted store, would settle it; ${STANDARD_OF_CARE}.`,
      evidence: [...fieldsWith("unknown"), ...fieldsWith(false)].map((g) => `/security/${g.field}`),
      basis: "unknown",
      remedies: ["establish-unknown-facts", "encrypt-templates-and-vectors"],
      key: "storage:unknown",
    }));
}

/** One finding for transmission, which 15(e) names alongside storage. */
function transitFinding(system: System): FindingDraft | undefined {
  return match(system.security.encryptionInTransit)
    .with(false, (): FindingDraft => ({
      message: `${system.name} transmits biometric data without encryption in transit. 15(e)(1) governs how the data is transmitted as well as how it is stored; ${STANDARD_OF_CARE}.`,
      evidence: ["/security/encryptionInTransit"],
      remedies: ["encrypt-in-transit"],
      key: "transit",
    }))
    .with(true, () => undefined)
    .with("unknown", (): FindingDraft => ({
      message: `The profile does not say whether ${system.name} encrypts biometric data in transit. 15(e)(1) governs transmission as well as storage, and encryption is evidence on its standard of care.`,
      evidence: ["/security/encryptionInTransit"],
      basis: "unknown",
      remedies: ["establish-unknown-facts", "encrypt-in-transit"],
      key: "transit:unknown",
    }))
    .exhaustive();
}
