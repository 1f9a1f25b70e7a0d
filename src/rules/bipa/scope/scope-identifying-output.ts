import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import { excluded, unsettled } from "./drafts.js";
import { possessive } from "../wording.js";

const ZELLMER = "Zellmer v. Meta Platforms (9th Cir. 2024)";
const NOT_BINDING = "a Ninth Circuit reading of Illinois law, persuasive but not binding on Illinois courts";
const MATCHING = P.union("identification", "verification");

export const identifyingOutput = defineRule({
  id: "bipa/scope-identifying-output",
  title: "Output capable of identifying a person",
  section: "740 ILCS 14/10",
  kind: "scope",
  severity: "risk",
  summary:
    "Takes a system outside BIPA when its output cannot identify anyone (detection and analysis only, transient signatures), following Zellmer v. Meta (9th Cir. 2024). Whether the output can identify a person left unknown is a risk, unless the system matches faces, which identifies by design.",
  plainLanguage:
    'Biometric information is information based on a person\'s biometric identifier that is used to identify that person. The Ninth Circuit held in Zellmer v. Meta (2024) that a transient face signature of a non-user that could not identify anyone, deleted at once, was neither a biometric identifier nor biometric information. That is a federal reading of Illinois law: persuasive, not binding on Illinois courts. A template or vector that is kept and matched against identities is covered.',
  authorities: ["bipa-10", "zellmer-2024"],
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
    return match([system.outputCanIdentify, system.faceMatching] as const)
      .with([false, MATCHING], ([, mode]): FindingDraft[] => [
        unsettled(
          `The profile says ${possessive(system.name)} output cannot identify anyone, yet also that it performs face ${mode}, which matches faces against enrolled templates. The ${ZELLMER} reasoning is limited to output that cannot identify anyone, so it is not applied. Correct whichever fact is wrong.`,
          ["/outputCanIdentify", "/faceMatching"],
          { severity: "risk" },
        ),
      ])
      .with([false, P._], ([, mode]): FindingDraft[] => [
        excluded(
          `${possessive(system.name)} output cannot identify anyone: ${
            mode === "detection-only"
              ? "it detects and analyses faces without matching them against enrolled templates"
              : "it keeps no template or vector that could identify a person"
          }. In ${ZELLMER}, a transient face signature of a non-user that could not identify anyone and was deleted at once was held to be neither a biometric identifier nor biometric information, so the system is treated as outside BIPA. Zellmer is ${NOT_BINDING}; once a template or vector is kept or matched against identities, the system is covered.`,
          ["/outputCanIdentify", "/faceMatching"],
        ),
      ])
      // Matching against enrolled templates is identifying by design; the unknown decides nothing.
      .with(["unknown", MATCHING], [true, P._], () => [])
      // Unlike 25(e), which concerns a narrow class of government work, this fact decides whether the
      // data is biometric at all for every system, and the legal reference lists it among the facts
      // the engine must collect, so leaving it unknown is a risk (as the scope brief asks).
      .with(["unknown", P._], (): FindingDraft[] => [
        unsettled(
          `The profile does not say whether ${possessive(system.name)} output can identify a person (a template or vector kept and matched to identities) or is only a transient, non-identifying signature. Under ${ZELLMER}, ${NOT_BINDING}, that decides whether the data is biometric at all; until it is established the system is audited as covered.`,
          ["/outputCanIdentify"],
          { severity: "risk" },
        ),
      ])
      .exhaustive();
  },
});
