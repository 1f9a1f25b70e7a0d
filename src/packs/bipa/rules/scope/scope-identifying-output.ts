import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { excluded, unsettled } from "./drafts.js";
import type { Modality } from "../../../../practices/schema.js";
import { joinWords, possessive } from "../wording.js";

const ZELLMER = "Zellmer v. Meta Platforms (9th Cir. 2024)";
const NOT_BINDING = "a Ninth Circuit reading of Illinois law, persuasive but not binding on Illinois courts";
const MATCHING = P.union("identification", "verification");

/** The listed identifiers that are captured as such, not derived: Zellmer and Martell do not reach them (bipa-reference.md §1.2). */
const DIRECT: ReadonlySet<Modality> = new Set(["fingerprint", "iris", "retina", "voiceprint", "hand-geometry"]);

const DIRECT_WORDS: Record<Modality, string> = {
  fingerprint: "fingerprints",
  iris: "iris scans",
  retina: "retina scans",
  voiceprint: "voiceprints",
  "hand-geometry": "hand geometry",
  "face-geometry": "face geometry",
};

export const identifyingOutput = defineRule({
  id: "bipa/scope-identifying-output",
  title: "Output capable of identifying a person",
  section: "740 ILCS 14/10",
  kind: "scope",
  severity: "risk",
  summary:
    "Takes a face-geometry system outside BIPA when its output cannot identify anyone (detection and analysis only, transient signatures), following Zellmer v. Meta (9th Cir. 2024), Martell v. X (N.D. Ill. 2024) and G.T. v. Samsung (N.D. Ill. 2024). Never for a listed identifier captured as such (fingerprint, iris or retina scan, voiceprint, hand geometry): those are biometric identifiers by Sec. 10 whatever the output, and an info finding says so when the profile claims otherwise. Whether a face system's output can identify left unknown is a risk, unless it matches faces, which identifies by design.",
  plainLanguage:
    'Biometric information is information based on a person\'s biometric identifier that is used to identify that person. The Ninth Circuit held in Zellmer v. Meta (2024) that a transient face signature of a non-user that could not identify anyone, deleted at once, was neither a biometric identifier nor biometric information, and Illinois federal courts have applied the same identification requirement to a photo hash (Martell v. X, 2024) and to on-device grouping of unnamed faces (G.T. v. Samsung, 2024). Those rulings concern data whose capacity to identify was in doubt. A fingerprint, an iris or retina scan, a voiceprint or a scan of hand geometry is itself a "biometric identifier" under Sec. 10, so a system that captures one stays covered.',
  authorities: ["bipa-10", "zellmer-2024", "martell-x-2024", "gt-samsung-2024"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-10", "biometric-information", "zellmer"],
  examples: {
    failing: {
      description: "A camera counts faces for footfall analytics and keeps nothing that could identify anyone.",
      system: { modalities: ["face-geometry"], faceMatching: "detection-only", outputCanIdentify: false },
    },
    passing: {
      description: "The timeclock matches fingerprints against enrolled templates.",
      system: { outputCanIdentify: true },
    },
  },
  check({ system }) {
    const direct = system.modalities.filter((m) => DIRECT.has(m));
    if (direct.length > 0) {
      // A listed identifier captured as such is covered by Sec. 10 itself: the output question decides nothing.
      if (system.outputCanIdentify !== false) return [];
      return [
        {
          message: `The profile says ${possessive(system.name)} output cannot identify anyone, but the system captures ${joinWords(direct.map((m) => DIRECT_WORDS[m]))}, which Sec. 10 lists as biometric identifiers in themselves. ${ZELLMER} and the Illinois federal rulings that followed it (Martell v. X; G.T. v. Samsung, N.D. Ill. 2024) concern face-derived data whose capacity to identify was in doubt; no case applies them to a listed identifier captured directly, so the system stays within BIPA.`,
          evidence: ["/outputCanIdentify", "/modalities"],
          severity: "info",
          basis: "fact",
          remedies: [],
          key: "/outputCanIdentify:listed-identifier",
        },
      ];
    }
    return match([system.outputCanIdentify, system.faceMatching] as const)
      .with([false, MATCHING], ([, mode]): FindingDraft[] => [
        unsettled(
          `The profile says ${possessive(system.name)} output cannot identify anyone, yet also that it performs face ${mode}, which matches faces against enrolled templates. The ${ZELLMER} reasoning is limited to output that cannot identify anyone, so it is not applied. Correct whichever fact is wrong.`,
          ["/outputCanIdentify", "/faceMatching"],
          { severity: "risk" , basis: "fact" },
        ),
      ])
      .with([false, P._], ([, mode]): FindingDraft[] => [
        excluded(
          `${possessive(system.name)} output cannot identify anyone: ${
            mode === "detection-only"
              ? "it detects and analyses faces without matching them against enrolled templates"
              : "it keeps no template or vector that could identify a person"
          }. In ${ZELLMER}, a transient face signature of a non-user that could not identify anyone and was deleted at once was held to be neither a biometric identifier nor biometric information, and Illinois federal courts have applied the same identification requirement (Martell v. X; G.T. v. Samsung, N.D. Ill. 2024), so the system is treated as outside BIPA. Zellmer is ${NOT_BINDING}; once a template or vector is kept or matched against identities, the system is covered.`,
          ["/outputCanIdentify", "/faceMatching"],
        ),
      ])
      // Matching against enrolled templates is identifying by design; the unknown decides nothing.
      .with(["unknown", MATCHING], [true, P._], () => [])
      .with(["unknown", P._], (): FindingDraft[] => [
        unsettled(
          `The profile does not say whether ${possessive(system.name)} face output can identify a person (a template or vector kept and matched to identities) or is only a transient, non-identifying signature. Under ${ZELLMER}, ${NOT_BINDING}, and the Illinois federal rulings that followed it, that decides whether the data is biometric at all; until it is established the system is audited as covered.`,
          ["/outputCanIdentify"],
          { severity: "risk" },
        ),
      ])
      .exhaustive();
  },
});
