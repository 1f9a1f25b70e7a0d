import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import type { System } from "../../../practices/schema.js";
import { joinWords } from "../wording.js";

/** The two storage facts: the templates or vectors themselves, and the store they sit in. */
const STORAGE_FIELDS = [
  { field: "templateEncryption", words: "the templates or vectors themselves are not encrypted" },
  { field: "encryptionAtRest", words: "the data is not encrypted at rest" },
] as const;

export const encryption = defineRule({
  id: "bipa/15e-encryption",
  title: "Biometric templates and vectors encrypted in storage and in transit",
  section: "740 ILCS 14/15(e)(1)",
  kind: "section",
  severity: "violation",
  summary:
    "Fires when stored biometric templates or vectors are not encrypted (template encryption or encryption at rest is false), and separately when biometric data is not encrypted in transit; a fact left unknown is a risk.",
  plainLanguage:
    "A company that holds biometric data must store and transmit it with the reasonable standard of care in its industry. Encryption of the facial vectors was one of the measures the court credited in the Clearview litigation.",
  authorities: ["bipa-15e", "clearview-pi-denial-2021"],
  remedies: ["encrypt-templates-and-vectors", "encrypt-in-transit"],
  tags: ["15(e)", "security", "encryption"],
  examples: {
    failing: {
      description: "Fingerprint templates are stored without encryption.",
      system: { security: { templateEncryption: false } },
    },
    passing: {
      description: "Templates are encrypted, the store is encrypted at rest, and transfers are encrypted.",
      system: { security: { templateEncryption: true, encryptionAtRest: true, encryptionInTransit: true } },
    },
  },
  check({ system }) {
    return [storageFinding(system), transitFinding(system)].filter((d): d is FindingDraft => d !== undefined);
  },
});

/** One finding for storage: a violation if either storage fact is false, a risk if none is false but one is unknown. */
function storageFinding(system: System): FindingDraft | undefined {
  const { templateEncryption, encryptionAtRest } = system.security;
  const fieldsWith = (value: boolean | "unknown") =>
    STORAGE_FIELDS.filter((f) => system.security[f.field] === value);
  return match([templateEncryption, encryptionAtRest] as const)
    .with(P.union([false, P._], [P._, false]), () => {
      const gaps = fieldsWith(false);
      return {
        message: `${system.name} stores biometric data without encryption (${gaps.map((g) => g.words).join("; ")}). 15(e)(1) requires the data to be stored with the reasonable standard of care in the industry; the Clearview court credited encryption of the facial vectors among that company's protective measures.`,
        evidence: gaps.map((g) => `/security/${g.field}`),
        remedies: ["encrypt-templates-and-vectors"],
        key: "storage",
      } satisfies FindingDraft;
    })
    .with([true, true], () => undefined)
    .otherwise(() => ({
      message: `The profile does not say whether ${system.name} encrypts its stored biometric templates or vectors (${joinWords(fieldsWith("unknown").map((g) => g.field))} unknown). Whether storage meets the standard of care of 15(e)(1) turns on this fact.`,
      evidence: fieldsWith("unknown").map((g) => `/security/${g.field}`),
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "encrypt-templates-and-vectors"],
      key: "storage:unknown",
    }));
}

/** One finding for transmission, which 15(e) names alongside storage. */
function transitFinding(system: System): FindingDraft | undefined {
  return match(system.security.encryptionInTransit)
    .with(false, (): FindingDraft => ({
      message: `${system.name} transmits biometric data without encryption in transit. 15(e)(1) governs how the data is transmitted as well as how it is stored, and requires the reasonable standard of care in the industry.`,
      evidence: ["/security/encryptionInTransit"],
      remedies: ["encrypt-in-transit"],
      key: "transit",
    }))
    .with(true, () => undefined)
    .with("unknown", (): FindingDraft => ({
      message: `The profile does not say whether ${system.name} encrypts biometric data in transit. Whether transmission meets the standard of care of 15(e)(1) turns on this fact.`,
      evidence: ["/security/encryptionInTransit"],
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "encrypt-in-transit"],
      key: "transit:unknown",
    }))
    .exhaustive();
}
