import { expect, it } from "vitest";
import { safeguards } from "../../../../src/rules/bipa/15e/15e-safeguards.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

testRule(safeguards, {
  fires: [
    {
      description: "no access control is a violation",
      system: { security: { accessControl: false } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/security/accessControl",
      messageIncludes: ["Fingerprint timeclock does not restrict access", "protect the data from disclosure"],
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
      description: "each missing safeguard is its own finding, the violation first",
      system: { security: { accessControl: false, intrusionDetection: false, staffTraining: false } },
      count: 3,
      severity: "violation",
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
      description: "an unknown safeguard is reported beside a known violation",
      system: { security: { accessControl: false, staffTraining: "unknown" } },
      count: 2,
      severity: "violation",
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
