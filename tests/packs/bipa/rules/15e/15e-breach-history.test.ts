import { expect, it } from "vitest";
import { breachHistory } from "../../../../../src/packs/bipa/rules/15e/15e-breach-history.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(e) (reasonable care, not perfect security) and §3.1 (the Clearview court:
// breaches of source code, employee information and a client list, not faces or vectors, showed only
// "a mere possibility of irreparable harm"). Issue 10 point 3: a breach that exposed biometric data is
// evidence on the standard of care, a risk, not a violation by itself.
testRule(breachHistory, {
  fires: [
    {
      description: "point 3: a breach that exposed templates is a risk: evidence on the standard of care, which asks for reasonable care, not perfect security",
      system: { breaches: [{ date: "2023-03-01", exposed: ["biometric-templates"] }] },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/breaches/0/exposed",
      messageIncludes: ["A breach of Fingerprint timeclock on 2023-03-01 exposed biometric templates", "does not by itself establish a violation", "evidence that the data was not protected", "a mere possibility of irreparable harm"],
    },
    {
      description: "facial vectors exposed alongside other data is the biometric risk, naming both",
      system: { breaches: [{ date: "2024-05-10", exposed: ["client-list", "face-vectors"] }] },
      severity: "risk",
      messageIncludes: ["exposed facial vectors (and a client list)"],
    },
    {
      description: "point 3: a Clearview-type breach (source code, employee information, client list) is information: no evidence the biometric data was unprotected",
      system: { breaches: [{ date: "2020-02-26", exposed: ["source-code", "employee-information", "client-list"] }] },
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/breaches/0/exposed",
      messageIncludes: ["exposed source code, employee information and a client list, but no biometric data", "a mere possibility of irreparable harm"],
    },
    {
      description: "a breach on the evaluation date itself counts",
      system: { breaches: [{ date: "2026-11-22", exposed: ["biometric-images"] }] },
      severity: "risk",
      messageIncludes: ["biometric images"],
    },
    {
      description: "an undated breach counts, and says its date is not stated",
      system: { breaches: [{ exposed: ["other-personal-information"] }] },
      severity: "info",
      messageIncludes: ["(date not stated)"],
    },
    {
      description: "one finding per breach, the biometric one first",
      system: {
        breaches: [
          { date: "2021-01-01", exposed: ["source-code"] },
          { date: "2022-01-01", exposed: ["biometric-templates"] },
        ],
      },
      count: 2,
      severity: "risk",
      pointer: "/systems/0/breaches/1/exposed",
    },
    {
      description: "a breach after one evaluation date counts at a later one",
      system: { breaches: [{ date: "2027-01-15", exposed: ["face-vectors"] }] },
      asOf: "2027-02-01",
      severity: "risk",
    },
    {
      description: "point 8: a breach known only to the month counts once the month has begun",
      system: { breaches: [{ date: "2026-11", exposed: ["face-vectors"] }] },
      severity: "risk",
    },
  ],
  silent: [
    { description: "no breach on record", system: {} },
    {
      description: "a breach dated after the evaluation date is ignored",
      system: { breaches: [{ date: "2026-11-23", exposed: ["biometric-templates"] }] },
    },
    {
      description: "a future breach is ignored even when it exposed biometric data",
      system: { breaches: [{ date: "2027-01-15", exposed: ["face-vectors"] }] },
      asOf: "2027-01-14",
    },
    {
      description: "point 8: a breach known only to a later month is ignored",
      system: { breaches: [{ date: "2026-12", exposed: ["face-vectors"] }] },
    },
  ],
});

it("keys each breach by index and date, so two breaches on one day stay apart", () => {
  const findings = runRule(breachHistory, {
    description: "",
    system: {
      breaches: [
        { date: "2023-03-01", exposed: ["source-code"] },
        { date: "2023-03-01", exposed: ["client-list"] },
      ],
    },
  });
  expect(findings.map((f) => f.fingerprint)).toEqual([
    "bipa/15e-breach-history|timeclock|breach:0:2023-03-01",
    "bipa/15e-breach-history|timeclock|breach:1:2023-03-01",
  ]);
});

it("§1.3 15(e), §3.1: points a biometric breach to the protective cures not yet in place, and cites the Clearview ruling", () => {
  const unprotected = { templateEncryption: false, accessControl: false, accessLogging: false, intrusionDetection: false, staffTraining: false };
  const [finding] = runRule(breachHistory, { description: "", system: { security: unprotected, breaches: [{ date: "2023-03-01", exposed: ["face-vectors"] }] } });
  expect(finding?.authorities.map((a) => a.id)).toEqual(["bipa-15e", "clearview-pi-denial-2021"]);
  expect(finding?.remedies).toEqual(["encrypt-templates-and-vectors", "restrict-access", "deploy-anti-intrusion"]);
  // Templates already encrypted: that measure is not advised again.
  const [encrypted] = runRule(breachHistory, { description: "", system: { security: { ...unprotected, templateEncryption: true }, breaches: [{ date: "2023-03-01", exposed: ["face-vectors"] }] } });
  expect(encrypted?.remedies).toEqual(["restrict-access", "deploy-anti-intrusion"]);
  // Every one in place and an industry standard documented (the compliant timeclock, ISO/IEC 27001): what caused the breach decides.
  const [allInPlace] = runRule(breachHistory, { description: "", system: { breaches: [{ date: "2023-03-01", exposed: ["face-vectors"] }] } });
  expect(allInPlace?.remedies).toEqual(["establish-unknown-facts"]);
  // Every one in place but no standard documented: document one.
  const [noStandard] = runRule(breachHistory, { description: "", system: { security: { industryStandard: "unknown" }, breaches: [{ date: "2023-03-01", exposed: ["face-vectors"] }] } });
  expect(noStandard?.remedies).toEqual(["adopt-industry-standard"]);
  expect(finding?.evidence.map((e) => e.pointer)).toEqual(["/systems/0/breaches/0/exposed", "/systems/0/breaches/0/date"]);
});
