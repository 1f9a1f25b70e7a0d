import { expect, it } from "vitest";
import { identifyingOutput } from "../../../../../src/packs/bipa/rules/scope/scope-identifying-output.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const face = { modalities: ["face-geometry"] };

// bipa-reference.md §1.2 ("Biometric information": Zellmer, Martell, G.T. concern data whose capacity
// to identify was in doubt; they do not take a listed identifier out of the Act) and §2 (Zellmer row).
testRule(identifyingOutput, {
  fires: [
    {
      description: "point 2: a fingerprint timeclock stays in scope whatever outputCanIdentify says: info, never an exclusion",
      system: { outputCanIdentify: false, faceMatching: "not-applicable" },
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/outputCanIdentify",
      messageIncludes: ["captures fingerprints, which Sec. 10 lists as biometric identifiers in themselves", "no case applies them to a listed identifier captured directly", "stays within BIPA"],
    },
    {
      description: "point 2: iris, retina, voiceprint and hand geometry are listed identifiers too, even beside face geometry",
      system: { modalities: ["face-geometry", "iris", "voiceprint"], outputCanIdentify: false, faceMatching: "detection-only" },
      severity: "info",
      messageIncludes: ["iris scans and voiceprints"],
    },
    {
      description: "face detection and analysis only, nothing that can identify (Zellmer)",
      system: { ...face, faceMatching: "detection-only", outputCanIdentify: false },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/outputCanIdentify",
      messageIncludes: ["detects and analyses faces without matching", "Zellmer v. Meta Platforms (9th Cir. 2024)", "persuasive but not binding on Illinois courts"],
    },
    {
      description: "no face template or vector kept",
      system: { ...face, outputCanIdentify: false, faceMatching: "not-applicable" },
      excludes: true,
      messageIncludes: ["keeps no template or vector that could identify a person"],
    },
    {
      description: "cannot identify, matching mode unknown",
      system: { ...face, outputCanIdentify: false, faceMatching: "unknown" },
      excludes: true,
    },
    {
      description: "'cannot identify' contradicted by 1:N identification: risk, not exclusion",
      system: { ...face, outputCanIdentify: false, faceMatching: "identification" },
      severity: "risk",
      // Point 1: contradicting facts are stated facts, not an unknown.
      basis: "fact",
      pointer: "/systems/0/outputCanIdentify",
      messageIncludes: ["performs face identification", "not applied"],
    },
    {
      description: "'cannot identify' contradicted by 1:1 verification",
      system: { ...face, outputCanIdentify: false, faceMatching: "verification" },
      severity: "risk",
      messageIncludes: ["performs face verification"],
    },
    {
      description: "whether a face system's output can identify is unknown: risk",
      system: { ...face, outputCanIdentify: "unknown" },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/outputCanIdentify",
      messageIncludes: ["does not say whether Fingerprint timeclock's face output can identify", "not binding on Illinois courts", "audited as covered"],
    },
    {
      description: "unknown for a face-detection system",
      system: { ...face, faceMatching: "detection-only", outputCanIdentify: "unknown" },
      severity: "risk",
      basis: "unknown",
    },
  ],
  silent: [
    { description: "templates matched to identities (the compliant profile)" },
    { description: "point 1: for a fingerprint system, an unknown output decides nothing (a listed identifier)", system: { outputCanIdentify: "unknown" } },
    { description: "unknown, but 1:N identification identifies by design", system: { ...face, faceMatching: "identification", outputCanIdentify: "unknown" } },
    { description: "unknown, but 1:1 verification identifies by design", system: { ...face, faceMatching: "verification", outputCanIdentify: "unknown" } },
    { description: "detection that keeps identifying output is covered", system: { ...face, faceMatching: "detection-only", outputCanIdentify: true } },
    { description: "identifying face geometry derived from photographs", system: { ...face, derivedFromPhotographs: true, faceMatching: "identification" } },
  ],
});

it("bipa/scope-identifying-output: an unknown asks for the fact", () => {
  const [finding] = runRule(identifyingOutput, { description: "direct run", system: { ...face, outputCanIdentify: "unknown" } });
  expect(finding?.remedies).toEqual(["establish-unknown-facts"]);
  expect(finding?.authorities.map((a) => a.id)).toContain("zellmer-2024");
});
