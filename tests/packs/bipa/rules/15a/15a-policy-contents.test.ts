import { policyContents } from "../../../../../src/packs/bipa/rules/15a/15a-policy-contents.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";
import { describe, expect, it } from "vitest";

testRule(policyContents, {
  fires: [
    {
      description: "the policy sets no retention schedule",
      system: { retention: { policy: { hasRetentionSchedule: false } } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/hasRetentionSchedule",
      messageIncludes: ["Fingerprint timeclock's written retention policy does not set a retention schedule"],
    },
    {
      description: "the policy gives no destruction guidelines",
      system: { retention: { policy: { hasDestructionGuidelines: false } } },
      severity: "violation",
      pointer: "/systems/0/retention/policy/hasDestructionGuidelines",
      messageIncludes: ["guidelines for permanently destroying the data"],
    },
    {
      description: "both elements missing give one finding each",
      system: { retention: { policy: { hasRetentionSchedule: false, hasDestructionGuidelines: false } } },
      count: 2,
      severity: "violation",
    },
    {
      description: "an unpublished policy is still checked for contents",
      system: { retention: { policy: { public: false, hasRetentionSchedule: false } } },
      severity: "violation",
    },
    {
      description: "an element left unknown is a risk",
      system: { retention: { policy: { hasDestructionGuidelines: "unknown" } } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/policy/hasDestructionGuidelines",
      messageIncludes: ["does not say whether"],
    },
  ],
  silent: [
    { description: "the policy sets both a schedule and destruction guidelines", system: {} },
    {
      description: "no policy at all: the public-policy rule reports it once",
      system: { retention: { policy: { exists: false, hasRetentionSchedule: false, hasDestructionGuidelines: false } } },
    },
    {
      description: "whether a policy exists is unknown: contents are not asked twice",
      system: { retention: { policy: { exists: "unknown", hasRetentionSchedule: "unknown", hasDestructionGuidelines: "unknown" } } },
    },
  ],
});

describe("bipa/15a-policy-contents findings", () => {
  it("are keyed per element, so each has its own fingerprint and severity", () => {
    const findings = runRule(policyContents, {
      description: "one missing, one unknown",
      system: { retention: { policy: { hasRetentionSchedule: false, hasDestructionGuidelines: "unknown" } } },
    });
    expect(findings.map((f) => [f.severity, f.fingerprint])).toEqual([
      ["violation", "bipa/15a-policy-contents|timeclock|/retention/policy/hasRetentionSchedule"],
      ["risk", "bipa/15a-policy-contents|timeclock|/retention/policy/hasDestructionGuidelines"],
    ]);
    expect(findings[0]?.remedies).toEqual(["add-schedule-and-destruction-guidelines"]);
    expect(findings[1]?.remedies).toEqual(["establish-unknown-facts", "add-schedule-and-destruction-guidelines"]);
  });
});
