import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { EXPOSURE_LABEL, estimateExposure, PER_VIOLATION_USD, sectionOf } from "../../src/packs/bipa/exposure/damages.js";
import { parseProfile } from "../../src/practices/load.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { applyExample } from "../../src/engine/examples.js";
import { employees, employer, employerWith, finding, NO_RELEASE, RELEASE_MISSING, reportWith } from "./helpers.js";

/*
 * Point 5 of issue 10: the exposure estimate rebuilt on the counting rules of bipa-reference.md §1.7.
 * Every figure below comes with the arithmetic that gives it. AS_OF is 2026-11-22, so the five-year
 * look-back (Tims, §1.6) starts on 2021-11-22. PA 103-0769 took effect on 2024-08-02 (§1.0, §1.4).
 * Years are calendar years: whole anniversaries plus the share of the next year (src/packs/bipa/exposure/dates.ts).
 */
const AS_OF = "2026-11-22";

/** The estimate of a real audit of the compliant profile with its one system patched (examples' deep merge). */
function exposureWith(system: Record<string, unknown>, asOf = AS_OF) {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "", system }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return audit(parsed.profile, { asOf }).exposure!;
}
const FALSE = { amendmentAppliesToPendingClaims: false } as const;
const TRUE = { amendmentAppliesToPendingClaims: true } as const;

function only(e: ReturnType<typeof estimateExposure>) {
  const line = e.systems[0]?.lines[0];
  if (!line) throw new Error(`no line: ${JSON.stringify(e.uncounted)}`);
  return line;
}

/**
 * A White Castle-like employer (Cothron, §2): a fingerprint timeclock for 100 Illinois employees,
 * 1,000 scans a year each, in use from 2 Aug 2022, with no release at all.
 *   Before the amendment: 2022-08-02 → 2024-08-02 is exactly 2 years: 100 × 1,000 × 2 = 200,000 scans.
 *   From the amendment: 100 people × 1 pair (fingerprint × timeclock) = 100.
 */
const whiteCastle = employer({
  subjects: [employees(100)],
  release: NO_RELEASE,
  collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
});

describe("point 5: per-scan accrual before the amendment, one recovery per pair after (§1.4, §1.6, §1.7)", () => {
  const report = reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]);

  it("counts per scan before 2 Aug 2024 when the amendment does not reach earlier conduct", () => {
    const line = only(estimateExposure(report, whiteCastle, FALSE));
    // 200,000 scans + 100 recoveries from the amendment on = 200,100.
    expect(line.violations).toEqual({ low: 200_100, high: 200_100 });
    // 200,100 × $1,000 = $200,100,000; 200,100 × $5,000 = $1,000,500,000.
    expect(line.amountUsd).toEqual({ low: 200_100_000, high: 1_000_500_000 });
    expect(line.counting).toBe("per-scan");
    expect(line.arithmetic).toContain("100 people × 1,000 scans/year × 2.00 years (2022-08-02 to 2024-08-01) = 200,000 scans");
    expect(line.arithmetic).toContain("100 people × 1 pair = 100");
    expect(line.arithmetic).toContain("Low: 200,100 × $1,000 = $200,100,000; high: 200,100 × $5,000 = $1,000,500,000.");
  });

  it("shows what a fractional number of years is made of, so the count can be redone by hand", () => {
    // Capture from 2021-11-22 (the look-back start) to 2024-08-01: 2 whole years to 2023-11-22, then
    // 254 of the 366 days to 2024-11-22: 100 × 1,000 × (2 + 254/366) = 269,398.9, rounded 269,399.
    const p = employer({ subjects: [employees(100)], release: NO_RELEASE, collection: { firstCaptureDate: "2021-11-22", scansPerSubjectPerYear: 1000 } });
    const line = only(estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p, FALSE));
    expect(line.arithmetic).toContain("100 people × 1,000 scans/year × 2.69 years (2021-11-22 to 2024-08-01, 2 years and 254 of 366 days) = 269,399 scans");
  });

  it("counts one recovery per person and pair when the amendment applies", () => {
    const line = only(estimateExposure(report, whiteCastle, TRUE));
    // 100 people × 1 pair = 100; × $1,000 = $100,000; × $5,000 = $500,000.
    expect(line.violations).toEqual({ low: 100, high: 100 });
    expect(line.amountUsd).toEqual({ low: 100_000, high: 500_000 });
    expect(line.counting).toBe("per-person");
  });

  it("spans both readings by default, and says the question is unsettled", () => {
    const e = estimateExposure(report, whiteCastle);
    const line = only(e);
    expect(e.amendmentAppliesToPendingClaims).toBe("unknown");
    // Low: 100 (amendment's count); high: 200,100 (Cothron).
    expect(line.violations).toEqual({ low: 100, high: 200_100 });
    expect(line).toMatchObject({ counting: "per-scan", countingLow: "per-person" });
    expect(line.arithmetic).toContain("unsettled, so the range covers both");
  });

  it("uses the law in force on asOf: before 2 Aug 2024 only per-scan accrual exists", () => {
    const early = employer({ subjects: [employees(100)], release: NO_RELEASE, collection: { firstCaptureDate: "2022-02-02", scansPerSubjectPerYear: 1000 } });
    for (const assumption of [true, false, "unknown"] as const) {
      const e = estimateExposure(reportWith(early, "2024-02-02", [RELEASE_MISSING()]), early, { amendmentAppliesToPendingClaims: assumption });
      // 2022-02-02 → 2024-02-02 (the capture runs to asOf, inclusive: 2024-02-03 exclusive) ≈ 2.0027 years × 100 × 1,000 = 200,273 scans.
      expect(only(e).violations).toEqual({ low: 200_273, high: 200_273 });
      expect(e.notes.join(" ")).toContain("after the evaluation date");
    }
  });
});

describe("point 5: 15(b) counts only people without a valid prior release, and late signers only before their release (§1.7 'Who counts under 15(b)')", () => {
  /**
   * The example: 240 employees enrolled on 2022-03-01 without a release, who all signed on
   * 2023-03-01. Only the captures before that date count.
   *   2022-03-01 → 2023-03-01 = 1.00 year: 240 × 500 × 1.00 = 120,000 scans, nothing after (they signed
   *   before the amendment). The old estimate counted to today: 240 × 500 × 2.42 years (2022-03-01 →
   *   2024-08-02: 2 years + 154/365) = 290,630 scans + 240 = 290,870.
   */
  const lateSigners = employer({
    subjects: [employees(240, { release: { status: "after-first-capture", date: "2023-03-01" } })],
    collection: { methods: ["timeclock"], firstCaptureDate: "2022-03-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 500 },
  });
  const report = reportWith(lateSigners, AS_OF, [finding("bipa/15b-release-timing", "740 ILCS 14/15(b)")]);

  it("counts the 240 late signers only for their captures before 2023-03-01", () => {
    const line = only(estimateExposure(report, lateSigners, FALSE));
    // 120,000 × $1,000 = $120,000,000; 120,000 × $5,000 = $600,000,000 (the old high: 290,870 × $5,000 = $1,454,350,000).
    expect(line.violations).toEqual({ low: 120_000, high: 120_000 });
    expect(line.amountUsd.high).toBe(600_000_000);
    expect(line.arithmetic).toContain("employees who signed late: 240 people × 500 scans/year × 1.00 years (2022-03-01 to 2023-02-28, to their release date 2023-03-01) = 120,000 scans");
  });

  it("gives the late signers one recovery each when the amendment applies", () => {
    // 240 people × 1 pair = 240.
    expect(only(estimateExposure(report, lateSigners, TRUE)).violations).toEqual({ low: 240, high: 240 });
  });

  it("counts nobody in a group whose members all signed before their first capture", () => {
    const signed = employer({ subjects: [employees(240, { release: { status: "before-first-capture" } })], release: NO_RELEASE });
    const e = estimateExposure(reportWith(signed, AS_OF, [RELEASE_MISSING()]), signed);
    expect(e.systems[0]!.lines).toEqual([]);
    expect(e.uncounted?.[0]?.reason).toContain("no Illinois person counted was captured without a prior written notice and release");
  });

  it("counts everyone in a group with no release, whatever the system's release says", () => {
    const none = employer({ subjects: [employees(50, { release: { status: "none" } }), employees(70, { release: { status: "before-first-capture" } })], collection: { firstCaptureDate: "2024-09-02" } });
    // Capture from 2024-09-02 only (after the amendment): 50 people × 1 pair = 50; the 70 signed first.
    expect(only(estimateExposure(reportWith(none, AS_OF, [RELEASE_MISSING()]), none)).violations).toEqual({ low: 50, high: 50 });
  });

  it("counts the people a mixed group says lack a release, and a range when only bounds are known", () => {
    const mixed = (illinoisWithoutRelease: unknown) =>
      employer({ subjects: [employees(100, { release: { status: "mixed", illinoisWithoutRelease } })], collection: { firstCaptureDate: "2024-09-02" } });
    const count = (p: ReturnType<typeof mixed>) => only(estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p, TRUE)).violations;
    expect(count(mixed(30))).toEqual({ low: 30, high: 30 }); // 30 × 1 pair
    expect(count(mixed({ atLeast: 10, atMost: 40 }))).toEqual({ low: 10, high: 40 }); // narrowest 10, widest 40
    const open = mixed("unknown");
    const e = estimateExposure(reportWith(open, AS_OF, [RELEASE_MISSING()]), open, TRUE);
    expect(only(e).violations).toEqual({ low: 1, high: 100 }); // "mixed": at least one lacks a release, at most all 100
    expect(e.notes.join(" ")).toContain("State release.illinoisWithoutRelease");
  });

  it("reads a system-level release date after the first capture as the date the then-enrolled subjects signed", () => {
    const late = employer({
      subjects: [employees(240)],
      release: { type: "wet-signature", date: "2023-03-01", obtainedBeforeEachCapture: true, coversAllSubjects: true },
      collection: { firstCaptureDate: "2022-03-01", scansPerSubjectPerYear: 500 },
    });
    const e = estimateExposure(reportWith(late, AS_OF, [finding("bipa/15b-release-timing", "740 ILCS 14/15(b)")]), late, FALSE);
    // As the per-group case: 240 × 500 × 1.00 = 120,000 scans.
    expect(only(e).violations).toEqual({ low: 120_000, high: 120_000 });
    expect(e.notes.join(" ")).toContain("read as the date the subjects then enrolled signed");
  });

  it("reads coversAllSubjects: false with no count as at least one person and at most all, asking for per-group status", () => {
    const some = employer({ release: { coversAllSubjects: false }, collection: { firstCaptureDate: "2024-09-02" } });
    const e = estimateExposure(reportWith(some, AS_OF, [RELEASE_MISSING()]), some, TRUE);
    // Low: 1 person × 1 pair; high: all 120 employees × 1 pair.
    expect(only(e).violations).toEqual({ low: 1, high: 120 });
    expect(e.notes.join(" ")).toContain("Give subjects[].release.status");
  });

  it("counts everyone without a prior written notice, even with a release (15(b)(1) and (2))", () => {
    const noNotice = employer({ notice: { inWriting: false }, collection: { firstCaptureDate: "2024-09-02" } });
    const line = only(estimateExposure(reportWith(noNotice, AS_OF, [finding("bipa/15b-written-notice", "740 ILCS 14/15(b)(1)")]), noNotice));
    // 120 employees × 1 pair = 120.
    expect(line.violations).toEqual({ low: 120, high: 120 });
    expect(line.arithmetic).toContain("employees without a prior written notice: 120 people × 1 pair = 120");
  });
});

describe("point 5: the five-year look-back from an assumed filing date (Tims, §1.6, §1.7 'Look-back')", () => {
  const old = employer({ subjects: [employees(100)], release: NO_RELEASE, collection: { firstCaptureDate: "2015-01-05", scansPerSubjectPerYear: 1000 } });
  const report = reportWith(old, AS_OF, [RELEASE_MISSING()]);

  it("runs back five years from asOf by default", () => {
    const e = estimateExposure(report, old, FALSE);
    expect(e.lookbackStart).toBe("2021-11-22");
    expect(e.assumedFilingDate).toBe(AS_OF);
    // 2021-11-22 → 2024-08-02: 2 whole years, then 254 of the 366 days to 2024-11-22: 100 × 1,000 × 2.69399 = 269,399 scans, + 100.
    expect(only(e).violations.high).toBe(269_399 + 100);
  });

  it("runs back from the assumed filing date, and never past asOf", () => {
    const e = estimateExposure(report, old, { ...FALSE, assumedFilingDate: "2025-06-30" });
    expect(e.lookbackStart).toBe("2020-06-30");
    // 2020-06-30 → 2024-08-02: 4 whole years, then 33 of the 365 days to 2025-06-30: 100 × 1,000 × 4.09041 = 409,041 scans, + 100.
    expect(only(e).violations.high).toBe(409_041 + 100);
    expect(only(e).window).toEqual({ start: "2020-06-30", end: "2025-06-30" });
    expect(e.notes[0]).toContain("five years before the assumed filing date 2025-06-30");
  });

  it("counts nothing for capture that ended before the look-back", () => {
    const ended = employer({ release: NO_RELEASE, collection: { firstCaptureDate: "2012-01-02", lastCaptureDate: "2020-12-31" } });
    const e = estimateExposure(reportWith(ended, AS_OF, [RELEASE_MISSING()]), ended);
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.[0]?.reason).toContain("look-back");
  });

  it("counts a late 15(a) policy only for its gap inside the window, and nothing when the gap closed before it (Mora)", () => {
    const timing = finding("bipa/15a-policy-timing", "740 ILCS 14/15(a)", { evidence: ["/systems/0/retention/policy/adoptedDate", "/systems/0/collection/firstCaptureDate"] });
    const closedEarly = employer({ retention: { policy: { adoptedDate: "2020-06-01" } } });
    const e = estimateExposure(reportWith(closedEarly, AS_OF, [timing]), closedEarly);
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.[0]?.reason).toContain("policy gap closed when the policy was adopted on 2020-06-01, before the look-back starts (2021-11-22");
    const lateInWindow = employer({ retention: { policy: { adoptedDate: "2023-06-01" } } });
    // The 120 employees' data was held in the gap 2021-11-22 → 2023-05-31: 120 × 1.
    expect(only(estimateExposure(reportWith(lateInWindow, AS_OF, [timing]), lateInWindow)).violations).toEqual({ low: 120, high: 120 });
  });

  it("stops accruing for people who left on the day they left, and counts nothing for those who left before the look-back (§1.7 'Subjects who left')", () => {
    const leaving = (date: string) =>
      employer({
        subjects: [employees(100, { departures: [{ illinoisCount: 40, date }] })],
        release: NO_RELEASE,
        collection: { firstCaptureDate: "2022-01-01", scansPerSubjectPerYear: 100 },
      });
    const p = leaving("2023-01-01");
    const line = only(estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p, FALSE));
    // The 40 who left: 40 × 100 × 1.00 year (2022-01-01 → 2023-01-01) = 4,000 scans.
    // The 60 who stayed: 60 × 100 × 2.58470 years (2 years, then 214 of 366 days to 2024-08-02) = 15,508 scans, + 60 after the amendment.
    // 4,000 + 15,508 + 60 = 19,568.
    expect(line.violations.high).toBe(19_568);
    expect(line.arithmetic).toContain("40 people × 100 scans/year × 1.00 years (2022-01-01 to 2022-12-31, to their departure on 2023-01-01) = 4,000 scans");
    const before = leaving("2021-06-01");
    // Only the 60 who stayed have a capture inside the look-back: 60 × 1 pair = 60.
    expect(only(estimateExposure(reportWith(before, AS_OF, [RELEASE_MISSING()]), before, TRUE)).violations).toEqual({ low: 60, high: 60 });
  });
});

describe("point 5: identifier × method pairs actually used, never the cross product (§1.4, §1.7 'Identifier × method', §6)", () => {
  const post = { firstCaptureDate: "2024-09-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 500 };

  it("counts the declared pairs", () => {
    const p = employer({
      release: NO_RELEASE,
      modalities: ["fingerprint", "face-geometry"],
      collection: { ...post, methods: ["timeclock", "door-access"], identifierMethods: [{ identifier: "fingerprint", method: "timeclock" }, { identifier: "face-geometry", method: "door-access" }] },
    });
    // 120 people × 2 pairs = 240 (the cross product, 2 × 2, would give 480).
    expect(only(estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p)).violations).toEqual({ low: 240, high: 240 });
  });

  it("without declared pairs counts one per identifier and says methods were not paired", () => {
    const p = employer({ release: NO_RELEASE, collection: { ...post, methods: ["timeclock", "door-access"] } });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p);
    // 120 people × 1 identifier = 120 (the old count, 1 identifier × 2 methods, gave 240).
    expect(only(e).violations).toEqual({ low: 120, high: 120 });
    expect(e.notes.join(" ")).toContain("methods were not paired with identifiers");
  });

  it("reads two channels feeding one template as one method by default, and names the other reading", () => {
    const p = employer({
      release: NO_RELEASE,
      modalities: ["face-geometry"],
      collection: {
        ...post,
        methods: ["web-upload", "mobile-app"],
        identifierMethods: [
          { identifier: "face-geometry", method: "web-upload", template: "face-index" },
          { identifier: "face-geometry", method: "mobile-app", template: "face-index" },
        ],
      },
    });
    const report = reportWith(p, AS_OF, [RELEASE_MISSING()]);
    const one = estimateExposure(report, p);
    // One method: 120 × 1 = 120; separate methods: 120 × 2 = 240.
    expect(only(one).violations.high).toBe(120);
    expect(one.templateChannels).toBe("one-method");
    expect(one.notes.join(" ")).toContain("The other reading counts 2 pairs per person instead of 1");
    expect(only(estimateExposure(report, p, { templateChannels: "separate-methods" })).violations.high).toBe(240);
  });
});

describe("point 5: 15(d) per recipient, only disclosures without consent or another exception (§1.7 'Who counts under 15(d)')", () => {
  const d = (recipient: string, index: number) => finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { key: recipient, evidence: [`/systems/0/disclosures/${index}/exception`] });

  it("counts per transmission before the amendment and per recipient after", () => {
    const p = employer({
      subjects: [employees(100)],
      collection: { firstCaptureDate: "2022-08-02", scansPerSubjectPerYear: 1000 },
      disclosures: [
        { recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" },
        { recipient: "Payroll Co.", type: "processor", frequency: "one-time", exception: "permitted-by-law" },
      ],
    });
    const report = reportWith(p, AS_OF, [d("TimeVendor Inc.", 0), d("Payroll Co.", 1)]);
    const [vendor, payroll] = estimateExposure(report, p, FALSE).systems[0]!.lines;
    // Every scan is sent: 100 × 1,000 × 2.00 = 200,000 transmissions, + 100 after the amendment.
    expect(vendor).toMatchObject({ recipient: "TimeVendor Inc.", counting: "per-transmission", violations: { low: 200_100, high: 200_100 } });
    // Sent once per person before the amendment (100), + 100 after.
    expect(payroll).toMatchObject({ recipient: "Payroll Co.", violations: { low: 200, high: 200 } });
    const amended = estimateExposure(report, p, TRUE).systems[0]!.lines;
    // 100 people × 1 pair × 1 recipient = 100 each.
    expect(amended.map((l) => l.violations.high)).toEqual([100, 100]);
  });

  it("counts only transmissions before a consent's date", () => {
    const p = employer({
      subjects: [employees(100)],
      collection: { firstCaptureDate: "2022-08-02", scansPerSubjectPerYear: 1000 },
      disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2023-08-02" }],
    });
    const e = estimateExposure(reportWith(p, AS_OF, [d("TimeVendor Inc.", 0)]), p, FALSE);
    // 2022-08-02 → 2023-08-02 = 1.00 year: 100 × 1,000 × 1.00 = 100,000 transmissions; none after the consent.
    expect(only(e).violations).toEqual({ low: 100_000, high: 100_000 });
    expect(e.notes.join(" ")).toContain("covers only transmissions from that date");
  });

  it("counts a group that signed before its first capture (hired later) only from its signing date, for 15(d) and a late 15(a) policy alike", () => {
    // 100 employees since 2022-08-02 and 50 hired on 2023-08-02, who signed before their first capture;
    // every scan goes to the vendor with no exception; the 15(a) policy came on 2024-02-02.
    const p = employer({
      subjects: [employees(100), employees(50, { release: { status: "before-first-capture", date: "2023-08-02" } })],
      collection: { firstCaptureDate: "2022-08-02", scansPerSubjectPerYear: 1000 },
      retention: { policy: { adoptedDate: "2024-02-02" } },
      disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
    });
    const timing = finding("bipa/15a-policy-timing", "740 ILCS 14/15(a)", { evidence: ["/systems/0/retention/policy/adoptedDate", "/systems/0/collection/firstCaptureDate"] });
    const e = estimateExposure(reportWith(p, AS_OF, [d("TimeVendor Inc.", 0), timing]), p, FALSE);
    const line = (section: string) => e.systems[0]!.lines.find((l) => l.section === section);
    const vendor = line("740 ILCS 14/15(d)");
    const policy = line("740 ILCS 14/15(a)");
    // 15(d), before the amendment: 100 × 1,000 × 2.00 years (2022-08-02 → 2024-08-01) = 200,000, and the
    // 50 only from 2023-08-02: 50 × 1,000 × 1.00 year = 50,000; after it, 150 people × 1 pair = 150.
    // In all 250,150 (counted from 2022-08-02 the 50 would have added another 50,000).
    expect(vendor).toMatchObject({ section: "740 ILCS 14/15(d)", violations: { low: 250_150, high: 250_150 } });
    // 15(a) policy gap 2022-08-02 → 2024-02-01: the 100, and the 50 held from 2023-08-02: 150 × 1 = 150.
    expect(policy).toMatchObject({ section: "740 ILCS 14/15(a)", violations: { low: 150, high: 150 } });
    expect(e.notes.join(" ")).toContain("signed their releases on 2023-08-02, before their first capture");
    // Hired after the policy: nothing of theirs was held in the gap. 15(a): the 100 alone.
    const later = employer({
      subjects: [employees(100), employees(50, { release: { status: "before-first-capture", date: "2024-03-01" } })],
      collection: { firstCaptureDate: "2022-08-02" },
      retention: { policy: { adoptedDate: "2024-02-02" } },
    });
    expect(only(estimateExposure(reportWith(later, AS_OF, [timing]), later)).violations).toEqual({ low: 100, high: 100 });
  });

  it("counts a daily transmission once per person per day before the amendment", () => {
    const p = employer({
      subjects: [employees(10)],
      collection: { firstCaptureDate: "2024-07-23", scansPerSubjectPerYear: 1000 },
      disclosures: [{ recipient: "Cloud Backup", type: "cloud-host", frequency: "daily", exception: "none" }],
    });
    const e = estimateExposure(reportWith(p, AS_OF, [d("Cloud Backup", 0)]), p, FALSE);
    // 2024-07-23 → 2024-08-01 is 10 days: 10 × 10 = 100 transmissions, + 10 after.
    expect(only(e).violations.high).toBe(110);
  });
});

describe("point 5: 15(a), 15(c) and 15(e): an explicit option, and one person is not counted twice across systems (§1.7 '15(a), 15(c), 15(e)')", () => {
  const profile = employer({});
  const findings = [
    finding("bipa/15a-public-policy", "740 ILCS 14/15(a)", { key: "a1" }),
    finding("bipa/15c-profit", "740 ILCS 14/15(c)"),
    finding("bipa/15e-parity", "740 ILCS 14/15(e)(2)"),
  ];

  it("counts each section once per Illinois person by default, and says it is a convention", () => {
    const e = estimateExposure(reportWith(profile, AS_OF, findings), profile);
    expect(e.systems[0]!.lines.map((l) => [l.section, l.counting, l.violations.high])).toEqual([
      ["740 ILCS 14/15(a)", "per-person-once", 120],
      ["740 ILCS 14/15(c)", "per-person-once", 120],
      ["740 ILCS 14/15(e)", "per-person-once", 120],
    ]);
    expect(e.notes.join(" ")).toContain("not settled law");
  });

  it("leaves them uncounted on request, listing each finding", () => {
    const e = estimateExposure(reportWith(profile, AS_OF, findings), profile, { otherSections: "uncounted" });
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.map((u) => u.ruleId)).toEqual(["bipa/15a-public-policy", "bipa/15c-profit", "bipa/15e-parity"]);
  });

  it("reads one entity's 15(a) people in two systems as the same people for the low figure, distinct for the high", () => {
    const two = employerWith({}, { id: "door", name: "Door reader", subjects: [employees(80)] });
    const e = estimateExposure(
      reportWith(two, AS_OF, [finding("bipa/15a-public-policy", "740 ILCS 14/15(a)"), finding("bipa/15a-public-policy", "740 ILCS 14/15(a)", { systemId: "door" })]),
      two,
    );
    // Low: the larger system only, 120 × $1,000 = $120,000 (the door reader's 80 read as the same people).
    // High: 120 + 80 = 200 people × $5,000 = $1,000,000.
    expect(e.totalUsd).toEqual({ low: 120_000, high: 1_000_000 });
    expect(e.systems[1]!.lines[0]!.arithmetic).toContain("Low read as 0: the same people as those counted under Fingerprint timeclock");
  });

  it("counts a destruction finding by the records kept past the trigger, less those under a hold", () => {
    const kept = (legalHold?: Record<string, unknown>) => employer({ retention: { practice: { recordsRetainedPastTrigger: 40 }, ...(legalHold ? { legalHold } : {}) } });
    const destruction = (extra: string[] = []) =>
      finding("bipa/15a-destruction-compliance", "740 ILCS 14/15(a)", { evidence: ["/systems/0/retention/practice/recordsRetainedPastTrigger", ...extra] });
    const p = kept();
    // 40 records, one person each.
    expect(only(estimateExposure(reportWith(p, AS_OF, [destruction()]), p)).violations).toEqual({ low: 40, high: 40 });
    const held = kept({ kind: "warrant", issuedBy: "court", recordsCovered: 25 });
    // 40 kept − 25 under the warrant = 15.
    expect(only(estimateExposure(reportWith(held, AS_OF, [destruction(["/systems/0/retention/legalHold/recordsCovered"])]), held)).violations).toEqual({ low: 15, high: 15 });
  });
});

describe("point 5: stacking across subsections is unsettled: both readings (§1.7 'Stacking across subsections')", () => {
  it("the total's low does not stack sections, its high does", () => {
    const p = employer({
      subjects: [employees(100)],
      release: NO_RELEASE,
      collection: { firstCaptureDate: "2024-09-02" },
      disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
    });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING(), finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { evidence: ["/systems/0/disclosures/0/exception"] })]), p);
    // 15(b): 100 × 1 pair = 100; 15(d): 100 × 1 pair × 1 recipient = 100.
    // No stacking: the larger section, 100 × $1,000 = $100,000. Stacked: (100 + 100) × $5,000 = $1,000,000.
    expect(e.totalUsd).toEqual({ low: 100_000, high: 1_000_000 });
    expect(e.stacking).toMatchObject({ noStackingUsd: { low: 100_000, high: 500_000 }, stackedUsd: { low: 200_000, high: 1_000_000 } });
    expect(e.notes.join(" ")).toContain("Stacking is unsettled");
  });
});

describe("point 5: retroactivity of PA 103-0769 per forum (§2.2)", () => {
  const report = reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]);
  const range = (options: Parameters<typeof estimateExposure>[2]) => only(estimateExposure(report, whiteCastle, options)).violations;

  it("defaults to unknown in every forum, with the note worded as §2.2 reads", () => {
    const e = estimateExposure(report, whiteCastle);
    expect(e.forum).toBe("unknown");
    expect(e.amendmentByForum).toEqual({ federal: "unknown", "illinois-state": "unknown", arbitration: "unknown" });
    const note = e.notes.join(" ");
    for (const words of ["most N.D. Ill. rulings held PA 103-0769 does not apply", "Gregg", "reportedly reversed on reconsideration", "12 Feb 2026", "[UNVERIFIED]", "does not bind Illinois state courts", "no Illinois Appellate or Supreme Court ruling"]) {
      expect(note).toContain(words);
    }
  });

  it("applies the answer set for the chosen forum, and leaves the others' answers out", () => {
    // Federal court, assumed to apply there: 100 × 1 pair = 100.
    expect(range({ forum: "federal", amendmentAppliesByForum: { federal: true } })).toEqual({ low: 100, high: 100 });
    // Illinois state court: no answer given there, so both readings: 100 to 200,100.
    expect(range({ forum: "illinois-state", amendmentAppliesByForum: { federal: true } })).toEqual({ low: 100, high: 200_100 });
  });

  it("with the forum unknown, settles only when every forum's answer agrees", () => {
    expect(range({ amendmentAppliesByForum: { federal: true, "illinois-state": true, arbitration: true } })).toEqual({ low: 100, high: 100 });
    expect(range({ amendmentAppliesByForum: { federal: true } })).toEqual({ low: 100, high: 200_100 });
  });

  it("keeps amendmentAppliesToPendingClaims as the answer in every forum left open", () => {
    expect(range({ forum: "arbitration", amendmentAppliesToPendingClaims: false })).toEqual({ low: 200_100, high: 200_100 });
    expect(range({ forum: "arbitration", amendmentAppliesToPendingClaims: false, amendmentAppliesByForum: { arbitration: true } })).toEqual({ low: 100, high: 100 });
  });
});

describe("point 5: bargaining-unit groups are counted apart; patients are left out (§1.3, §1.7 'Remove before counting')", () => {
  const cba = employer({
    subjects: [employees(100, { unionRepresented: true, collectiveBargaining: { covered: true, union: "Local 1" } }), employees(20)],
    release: NO_RELEASE,
    collection: { firstCaptureDate: "2024-09-02" },
  });
  const report = reportWith(cba, AS_OF, [RELEASE_MISSING(), finding("bipa/15c-profit", "740 ILCS 14/15(c)")]);

  it("shows the CBA group's lines apart, 15(c) as well as 15(b), and keeps them out of the total (§1.7 removes them for every section)", () => {
    const e = estimateExposure(report, cba);
    const s = e.systems[0]!;
    // Counted: only the 20 outside the unit. 15(b): 20 × 1 pair = 20; 15(c): 20 × 1 = 20.
    expect(s.lines.map((l) => [l.section, l.violations.high])).toEqual([
      ["740 ILCS 14/15(b)", 20],
      ["740 ILCS 14/15(c)", 20],
    ]);
    // Apart: the 100 in the unit. 15(b): 100 × 1 pair = 100; 15(c): 100 × 1 = 100.
    // $1,000 × (100 + 100) = $200,000 to $5,000 × 200 = $1,000,000, never in the total.
    expect(s.apart?.map((l) => [l.section, l.violations.high])).toEqual([
      ["740 ILCS 14/15(b)", 100],
      ["740 ILCS 14/15(c)", 100],
    ]);
    // The 15(b) line names the preemption cases; the 15(c) line says the reference's rule is what removes it.
    expect(s.apart?.[0]?.apartReason).toContain("Walton");
    expect(s.apart?.[1]?.apartReason).toContain("removed before counting for every section (bipa-reference.md §1.7)");
    expect(e.apartUsd).toEqual({ low: 200_000, high: 1_000_000 });
    // Total: no stacking, the largest section: 20 × $1,000 = $20,000; stacked (20 + 20) × $5,000 = $200,000.
    expect(e.totalUsd).toEqual({ low: 20_000, high: 200_000 });
    expect(e.notes.join(" ")).toContain("likely preempted by LMRA §301 or the Railway Labor Act whoever signed");
    expect(e.notes.join(" ")).toContain("all their lines, 15(c) and 15(e) included, are counted apart and left out of the total");
  });

  it("splits the records kept past the trigger between the unit and the others, never counting them in full on both sides", () => {
    const s = exposureWith({
      subjects: [
        { population: "employees", count: 100, illinoisCount: 100, unionRepresented: true, relationship: "direct", collectiveBargaining: { covered: true } },
        { population: "employees", count: 20, illinoisCount: 20, unionRepresented: false, relationship: "direct" },
      ],
      retention: { practice: { recordsRetainedPastTrigger: 40 } },
    }).systems[0]!;
    // 40 records, 20 people outside the unit, 100 in it. Counted: low 40 − 100 → 0 (all may be the
    // unit's), high at most the 20 outside it = 20: $0 to 20 × $5,000 = $100,000.
    expect(s.lines.map((l) => [l.section, l.violations, l.amountUsd])).toEqual([["740 ILCS 14/15(a)", { low: 0, high: 20 }, { low: 0, high: 100_000 }]]);
    // Apart: low 40 − 20 = 20 (at least that many are the unit's), high at most 40: $20,000 to $200,000.
    expect(s.apart?.map((l) => [l.section, l.violations, l.amountUsd])).toEqual([["740 ILCS 14/15(a)", { low: 20, high: 40 }, { low: 20_000, high: 200_000 }]]);
  });

  it("leaves out patients in a health care setting, and only them", () => {
    const hospital = employer({
      healthcare: { patientCareSetting: true },
      subjects: [{ population: "patients", count: 500, illinoisCount: 500, relationship: "direct" }, employees(50)],
      release: NO_RELEASE,
      collection: { firstCaptureDate: "2024-09-02" },
    });
    const e = estimateExposure(reportWith(hospital, AS_OF, [RELEASE_MISSING()]), hospital);
    // Only the 50 employees × 1 pair = 50.
    expect(only(e).violations).toEqual({ low: 50, high: 50 });
    expect(e.notes.join(" ")).toContain("the patient limb reaches only patients");
  });
});

describe("point 5: partial counts and dates: low the narrowest reading, high the widest (§5.9 item 48; src/practices/dates.ts)", () => {
  it("reads \"some\" as at least one, and the group's count as the most", () => {
    const p = employer({ subjects: [{ population: "employees", count: 50, illinoisCount: "some", relationship: "direct" }], release: NO_RELEASE, collection: { firstCaptureDate: "2024-09-02" } });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p);
    // Low: 1 × 1 pair; high: 50 × 1 pair.
    expect(only(e).violations).toEqual({ low: 1, high: 50 });
    expect(e.systems[0]).toMatchObject({ illinoisSubjects: 1, illinoisSubjectsHigh: 50 });
  });

  it("reads a count with no ceiling as its floor in both figures, and says the high figure understates", () => {
    const p = employer({ subjects: [{ population: "employees", count: "unknown", illinoisCount: { atLeast: 5 }, relationship: "direct" }], release: NO_RELEASE, collection: { firstCaptureDate: "2024-09-02" } });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p);
    expect(only(e).violations).toEqual({ low: 5, high: 5 });
    expect(e.notes.join(" ")).toContain("so it understates");
  });

  it("reads a first capture known to the year as its last day (low) and its first day (high)", () => {
    const p = employer({ subjects: [employees(10)], release: NO_RELEASE, collection: { firstCaptureDate: "2022", scansPerSubjectPerYear: 365 } });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p, FALSE);
    // Low, from 2022-12-31: 1 year to 2023-12-31, then 215 of 366 days to 2024-08-02: 10 × 365 × 1.58743 = 5,794 scans, + 10 after = 5,804.
    // High, from 2022-01-01: 2 years, then 214 of 366 days: 10 × 365 × 2.58470 = 9,434 scans, + 10 = 9,444.
    expect(only(e).violations).toEqual({ low: 5_804, high: 9_444 });
    expect(e.notes.join(" ")).toContain("first capture known only to the year (2022)");
  });

  it("reads an unknown first capture as the look-back start (high) and as late as the facts allow (low)", () => {
    const p = employer({ subjects: [employees(10)], release: NO_RELEASE, collection: { firstCaptureDate: "unknown", scansPerSubjectPerYear: 10 } });
    const e = estimateExposure(reportWith(p, AS_OF, [RELEASE_MISSING()]), p, FALSE);
    // Low: one capture on asOf, after the amendment: 10 × 1 pair = 10.
    // High: from 2021-11-22: 10 × 10 × 2.69399 = 269 scans, + 10 = 279.
    expect(only(e).violations).toEqual({ low: 10, high: 279 });
    expect(e.notes.join(" ")).toContain("first capture date unknown");
  });
});

describe("point 5: what is not counted, and the label", () => {
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
    const profile = employer({ subjects: [{ population: "employees", count: "unknown", illinoisCount: "unknown", relationship: "direct" }], release: NO_RELEASE });
    const e = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(e.systems[0]!.illinoisSubjects).toBe("unknown");
    expect(e.uncounted?.[0]?.reason).toBe("the number of Illinois subjects is unknown");
  });

  it("derives Illinois subjects from a count and the Illinois share, and flags groups it cannot count", () => {
    const profile = employer({
      subjects: [
        { population: "employees", count: 200, illinoisCount: "unknown", relationship: "direct" },
        { population: "visitors", count: "unknown", illinoisCount: "unknown", relationship: "direct" },
      ],
      illinoisNexus: { illinoisSubjectShare: 0.25 },
    });
    const e = estimateExposure(reportWith(profile, AS_OF, [finding("bipa/15c-profit", "740 ILCS 14/15(c)")]), profile);
    // 200 × 0.25 = 50.
    expect(e.systems[0]!.illinoisSubjects).toBe(50);
    expect(e.notes.some((n) => n.includes("understate"))).toBe(true);
  });

  it("skips systems outside BIPA", () => {
    const profile = employer({});
    const base = reportWith(profile, AS_OF, [RELEASE_MISSING()]);
    const e = estimateExposure({ ...base, applicability: [{ systemId: "timeclock", systemName: "Fingerprint timeclock", inScope: false, status: "does-not-apply" }] }, profile);
    expect(e.systems).toEqual([]);
    expect(e.notes.join(" ")).toContain("outside BIPA: Fingerprint timeclock");
  });

  it("states that the figures are ceilings and an estimate, not legal advice", () => {
    const e = estimateExposure(reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]), whiteCastle);
    expect(e.label).toBe(EXPOSURE_LABEL);
    expect(e.label).toContain("discretionary");
    expect(e.perViolationUsd).toEqual({ negligent: PER_VIOLATION_USD.negligent, intentionalOrReckless: PER_VIOLATION_USD.intentionalOrReckless });
  });

  it("reads the subsection from the section string", () => {
    expect(sectionOf({ section: "740 ILCS 14/15(b)(3)" })).toBe("b");
    expect(sectionOf({ section: "740 ILCS 14/10" })).toBeUndefined();
  });

  it("rejects an assumed filing date that is not a calendar day", () => {
    expect(() => estimateExposure(reportWith(whiteCastle, AS_OF, []), whiteCastle, { assumedFilingDate: "2025-02-30" })).toThrow(TypeError);
  });
});

describe("point 5: the BNSF jury's count (Rogers v. BNSF, §2, §1.7 'Per-person count at trial')", () => {
  /**
   * The jury found 45,600 reckless or intentional 15(b) violations, one per driver; judgment was entered
   * for 45,600 × $5,000 = $228,000,000, later vacated (damages are discretionary), then settled for $75M.
   */
  it("45,600 drivers captured after the amendment give the $228,000,000 ceiling, whatever the assumption", () => {
    const gate = employer({
      subjects: [{ population: "drivers", count: 45_600, illinoisCount: 45_600, relationship: "direct" }],
      release: NO_RELEASE,
      collection: { methods: ["gate-terminal"], firstCaptureDate: "2024-09-03", scansPerSubjectPerYear: 50 },
    });
    for (const assumption of [true, false, "unknown"] as const) {
      const e = estimateExposure(reportWith(gate, AS_OF, [RELEASE_MISSING()]), gate, { amendmentAppliesToPendingClaims: assumption });
      expect(e.totalUsd).toEqual({ low: 45_600_000, high: 228_000_000 });
    }
  });
});

describe("every report carries the estimate", () => {
  it("audit() fills exposure and injunction risk, zero for the compliant profile", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("compliant profile invalid");
    const report = audit(parsed.profile, { asOf: AS_OF });
    expect(report.exposure?.totalUsd).toEqual({ low: 0, high: 0 });
    expect(report.injunctionRisk?.level).toBe("low");
  });

  it("audit() passes the exposure assumptions through", () => {
    const report = audit(whiteCastle, { asOf: AS_OF, assumptions: { amendmentAppliesToPendingClaims: true, forum: "federal", assumedFilingDate: "2026-01-15" } });
    expect(report.exposure).toMatchObject({ amendmentAppliesToPendingClaims: true, forum: "federal", assumedFilingDate: "2026-01-15", lookbackStart: "2021-01-15" });
  });

  it("is deterministic and serializable", () => {
    const report = reportWith(whiteCastle, AS_OF, [RELEASE_MISSING()]);
    const a = estimateExposure(report, whiteCastle);
    expect(estimateExposure(report, whiteCastle)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe("15(a): records kept before a hold began are counted; the hold covers retention from its date only (§1.3 15(a), §1.5 row (a), §1.7 'Cure works forward only')", () => {
  const held = (departed: string, holdDate: string, asOf = AS_OF, policyPublic = true) =>
    exposureWith(
      {
        subjects: [
          { population: "employees", count: 150, illinoisCount: 150, unionRepresented: false, relationship: "direct" },
          { population: "employees", count: 40, illinoisCount: 40, unionRepresented: false, relationship: "direct", departures: [{ date: departed, illinoisCount: 40 }] },
        ],
        retention: { policy: { public: policyPublic }, practice: { recordsRetainedPastTrigger: 40 }, legalHold: { kind: "litigation-hold", issuedBy: "internal", date: holdDate } },
      },
      asOf,
    );

  it("counts the 40 who left on 2022-05-15, before the hold of 2026-09-05: 40 × $1,000 = $40,000 to 40 × $5,000 = $200,000", () => {
    const e = held("2022-05-15", "2026-09-05");
    const line = e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(a)");
    expect(line?.violations).toEqual({ low: 40, high: 40 });
    expect(line?.amountUsd).toEqual({ low: 40_000, high: 200_000 });
    expect(line?.arithmetic).toContain("records kept before the hold of 2026-09-05, of the 40 Illinois people who left before it (from 2022-05-15): the smaller of 40 records under the hold and 40 people = 40");
  });

  it("labels each reading when both reach the same count in other words (an unpublished policy for all 190, and the 40 records)", () => {
    // Narrow: the larger of 190 and 40 = 190; wide: 190 + 40, at most every Illinois person (190) = 190.
    const line = held("2022-05-15", "2026-09-05", AS_OF, false).systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(a)")!;
    expect(line.violations).toEqual({ low: 190, high: 190 });
    expect(line.arithmetic).toContain("Low (the narrowest reading of the facts): ");
    expect(line.arithmetic).toContain("High (the widest reading of the facts): ");
    expect(line.arithmetic).not.toContain("()");
  });

  it("counts nothing when the hold began before the look-back (2021-11-22): what was kept before it is outside the window", () => {
    const e = held("2015-01-10", "2019-06-01");
    expect(e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(a)")).toBeUndefined();
    expect(e.totalUsd).toEqual({ low: 0, high: 0 });
    expect(e.uncounted?.find((u) => u.fingerprint.endsWith(":before-hold"))?.reason).toBe(
      "what was kept before the hold of 2019-06-01 was kept before the look-back starts (2021-11-22; Tims), and retention under the hold is a risk, not counted",
    );
  });

  it("counts every record under a hold that excuses nothing, not only those beyond it (40, not 40 − 10)", () => {
    // A hold of kind "other", no court: no excuse for the 10 it covers, nor for the 30 beyond it.
    const e = exposureWith({ retention: { practice: { recordsRetainedPastTrigger: 40 }, legalHold: { kind: "other", issuedBy: "internal", recordsCovered: 10 } } });
    const line = e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(a)");
    // 40 × $1,000 = $40,000 to 40 × $5,000 = $200,000.
    expect(line?.amountUsd).toEqual({ low: 40_000, high: 200_000 });
  });

  it("counts nothing when they left after the hold began (kept under the hold only: a risk, not counted)", () => {
    const e = held("2026-10-01", "2026-09-05");
    expect(e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(a)")).toBeUndefined();
    expect(e.uncounted?.some((u) => u.ruleId === "bipa/15a-destruction-compliance" && u.reason.includes("a risk"))).toBe(true);
  });
});
