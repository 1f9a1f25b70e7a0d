import { defineRule, type FindingDraft } from "../../rule.js";
import type { Modality, System } from "../../../../practices/schema.js";
import { excluded, unsettled } from "./drafts.js";
import { joinWords } from "../wording.js";

const MODALITY_WORDS: Record<Modality, string> = {
  fingerprint: "fingerprints",
  "face-geometry": "scans of face geometry",
  iris: "iris scans",
  retina: "retina scans",
  voiceprint: "voiceprints",
  "hand-geometry": "scans of hand geometry",
};

const FIVE = "a retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry";
const DERIVED_COVERED =
  "face geometry computed from photographs is a biometric identifier (Rivera v. Google, N.D. Ill. 2017; In re Clearview AI, N.D. Ill. 2022)";

/** A stated fact that says the system computes identifiers, with its pointer. */
interface Sign {
  pointer: string;
  words: string;
}

export const biometricIdentifier = defineRule({
  id: "bipa/scope-biometric-identifier",
  title: "Captures a Sec. 10 biometric identifier",
  section: "740 ILCS 14/10",
  kind: "scope",
  severity: "risk",
  summary:
    "Takes a system outside BIPA when it lists none of the five Sec. 10 identifiers (only traits such as gait or keystroke, or nothing), or keeps photographs only and derives nothing from them. Never excludes face geometry derived from photographs: a profile that says so, or that matches faces, while listing no identifier or claiming photographs only, is a risk.",
  plainLanguage:
    'A "biometric identifier" is exactly one of five things: a retina or iris scan, a fingerprint, a voiceprint, or a scan of hand or face geometry. Photographs, signatures, physical descriptions and the other listed items are not. But a face-geometry scan made from a photograph is covered: courts have refused to let the photograph exclusion swallow templates built from photos.',
  authorities: ["bipa-10", "rivera-google-2017", "clearview-mtd-2022"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-10", "biometric-identifier", "photographs"],
  examples: {
    failing: {
      description: "A gait-analysis system that captures none of the five identifiers.",
      system: { modalities: [], otherTraits: ["gait"] },
    },
    passing: {
      description: "Face templates built from uploaded photos (Rivera v. Google; In re Clearview AI) stay in scope.",
      system: { modalities: ["face-geometry"], derivedFromPhotographs: true, faceMatching: "identification" },
    },
  },
  check({ system }) {
    const face = faceSigns(system);
    const listed: Sign[] =
      system.modalities.length > 0
        ? [{ pointer: "/modalities", words: `it captures ${joinWords(system.modalities.map((m) => MODALITY_WORDS[m]))}` }]
        : [];
    if (system.photographsOnly === true) {
      const derived = system.derivedFromPhotographs;
      const contradictions = [...listed, ...face];
      if (contradictions.length > 0) return [photographsContradicted(system, contradictions)];
      if (derived === "unknown") {
        return [
          unsettled(
            `The profile says ${system.name} keeps only photographs, but not whether any face geometry is derived from them. Sec. 10 excludes photographs, but ${DERIVED_COVERED}, so the photograph exclusion is not applied until derivation is ruled out.`,
            ["/derivedFromPhotographs", "/photographsOnly"],
            { severity: "risk" },
          ),
        ];
      }
      return [
        excluded(
          `${system.name} keeps photographs only and derives no face geometry or other identifier from them. Sec. 10 excludes photographs from "biometric identifier", so the system is outside BIPA. That changes the moment a scan is computed from the photographs: ${DERIVED_COVERED}.${traitsSentence(system)}`,
          ["/photographsOnly", "/derivedFromPhotographs", "/modalities"],
        ),
      ];
    }
    // Not photographs only (false, or unknown): the listed identifiers and face signs decide.
    if (listed.length > 0) return [];
    if (face.length > 0) {
      return [
        unsettled(
          `The profile lists no Sec. 10 identifier for ${system.name}, yet says ${joinWords(face.map((s) => s.words))}. That implies a scan of face geometry, one of the five Sec. 10 identifiers even when computed from photographs (Rivera v. Google, N.D. Ill. 2017; In re Clearview AI, N.D. Ill. 2022), so the system is not treated as outside BIPA. List face-geometry under modalities, or correct the facts.`,
          ["/modalities", ...face.map((s) => s.pointer)],
          { severity: "risk" , basis: "fact" },
        ),
      ];
    }
    return [
      excluded(
        `The profile lists no Sec. 10 biometric identifier for ${system.name} (${FIVE}), so the system is outside BIPA.${traitsSentence(system)} The exclusion rests on that list: if the system captures any of the five, list it under modalities.`,
        ["/modalities", "/otherTraits"],
      ),
    ];
  },
});

/** Facts other than the modality list that say the system computes face geometry. */
/** What each kind of face matching says about the system (none for "not-applicable" or "unknown"); a Record, so a new kind must be listed. */
const FACE_MATCHING_SIGNS: Record<System["faceMatching"], string | undefined> = {
  identification: "it performs 1:N face identification",
  verification: "it performs 1:1 face verification",
  "detection-only": "it runs face detection and analysis",
  "not-applicable": undefined,
  unknown: undefined,
};

function faceSigns(system: System): Sign[] {
  const derived: Sign[] =
    system.derivedFromPhotographs === true
      ? [{ pointer: "/derivedFromPhotographs", words: "its identifiers are derived from photographs" }]
      : [];
  const matching = FACE_MATCHING_SIGNS[system.faceMatching];
  return [...derived, ...(matching ? [{ pointer: "/faceMatching", words: matching }] : [])];
}

function photographsContradicted(system: System, contradictions: Sign[]): FindingDraft {
  return unsettled(
    `The profile says ${system.name} keeps only photographs, yet also that ${joinWords(contradictions.map((s) => s.words))}. ${capitalize(DERIVED_COVERED)}, so the photograph exclusion of Sec. 10 is not applied. Correct whichever fact is wrong.`,
    ["/photographsOnly", ...contradictions.map((s) => s.pointer)],
    { severity: "risk" , basis: "fact" },
  );
}

/** Names the non-BIPA traits the system records, if any, and the laws that may reach them. */
function traitsSentence(system: System): string {
  const traits = system.otherTraits;
  if (traits.length === 0) return "";
  const [noun, verb, pronoun] = traits.length === 1 ? ["trait", "is", "it"] : ["traits", "are", "them"];
  return ` The ${noun} it records (${joinWords(traits)}) ${verb} not among the five Sec. 10 identifiers; other laws may cover ${pronoun} (Washington's My Health My Data Act, for one, counts keystroke and gait patterns as biometric data).`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
