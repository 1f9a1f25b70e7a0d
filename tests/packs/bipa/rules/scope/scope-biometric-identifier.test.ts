import { expect, it } from "vitest";
import { biometricIdentifier } from "../../../../../src/packs/bipa/rules/scope/scope-biometric-identifier.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

testRule(biometricIdentifier, {
  fires: [
    {
      description: "only gait: not a Sec. 10 identifier, and other laws are named",
      system: { modalities: [], otherTraits: ["gait"] },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/modalities",
      messageIncludes: ["lists no Sec. 10 biometric identifier for Fingerprint timeclock", "(gait) is not among the five", "My Health My Data Act"],
    },
    {
      description: "gait and keystroke are both named",
      system: { modalities: [], otherTraits: ["gait", "keystroke"] },
      excludes: true,
      messageIncludes: ["(gait and keystroke) are not among the five", "may cover them"],
    },
    {
      description: "no identifier and no other trait: excluded, and the message says what it rests on",
      system: { modalities: [], otherTraits: [] },
      excludes: true,
      messageIncludes: ["scan of hand or face geometry", "list it under modalities"],
    },
    {
      description: "photographs kept as such, nothing derived",
      system: { modalities: [], photographsOnly: true, derivedFromPhotographs: false },
      excludes: true,
      pointer: "/systems/0/photographsOnly",
      messageIncludes: ["keeps photographs only", "excludes photographs", "Rivera v. Google"],
    },
    {
      description: "photographs only, but whether geometry is derived is unknown: risk, not exclusion",
      system: { modalities: [], photographsOnly: true, derivedFromPhotographs: "unknown" },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/derivedFromPhotographs",
      messageIncludes: ["not whether any face geometry is derived", "not applied until derivation is ruled out"],
    },
    {
      description: "'photographs only' contradicted by face geometry derived from photographs: never excluded",
      system: { modalities: ["face-geometry"], photographsOnly: true, derivedFromPhotographs: true },
      severity: "risk",
      // Point 1: facts that contradict each other are stated facts, not an unknown to establish.
      basis: "fact",
      pointer: "/systems/0/photographsOnly",
      messageIncludes: ["keeps only photographs, yet also that it captures scans of face geometry and its identifiers are derived from photographs", "In re Clearview AI, N.D. Ill. 2022"],
    },
    {
      description: "'photographs only' contradicted by a listed fingerprint",
      system: { photographsOnly: true, derivedFromPhotographs: false },
      severity: "risk",
      messageIncludes: ["it captures fingerprints", "Correct whichever fact is wrong"],
    },
    {
      description: "'photographs only' contradicted by face identification",
      system: { modalities: [], photographsOnly: true, derivedFromPhotographs: false, faceMatching: "identification" },
      severity: "risk",
      messageIncludes: ["1:N face identification"],
    },
    {
      description: "no modality listed, but the system identifies faces: risk, not exclusion",
      system: { modalities: [], faceMatching: "identification" },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/modalities",
      messageIncludes: ["lists no Sec. 10 identifier", "1:N face identification", "List face-geometry under modalities"],
    },
    {
      description: "no modality listed, but identifiers are derived from photographs (Rivera; Patel)",
      system: { modalities: [], derivedFromPhotographs: true },
      severity: "risk",
      messageIncludes: ["its identifiers are derived from photographs", "Rivera v. Google"],
    },
  ],
  silent: [
    { description: "a fingerprint timeclock (the compliant profile)" },
    {
      description: "face templates built from photographs are covered (Rivera v. Google 2017; Patel)",
      system: { modalities: ["face-geometry"], derivedFromPhotographs: true, faceMatching: "identification", photographsOnly: false },
    },
    {
      description: "face detection only is left to the identifying-output rule",
      system: { modalities: ["face-geometry"], faceMatching: "detection-only" },
    },
    { description: "photographs-only unknown, a voiceprint listed", system: { modalities: ["voiceprint"], photographsOnly: "unknown", derivedFromPhotographs: "unknown" } },
    { description: "a listed identifier keeps the system in scope beside non-BIPA traits", system: { modalities: ["iris"], otherTraits: ["gait"] } },
  ],
});

it("bipa/scope-biometric-identifier: a contradiction points to every fact involved", () => {
  const [finding] = runRule(biometricIdentifier, {
    description: "direct run",
    system: { modalities: ["face-geometry"], photographsOnly: true, derivedFromPhotographs: true, faceMatching: "verification" },
  });
  expect(finding?.evidence.map((e) => e.pointer)).toEqual([
    "/systems/0/photographsOnly",
    "/systems/0/modalities",
    "/systems/0/derivedFromPhotographs",
    "/systems/0/faceMatching",
  ]);
  expect(finding?.remedies).toEqual(["establish-unknown-facts"]);
});
