import { expect, it } from "vitest";
import { safeguards } from "../../../../../src/packs/bipa/rules/15e/15e-safeguards.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(e): the reasonable standard of care within the industry; the statute names
// no specific safeguard, so each missing one is evidence (a risk), not a violation by itself (issue 10
// point 3); the "no industry standard named" note is at most info, filed under the first limb, 15(e)(1).
testRule(safeguards, {
  fires: [
    {
      description: "point 3: no access control is a risk: strong evidence on the standard of care, not a violation by itself",
      system: { security: { accessControl: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/security/accessControl",
      messageIncludes: ["Fingerprint timeclock does not restrict access", "protect the data from disclosure", "names no specific safeguard"],
    },
    {
      description: "no intrusion detection is a risk resting on fact (a measure the Clearview court credited)",
      system: { security: { intrusionDetection: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/security/intrusionDetection",
      messageIncludes: ["anti-intrusion devices", "names no specific safeguard", "reasonable standard of care in the industry"],
    },
    {
      description: "no staff training is a risk resting on fact",
      system: { security: { staffTraining: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/security/staffTraining",
      messageIncludes: ["Staff who run Fingerprint timeclock", "employee cybersecurity training"],
    },
    {
      description: "no access logging is a risk",
      system: { security: { accessLogging: false } },
      severity: "risk",
      pointer: "/systems/0/security/accessLogging",
      messageIncludes: ["not logged"],
    },
    {
      description: "each missing safeguard is its own finding",
      system: { security: { accessControl: false, intrusionDetection: false, staffTraining: false } },
      count: 3,
      severity: "risk",
    },
    {
      description: "safeguards left unknown give one risk naming them",
      system: { security: { intrusionDetection: "unknown", staffTraining: null } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/security/intrusionDetection",
      messageIncludes: ["intrusion detection or employee cybersecurity training (unknown)"],
    },
    {
      description: "an unknown safeguard is reported beside a known gap",
      system: { security: { accessControl: false, staffTraining: "unknown" } },
      count: 2,
      severity: "risk",
    },
    {
      description: "point 3: no industry standard named is information under 15(e)(1), never a risk",
      system: { security: { industryStandard: null } },
      severity: "info",
      pointer: "/systems/0/security/industryStandard",
      messageIncludes: ["names no industry security standard", "does not require a named framework"],
    },
    {
      description: "a blank industry standard counts as none",
      system: { security: { industryStandard: "  " } },
      severity: "info",
    },
  ],
  silent: [
    { description: "access restricted and logged, intrusion detection, trained staff", system: {} },
    {
      description: "encryption and parity gaps are other rules' concern",
      system: { security: { templateEncryption: false, parityWithConfidentialInfo: false } },
    },
  ],
});

it("each finding carries the cure for its own safeguard", () => {
  const findings = runRule(safeguards, {
    description: "",
    system: { security: { intrusionDetection: false, staffTraining: false, accessLogging: "unknown" } },
  });
  const byPointer = Object.fromEntries(findings.map((f) => [f.location.pointer, f.remedies]));
  expect(byPointer["/systems/0/security/intrusionDetection"]).toEqual(["deploy-anti-intrusion", "adopt-industry-standard"]);
  expect(byPointer["/systems/0/security/staffTraining"]).toEqual(["train-employees-cybersecurity", "adopt-industry-standard"]);
  expect(byPointer["/systems/0/security/accessLogging"]).toEqual(["establish-unknown-facts", "restrict-access", "adopt-industry-standard"]);
});
