import { describe, expect, it } from "vitest";
import { purposeAndTerm } from "../../../../../src/packs/bipa/rules/15b/15b-purpose-and-term.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

testRule(purposeAndTerm, {
  fires: [
    {
      description: "no length of term stated",
      system: { notice: { lengthOfTerm: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/notice/lengthOfTerm",
      messageIncludes: ["Fingerprint timeclock", "does not state the length of term", "15(b)(2)"],
    },
    {
      description: "no specific purpose stated",
      system: { notice: { specificPurpose: false } },
      severity: "violation",
      pointer: "/systems/0/notice/specificPurpose",
      messageIncludes: ["does not state the specific purpose for which fingerprints are collected, stored and used"],
    },
    {
      description: "both missing: one finding per element",
      system: { notice: { specificPurpose: false, lengthOfTerm: false } },
      count: 2,
      severity: "violation",
    },
    {
      description: "term unknown",
      system: { notice: { lengthOfTerm: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/notice/lengthOfTerm",
    },
    {
      description: "notice omitted entirely: two risks, one per element",
      system: { notice: null },
      count: 2,
      severity: "risk",
      basis: "unknown",
    },
    {
      description: "a missing element is reported even when the notice's form is unknown",
      system: { notice: { inWriting: "unknown", specificPurpose: false } },
      severity: "violation",
      pointer: "/systems/0/notice/specificPurpose",
    },
    {
      description: "one element missing, the other unknown",
      system: { notice: { specificPurpose: false, lengthOfTerm: "unknown" } },
      count: 2,
      severity: "violation",
    },
  ],
  silent: [
    { description: "purpose and term both stated", system: {} },
    {
      description: "no written notice at all (the written-notice rule reports it once)",
      system: { notice: { inWriting: false, specificPurpose: false, lengthOfTerm: false } },
    },
    { description: "no written notice, elements unknown", system: { notice: { inWriting: false, specificPurpose: "unknown", lengthOfTerm: "unknown" } } },
    { description: "notice does not state collection is the written-notice rule's concern", system: { notice: { statesCollection: false } } },
  ],
});

describe("bipa/15b-purpose-and-term findings", () => {
  it("keep one stable fingerprint per element, with the element's remedies", () => {
    const findings = runRule(purposeAndTerm, { description: "", system: { notice: { specificPurpose: false, lengthOfTerm: "unknown" } } });
    expect(findings.map((f) => [f.severity, f.fingerprint])).toEqual([
      ["violation", "bipa/15b-purpose-and-term|timeclock|/notice/specificPurpose"],
      ["risk", "bipa/15b-purpose-and-term|timeclock|/notice/lengthOfTerm"],
    ]);
    expect(findings[0]?.remedies).toEqual(["state-purpose-and-term"]);
    expect(findings[1]?.remedies).toEqual(["establish-unknown-facts", "state-purpose-and-term"]);
  });
});
