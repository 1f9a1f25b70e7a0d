import { inPossession } from "../gates.js";
import { match } from "ts-pattern";
import { earliestDay } from "../../../../practices/dates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { BREACH_EXPOSURES, System } from "../../../../practices/schema.js";
import { joinWords } from "../wording.js";
import type { RemedyId } from "../../remedies/ids.js";

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
  engaged: inPossession,
  severity: "risk",
  summary:
    "One finding per breach on or before the evaluation date: a risk when it exposed biometric templates, facial vectors or biometric images (evidence on the 15(e) standard of care, which asks for reasonable care, not perfect security); info when it exposed only other data (the Clearview distinction).",
  plainLanguage:
    "A company must protect biometric data from disclosure with reasonable care. A breach that exposed the biometric data is evidence that it was not protected, though the statute asks for the industry's standard of care rather than perfect security. In the Clearview litigation, two breaches that exposed source code, employee information and a client list, but no facial images or vectors, showed only a mere possibility of irreparable harm.",
  authorities: ["bipa-15e", "clearview-pi-denial-2021"],
  remedies: ["encrypt-templates-and-vectors", "restrict-access", "deploy-anti-intrusion", "train-employees-cybersecurity", "adopt-industry-standard", "establish-unknown-facts"],
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
      breach.date !== "unknown" && earliestDay(breach.date) > asOf ? [] : [breachFinding(system, breach, index)],
    );
  },
});

/** Whether each measure a breach finding may advise is already recorded as in place (then it is not advised again). */
const IN_PLACE: Partial<Record<RemedyId, (s: System["security"]) => boolean>> = {
  "encrypt-templates-and-vectors": (s) => s.templateEncryption === true,
  "restrict-access": (s) => s.accessControl === true && s.accessLogging === true,
  "deploy-anti-intrusion": (s) => s.intrusionDetection === true,
  "train-employees-cybersecurity": (s) => s.staffTraining === true,
};

/**
 * The measures not yet in place. With all of them in place, what caused the breach decides: a
 * documented industry standard where none is recorded, else establishing the cause.
 */
function notInPlace(system: System, remedies: readonly RemedyId[]): RemedyId[] {
  const left = remedies.filter((r) => !IN_PLACE[r]?.(system.security));
  if (left.length > 0) return left;
  const standard = system.security.industryStandard;
  return typeof standard === "string" && standard.trim() !== "" && standard !== "unknown" ? ["establish-unknown-facts"] : ["adopt-industry-standard"];
}

function breachFinding(system: System, breach: Breach, index: number): FindingDraft {
  const name = system.name;
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
      message: `A breach of ${name} ${when} exposed ${words(others)}, but no biometric data. It is no evidence that the biometric data was left unprotected, though a security lapse may bear indirectly on the entity's standard of care; where breaches exposed source code, employee information and a client list, and not facial images or vectors, the Clearview court saw only "a mere possibility of irreparable harm".`,
      severity: "info",
      remedies: notInPlace(system, ["deploy-anti-intrusion", "train-employees-cybersecurity"]),
    }))
    .otherwise((biometric): FindingDraft => ({
      ...base,
      message: `A breach of ${name} ${when} exposed ${words(biometric)}${others.length > 0 ? ` (and ${words(others)})` : ""}. 15(e) requires the reasonable standard of care, not perfect security, so a breach does not by itself establish a violation; but it is evidence that the data was not protected as the section requires, and what caused it decides. It is also the fact the Clearview court found missing when it saw only "a mere possibility of irreparable harm".`,
      remedies: notInPlace(system, ["encrypt-templates-and-vectors", "restrict-access", "deploy-anti-intrusion"]),
    }));
}
