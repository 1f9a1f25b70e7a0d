import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import type { BREACH_EXPOSURES, System } from "../../../practices/schema.js";
import { joinWords } from "../wording.js";

type Exposure = (typeof BREACH_EXPOSURES)[number];
type Breach = System["breaches"][number];

/** What each exposure is called in a finding; the first three are biometric data. */
const EXPOSURE_WORDS: Readonly<Record<Exposure, string>> = {
  "biometric-templates": "biometric templates",
  "face-vectors": "facial vectors",
  "biometric-images": "biometric images",
  "source-code": "source code",
  "employee-information": "employee information",
  "client-list": "a client list",
  "other-personal-information": "other personal information",
  other: "other data",
};

const BIOMETRIC: ReadonlySet<Exposure> = new Set(["biometric-templates", "face-vectors", "biometric-images"]);

export const breachHistory = defineRule({
  id: "bipa/15e-breach-history",
  title: "No breach has exposed biometric data",
  section: "740 ILCS 14/15(e)",
  kind: "section",
  severity: "violation",
  summary:
    "One finding per breach on or before the evaluation date: a violation when it exposed biometric templates, facial vectors or biometric images; a risk when it exposed only other data (the Clearview distinction).",
  plainLanguage:
    "A company must protect biometric data from disclosure. A breach that exposed the biometric data shows it was not protected. In the Clearview litigation, two breaches that exposed source code, employee information and a client list, but no facial images or vectors, showed only a mere possibility of irreparable harm.",
  authorities: ["bipa-15e", "clearview-pi-denial-2021"],
  remedies: ["encrypt-templates-and-vectors", "restrict-access", "deploy-anti-intrusion", "train-employees-cybersecurity"],
  tags: ["15(e)", "security", "breach", "injunction"],
  examples: {
    failing: {
      description: "A 2023 intrusion exposed the stored fingerprint templates.",
      system: { breaches: [{ date: "2023-03-01", exposed: ["biometric-templates"] }] },
    },
    passing: {
      description: "No breach on record.",
      system: { breaches: [] },
    },
  },
  check({ system, asOf }) {
    return system.breaches.flatMap((breach, index) =>
      // A breach dated after asOf had not happened on the evaluation date, so it is ignored; an
      // undated breach is in the history the profile gives and may have happened, so it counts.
      breach.date !== "unknown" && breach.date > asOf ? [] : [breachFinding(system.name, breach, index)],
    );
  },
});

function breachFinding(name: string, breach: Breach, index: number): FindingDraft {
  const when = breach.date === "unknown" ? "(date not stated)" : `on ${breach.date}`;
  const words = (list: readonly Exposure[]) => joinWords(list.map((e) => EXPOSURE_WORDS[e]));
  const others = breach.exposed.filter((e) => !BIOMETRIC.has(e));
  const base = {
    evidence: [`/breaches/${index}/exposed`, `/breaches/${index}/date`],
    key: `breach:${index}:${breach.date}`,
  };
  return match(breach.exposed.filter((e) => BIOMETRIC.has(e)))
    .with([], (): FindingDraft => ({
      ...base,
      message: `A breach of ${name} ${when} exposed ${words(others)}, but no biometric data. It is a security lapse that bears on the standard of care of 15(e)(1); but where breaches exposed source code, employee information and a client list, and not facial images or vectors, the Clearview court saw only "a mere possibility of irreparable harm" to the biometric subjects.`,
      severity: "risk",
      remedies: ["deploy-anti-intrusion", "train-employees-cybersecurity"],
    }))
    .otherwise((biometric): FindingDraft => ({
      ...base,
      message: `A breach of ${name} ${when} exposed ${words(biometric)}${others.length > 0 ? ` (and ${words(others)})` : ""}. The biometric data was not protected from disclosure as 15(e) requires. This is the fact the Clearview court found missing when it saw only "a mere possibility of irreparable harm": exposed biometric data weighs toward injunctive relief.`,
      remedies: ["encrypt-templates-and-vectors", "restrict-access", "deploy-anti-intrusion"],
    }));
}
