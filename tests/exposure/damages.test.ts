import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { EXPOSURE_LABEL, estimateExposure, PER_VIOLATION_USD, sectionOf } from "../../src/exposure/damages.js";
import { compliantProfile } from "../../src/rules/bipa/compliant-profile.js";
import { parseProfile } from "../../src/practices/load.js";
import { employer, finding, RELEASE_MISSING, reportWith } from "./helpers.js";

const AS_OF = "2026-11-22"; // look-back starts 2021-11-22

/**
 * A White Castle-like employer: a fingerprint timeclock for 100 Illinois employees, 1,000 scans a
 * year each, in use from 2 Aug 2022, with no release. (Cothron itself involved about 9,500 employees
 * and an estimate of up to $17 billion; that is context, not a target here.)
 *
 * Hand-worked:
 *   2022-08-02 → 2024-08-02 is exactly 2 years before PA 103-0769: 100 × 1,000 × 2 = 200,000 scans.
 *   From 2024-08-02: 100 people × 1 identifier × 1 method = 100.
 *   Per-scan reading (Cothron, amendment not reaching earlier conduct): 200,000 + 100 = 200,100.
 *   Amendment reading (one recovery per person, identifier and method): 100.
 */
const whiteCastle = employer({
  subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
  collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
});

describe("estimateExposure: a White Castle-like employer (15(b))", () => {
  const report = reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]);

  it("counts per scan before the amendment when it does not reach earlier conduct", () => {
    const e = estimateExposure(report, whiteCastle, { amendmentAppliesToPendingClaims: false });
    const line = e.systems[0]!.lines[0]!;
    expect(line.violations).toEqual({ low: 200_100, high: 200_100 });
    expect(line.amountUsd).toEqual({ low: 200_100_000, high: 1_000_500_000 });
    expect(line.counting).toBe("per-scan");
    expect(line.arithmetic).toContain("100 people × 1,000 scans/year × 2.00 years = 200,000 scans");
    expect(line.arithmetic).toContain("100 people × 1 identifier × 1 method = 100");
    expect(line.arithmetic).toContain("Low: 200,100 × $1,000 = $200,100,000; high: 200,100 × $5,000 = $1,000,500,000.");
    expect(e.totalUsd).toEqual({ low: 200_100_000, high: 1_000_500_000 });
  });

  it("counts one recovery per person, identifier and method when the amendment applies", () => {
    const e = estimateExposure(report, whiteCastle, { amendmentAppliesToPendingClaims: true });
    const line = e.systems[0]!.lines[0]!;
    expect(line.violations).toEqual({ low: 100, high: 100 });
    expect(line.amountUsd).toEqual({ low: 100_000, high: 500_000 });
    expect(line.counting).toBe("per-person");
    expect(line.countingLow).toBeUndefined();
  });

  it("spans both readings when the question is unsettled (the default)", () => {
    const e = estimateExposure(report, whiteCastle);
    const line = e.systems[0]!.lines[0]!;
    expect(e.amendmentAppliesToPendingClaims).toBe("unknown");
    expect(line.violations).toEqual({ low: 100, high: 200_100 });
    expect(line.amountUsd).toEqual({ low: 100_000, high: 1_000_500_000 });
    expect(line.counting).toBe("per-scan");
    expect(line.countingLow).toBe("per-person");
    expect(line.arithmetic).toContain("unsettled, so the range covers both");
  });

  it("carries the counting inputs and the window", () => {
    const line = estimateExposure(report, whiteCastle).systems[0]!.lines[0]!;
    expect(line).toMatchObject({ people: 100, identifiers: 1, methods: 1, window: { start: "2022-08-02", end: AS_OF }, section: "740 ILCS 14/15(b)" });
  });

  it("counts 15(b) once per system however many 15(b) rules fired", () => {
    const notice = finding("bipa/15b-written-notice", "740 ILCS 14/15(b)(1)");
    const e = estimateExposure(reportWith(whiteCastle, AS_OF, [RELEASE_MISSING(), notice]), whiteCastle, { amendmentAppliesToPendingClaims: true });
    expect(e.systems[0]!.lines).toHaveLength(1);
    expect(e.systems[0]!.lines[0]!.ruleIds).toEqual(["bipa/15b-written-notice", "bipa/15b-written-release"]);
    expect(e.systems[0]!.lines[0]!.violations.high).toBe(100);
  });

  it("uses the law in force on asOf: before 2 Aug 2024 only per-scan accrual exists", () => {
    const early = employer({
      subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["timeclock"], firstCaptureDate: "2022-02-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
    });
    for (const assumption of [true, false, "unknown"] as const) {
      const e = estimateExposure(reportWith(early, "2024-02-02", [RELEASE_MISSING()]), early, { amendmentAppliesToPendingClaims: assumption });
      expect(e.systems[0]!.lines[0]!.violations).toEqual({ low: 200_000, high: 200_000 });
      expect(e.notes.join(" ")).toContain("after the evaluation date");
    }
  });
});

describe("estimateExposure: a BNSF-like yard gate", () => {
  /**
   * Rogers v. BNSF: the jury found 45,600 reckless or intentional 15(b) violations (finger scans at
   * the Auto-Gate), and judgment was entered for 45,600 × $5,000 = $228,000,000. The court later
   * vacated the damages because they are discretionary; the case settled for $75M. So $228M is the
   * ceiling at the reckless rate, not a prediction.
   */
  const gate = (firstCaptureDate: string) =>
    employer({
      subjects: [{ population: "drivers", count: 45_600, illinoisCount: 45_600, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["gate-terminal"], firstCaptureDate, lastCaptureDate: "ongoing", scansPerSubjectPerYear: 50 },
    });
  const violation = RELEASE_MISSING();

  it("45,600 reckless 15(b) violations give the $228,000,000 judgment, whatever the assumption, when capture began after the amendment", () => {
    const profile = gate("2024-09-03");
    for (const assumption of [true, false, "unknown"] as const) {
      const e = estimateExposure(reportWith(profile, AS_OF, [violation]), profile, { amendmentAppliesToPendingClaims: assumption });
      expect(e.systems[0]!.lines[0]!.violations).toEqual({ low: 45_600, high: 45_600 });
      expect(e.totalUsd.high).toBe(228_000_000);
      expect(e.totalUsd.low).toBe(45_600_000);
      expect(e.systems[0]!.lines[0]!.arithmetic).toContain("45,600 × $5,000 = $228,000,000");
    }
  });

  it("gives the same ceiling for earlier gate scans when the amendment reaches them", () => {
    const profile = gate("2022-01-03");
    const e = estimateExposure(reportWith(profile, AS_OF, [violation]), profile, { amendmentAppliesToPendingClaims: true });
    expect(e.totalUsd.high).toBe(228_000_000);
  });

  it("states that the figures are ceilings and an estimate, not legal advice", () => {
    const profile = gate("2024-09-03");
    const e = estimateExposure(reportWith(profile, AS_OF, [violation]), profile);
    expect(e.label).toBe(EXPOSURE_LABEL);
    expect(e.label.toLowerCase()).toContain("estimate, not legal advice");
    expect(e.label).toContain("discretionary");
    expect(e.perViolationUsd).toEqual({ negligent: 1_000, intentionalOrReckless: 5_000 });
    expect(PER_VIOLATION_USD.intentionalOrReckless).toBe(5_000);
  });
});

describe("estimateExposure: the five-year look-back (Tims)", () => {
  it("starts counting five years before asOf", () => {
    const profile = employer({
      subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["timeclock"], firstCaptureDate: "2015-01-05", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
    });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile, { amendmentAppliesToPendingClaims: false });
    expect(e.lookbackStart).toBe("2021-11-22");
    // 2021-11-22 → 2024-08-02: 2 whole years, then 254 of the 366 days to 2024-11-22.
    const scans = Math.round(100 * 1000 * (2 + 254 / 366));
    expect(scans).toBe(269_399);
    const line = e.systems[0]!.lines[0]!;
    expect(line.window).toEqual({ start: "2021-11-22", end: AS_OF });
    expect(line.violations.high).toBe(scans + 100);
  });

  it("leaves out capture that ended before the look-back", () => {
    const profile = employer({ collection: { methods: ["timeclock"], firstCaptureDate: "2012-01-02", lastCaptureDate: "2020-12-31", scansPerSubjectPerYear: 1000 } });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.[0]?.reason).toContain("look-back");
  });

  it("reads unknown capture dates as the widest window and says so", () => {
    const profile = employer({ collection: { methods: ["timeclock"], firstCaptureDate: "unknown", lastCaptureDate: "unknown", scansPerSubjectPerYear: 10 } });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile, { amendmentAppliesToPendingClaims: false });
    expect(e.systems[0]!.lines[0]!.window).toEqual({ start: "2021-11-22", end: AS_OF });
    expect(e.notes.some((n) => n.includes("first capture date and last capture date unknown"))).toBe(true);
  });

  it("falls back to one per person when the scan rate is unknown, and notes that it understates", () => {
    const profile = employer({ collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: "unknown" } });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile, { amendmentAppliesToPendingClaims: false });
    expect(e.systems[0]!.lines[0]!.violations).toEqual({ low: 120, high: 120 });
    expect(e.notes.some((n) => n.includes("understates"))).toBe(true);
  });
});

describe("estimateExposure: identifiers, methods and recipients", () => {
  it("counts each identifier and each method after the amendment", () => {
    const profile = employer({
      modalities: ["fingerprint", "face-geometry"],
      collection: { methods: ["timeclock", "door-access"], firstCaptureDate: "2024-09-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 500 },
    });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(e.systems[0]!.lines[0]!.violations).toEqual({ low: 480, high: 480 }); // 120 × 2 × 2
  });

  it("counts 15(d) per transmission before the amendment and per recipient after", () => {
    const profile = employer({
      subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
      disclosures: [
        { recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" },
        { recipient: "Payroll Co.", type: "processor", frequency: "one-time", exception: "permitted-by-law" },
      ],
    });
    const d = (recipient: string, index: number) =>
      finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { key: recipient, evidence: [`/systems/0/disclosures/${index}/exception`] });
    const e = estimateExposure(reportWith(profile, AS_OF, [d("TimeVendor Inc.", 0), d("Payroll Co.", 1)]), profile, { amendmentAppliesToPendingClaims: false });
    const [vendor, payroll] = e.systems[0]!.lines;
    expect(vendor).toMatchObject({ recipient: "TimeVendor Inc.", counting: "per-transmission", violations: { low: 200_100, high: 200_100 } });
    expect(payroll).toMatchObject({ recipient: "Payroll Co.", violations: { low: 200, high: 200 } }); // 100 once before + 100 after

    const amended = estimateExposure(reportWith(profile, AS_OF, [d("TimeVendor Inc.", 0), d("Payroll Co.", 1)]), profile, { amendmentAppliesToPendingClaims: true });
    expect(amended.systems[0]!.lines.map((l) => l.violations.high)).toEqual([100, 100]);
    expect(amended.systems[0]!.lines.every((l) => l.counting === "per-person-per-recipient")).toBe(true);
  });

  it("counts a daily transmission once per person per day before the amendment", () => {
    const profile = employer({
      subjects: [{ population: "employees", count: 10, illinoisCount: 10, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["timeclock"], firstCaptureDate: "2024-07-23", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
      disclosures: [{ recipient: "Cloud Backup", type: "cloud-host", frequency: "daily", exception: "none" }],
    });
    const f = finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { evidence: ["/systems/0/disclosures/0/exception"] });
    const e = estimateExposure(reportWith(profile, AS_OF, [f]), profile, { amendmentAppliesToPendingClaims: false });
    expect(e.systems[0]!.lines[0]!.violations.high).toBe(10 * 10 + 10); // 10 days before 2024-08-02, then once each
  });
});

describe("estimateExposure: 15(a), 15(c) and 15(e)", () => {
  const profile = employer({});
  const findings = [
    finding("bipa/15a-public-policy", "740 ILCS 14/15(a)", { key: "a1" }),
    finding("bipa/15a-policy-timing", "740 ILCS 14/15(a)", { key: "a2" }),
    finding("bipa/15c-profit", "740 ILCS 14/15(c)"),
    finding("bipa/15e-encryption", "740 ILCS 14/15(e)(1)"),
  ];

  it("counts each section once per Illinois subject per system", () => {
    const e = estimateExposure(reportWith(profile, AS_OF, findings), profile);
    expect(e.systems[0]!.lines.map((l) => [l.section, l.counting, l.violations.high])).toEqual([
      ["740 ILCS 14/15(a)", "per-person-once", 120],
      ["740 ILCS 14/15(c)", "per-person-once", 120],
      ["740 ILCS 14/15(e)", "per-person-once", 120],
    ]);
    expect(e.totalUsd).toEqual({ low: 3 * 120 * 1_000, high: 3 * 120 * 5_000 });
    expect(e.notes.join(" ")).toContain("not settled law");
  });

  it("leaves them uncounted on request, listing each finding", () => {
    const e = estimateExposure(reportWith(profile, AS_OF, findings), profile, { otherSections: "uncounted" });
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.otherSectionsCounting).toBe("uncounted");
    expect(e.uncounted?.map((u) => u.ruleId)).toEqual(["bipa/15a-public-policy", "bipa/15a-policy-timing", "bipa/15c-profit", "bipa/15e-encryption"]);
  });
});

describe("estimateExposure: what is not counted", () => {
  it("lists risks and unknown-basis findings as uncounted", () => {
    const profile = employer({});
    const risk = finding("bipa/15e-safeguards", "740 ILCS 14/15(e)(1)", { severity: "risk", key: "r" });
    const unknown = finding("bipa/15c-profit", "740 ILCS 14/15(c)", { basis: "unknown", key: "u" });
    const e = estimateExposure(reportWith(profile, AS_OF, [risk, unknown]), profile);
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.map((u) => [u.ruleId, u.reason.split(";")[0]])).toEqual([
      ["bipa/15e-safeguards", "a risk, not a violation on stated facts"],
      ["bipa/15c-profit", "rests on a fact the profile leaves unknown"],
    ]);
  });

  it("gives no figure when the number of Illinois subjects is unknown", () => {
    const profile = employer({ subjects: [{ population: "employees", count: "unknown", illinoisCount: "unknown", unionRepresented: false, relationship: "direct" }] });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(e.systems[0]!.illinoisSubjects).toBe("unknown");
    expect(e.systems[0]!.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.[0]?.reason).toBe("the number of Illinois subjects is unknown");
  });

  it("derives Illinois subjects from a count and the Illinois share, and flags partial counts", () => {
    const profile = employer({
      subjects: [
        { population: "employees", count: 200, illinoisCount: "unknown", unionRepresented: false, relationship: "direct" },
        { population: "visitors", count: "unknown", illinoisCount: "unknown", unionRepresented: false, relationship: "direct" },
      ],
      illinoisNexus: { illinoisSubjectShare: 0.25 },
    });
    const e = estimateExposure(reportWith(profile, AS_OF, [finding("bipa/15c-profit", "740 ILCS 14/15(c)")]), profile);
    expect(e.systems[0]!.illinoisSubjects).toBe(50);
    expect(e.notes.some((n) => n.includes("understate"))).toBe(true);
  });

  it("skips systems outside BIPA", () => {
    const profile = employer({});
    const base = reportWith(profile, AS_OF, [RELEASE_MISSING()]);
    const report = { ...base, applicability: [{ systemId: "timeclock", systemName: "Fingerprint timeclock", inScope: false }] };
    const e = estimateExposure(report, profile);
    expect(e.systems).toEqual([]);
    expect(e.notes.join(" ")).toContain("outside BIPA: Fingerprint timeclock");
  });

  it("notes indicators of intentional or reckless conduct without deciding culpability", () => {
    const profile = employer({ culpability: { priorNoticeOfBipaDuties: true } });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(e.notes.some((n) => n.includes("prior notice of BIPA duties") && n.includes("is for the court"))).toBe(true);
    expect(e.systems[0]!.lines[0]!.amountUsd.low).toBe(e.systems[0]!.lines[0]!.violations.low * 1_000);
  });

  it("reads the subsection from the section string", () => {
    expect(sectionOf({ section: "740 ILCS 14/15(b)(3)" })).toBe("b");
    expect(sectionOf({ section: "740 ILCS 14/15(e)(2)" })).toBe("e");
    expect(sectionOf({ section: "740 ILCS 14/10" })).toBeUndefined();
  });
});

describe("every report carries the estimate", () => {
  it("audit() fills exposure and injunction risk, zero for the compliant profile", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("compliant profile invalid");
    const report = audit(parsed.profile, { asOf: AS_OF });
    expect(report.exposure?.totalUsd).toEqual({ low: 0, high: 0 });
    expect(report.exposure?.label).toBe(EXPOSURE_LABEL);
    expect(report.injunctionRisk?.level).toBe("low");
  });

  it("audit() passes its assumption through", () => {
    const report = audit(whiteCastle, { asOf: AS_OF, assumptions: { amendmentAppliesToPendingClaims: true } });
    expect(report.exposure?.amendmentAppliesToPendingClaims).toBe(true);
  });

  it("is deterministic and serializable", () => {
    const report = reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]);
    const a = estimateExposure(report, whiteCastle);
    expect(estimateExposure(report, whiteCastle)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
