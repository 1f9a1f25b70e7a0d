import { writtenNotice } from "../../../../../src/packs/bipa/rules/15b/15b-written-notice.js";
import { testRule } from "../../../../helpers/rule-tester.js";

testRule(writtenNotice, {
  fires: [
    {
      description: "notice given only orally",
      system: { notice: { inWriting: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/notice/inWriting",
      messageIncludes: ["Fingerprint timeclock does not inform subjects in writing", "fingerprints", "15(b)(1)"],
    },
    {
      description: "no written notice, whatever the notice is said to contain (one finding, not two)",
      system: { notice: { inWriting: false, statesCollection: false } },
      severity: "violation",
      pointer: "/systems/0/notice/inWriting",
    },
    {
      description: "written notice that does not say biometrics are collected or stored",
      system: { notice: { statesCollection: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/notice/statesCollection",
      messageIncludes: ["does not say that fingerprints are collected or stored"],
    },
    {
      description: "notice silent on collection and its form unknown: still a violation, noting the unknown",
      system: { notice: { inWriting: "unknown", statesCollection: false } },
      severity: "violation",
      messageIncludes: ["Whether the notice is in writing at all is also not stated"],
    },
    {
      description: "whether the notice is written is unknown",
      system: { notice: { inWriting: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/notice/inWriting",
      messageIncludes: ["whether subjects are informed in writing", "Fingerprint timeclock"],
    },
    {
      description: "whether the written notice states collection is unknown",
      system: { notice: { statesCollection: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/notice/statesCollection",
    },
    {
      description: "notice omitted entirely: one risk naming both unknown facts",
      system: { notice: null },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/notice/inWriting",
      messageIncludes: ["informed in writing, or whether the notice says biometric data is collected or stored"],
    },
    {
      description: "face geometry is named in the message, with a singular verb",
      system: { modalities: ["face-geometry"], notice: { inWriting: false } },
      messageIncludes: ["that their face geometry is collected or stored"],
    },
    {
      description: "two modalities take a plural verb",
      system: { modalities: ["face-geometry", "fingerprint"], notice: { statesCollection: false } },
      messageIncludes: ["does not say that face geometry and fingerprints are collected or stored"],
    },
  ],
  silent: [
    { description: "written notice that states collection (the compliant timeclock)", system: {} },
    {
      description: "purpose and term missing is another rule's concern",
      system: { notice: { specificPurpose: false, lengthOfTerm: false } },
    },
    { description: "notice given after first capture is the timing rule's concern", system: { notice: { date: "2021-01-01" } } },
    { description: "no release at all is the release rule's concern", system: { release: { type: "none" } } },
  ],
});
