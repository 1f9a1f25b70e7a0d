import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/audit.js";
import { applyExample } from "../../../../src/engine/examples.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { compliantProfile } from "../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../src/packs/bipa/rules/index.js";
import { AS_OF } from "../../../helpers/rule-tester.js";

// bipa-reference.md §1.2 item 10 ("information captured from a patient in a health care setting" is not
// a biometric identifier) and §1.7 "Remove before counting": the patient limb reaches only patients, so
// a check-in kiosk that captures patients and visitors stays within BIPA for the visitors only. The
// section rules must not report the patients' missing releases as violations (the estimate already
// leaves them out), and a finding about the visitors points at the visitors' group in the profile.
const patients = { population: "patients", count: 6000, illinoisCount: 6000, unionRepresented: false, relationship: "direct", release: { status: "none", noticeBeforeCapture: false } };
const visitors = (release: Record<string, unknown>) => ({ population: "visitors", count: 800, illinoisCount: 800, unionRepresented: false, relationship: "direct", release });

function report(patientCareSetting: boolean | "unknown", subjects: unknown[]) {
  const raw = applyExample(compliantProfile, {
    description: "",
    system: {
      modalities: ["face-geometry"],
      // A kiosk release signed by each subject, not an employment condition (visitors are not employees).
      release: { employmentCondition: false },
      healthcare: { patientCareSetting, hipaaTreatmentPaymentOperations: false, medicalImaging: false },
      collection: { methods: ["vending-or-kiosk"], firstCaptureDate: "2025-01-06" },
    },
  });
  // Subjects are replaced whole (the example merge would merge lists by position), then validated.
  const parsed = parseProfile({ ...raw, systems: [{ ...raw.systems[0], subjects }] });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return audit(parsed.profile, { asOf: AS_OF, ruleSet: bipaRules });
}
const violations = (r: ReturnType<typeof report>) => r.findings.filter((f) => f.severity === "violation");

describe("Sec. 10 patient limb: section rules check only the people it leaves in", () => {
  it("patients without a release beside visitors who signed: no violation, and no 15(b) line in the estimate", () => {
    const r = report(true, [patients, visitors({ status: "before-first-capture", noticeBeforeCapture: true })]);
    expect(violations(r)).toEqual([]);
    expect(r.findings.some((f) => f.ruleId === "bipa/scope-health-care" && f.message.includes("the patients are left out of the audit"))).toBe(true);
    expect(r.exposure!.systems.flatMap((s) => s.lines).filter((l) => l.section === "740 ILCS 14/15(b)")).toEqual([]);
  });

  it("visitors without a release beside patients: the violation is about the visitors and points at their group (index 1)", () => {
    const r = report(true, [patients, visitors({ status: "none", noticeBeforeCapture: false })]);
    const release = violations(r).filter((f) => f.ruleId.startsWith("bipa/15b-"));
    expect(release.length).toBeGreaterThan(0);
    for (const f of release) {
      expect(f.message).not.toContain("patients");
      expect(f.evidence.map((e) => e.pointer).filter((p) => p.startsWith("/systems/0/subjects/"))).not.toContainEqual(expect.stringMatching(/^\/systems\/0\/subjects\/0\//));
    }
    expect(release.flatMap((f) => f.evidence.map((e) => e.pointer))).toContainEqual(expect.stringMatching(/^\/systems\/0\/subjects\/1\//));
    // The estimate counts the 800 visitors only: capture from 2025-01-06 (after the amendment), 800 × 1 pair = 800;
    // low 800 × $1,000 = $800,000, high 800 × $5,000 = $4,000,000.
    const line = r.exposure!.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(b)")!;
    expect(line.amountUsd).toEqual({ low: 800_000, high: 4_000_000 });
  });

  it("when the health care setting is unknown, the patients stay in the audit (an exclusion is applied on a stated fact only)", () => {
    const r = report("unknown", [patients, visitors({ status: "before-first-capture", noticeBeforeCapture: true })]);
    expect(violations(r).some((f) => f.message.includes("patients"))).toBe(true);
  });
});
