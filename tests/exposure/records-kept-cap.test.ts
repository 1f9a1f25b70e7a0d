import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/packs/bipa/exposure/damages.js";
import { employer, employees, finding, reportWith } from "./helpers.js";

/*
 * bipa-reference.md §1.3 15(a) and §1.7 ("15(a), 15(c), 15(e)"; "Remove before counting"): a record kept
 * past its destruction trigger counts once per Illinois person, and only people the Act reaches have a
 * claim. Patients in a health care setting are outside Sec. 10 (§1.2 item 10), so records beyond the
 * Illinois people counted (the visitors, here) give no count. AS_OF 2026-11-22.
 */
const AS_OF = "2026-11-22";
const destruction = finding("bipa/15a-destruction-compliance", "740 ILCS 14/15(a)", { evidence: ["/systems/0/retention/practice/recordsRetainedPastTrigger"] });

function kiosk(recordsRetainedPastTrigger: number) {
  return employer({
    healthcare: { patientCareSetting: true, hipaaTreatmentPaymentOperations: false, medicalImaging: false },
    subjects: [
      { ...employees(2000), population: "patients" },
      { ...employees(500), population: "visitors" },
    ],
    collection: { firstCaptureDate: "2024-10-01" },
    retention: { practice: { recordsRetainedPastTrigger } },
  });
}

describe("15(a) records kept past the trigger count only the Illinois people counted", () => {
  it("1,500 records beside 500 visitors (the 2,000 patients left out): at most 500", () => {
    const p = kiosk(1500);
    const line = estimateExposure(reportWith(p, AS_OF, [destruction]), p).systems[0]!.lines[0]!;
    // min(1,500 records, 500 Illinois people counted) = 500; low 500 × $1,000 = $500,000; high 500 × $5,000 = $2,500,000.
    expect(line.violations).toEqual({ low: 500, high: 500 });
    expect(line.amountUsd).toEqual({ low: 500_000, high: 2_500_000 });
    expect(line.arithmetic).toContain("records kept past the destruction trigger: 1,500 (one person each), at most the 500 Illinois people counted");
  });

  it("fewer records than people: the records, uncapped", () => {
    const p = kiosk(40);
    // 40 records, one person each: 40 × $1,000 = $40,000 to 40 × $5,000 = $200,000.
    expect(estimateExposure(reportWith(p, AS_OF, [destruction]), p).systems[0]!.lines[0]!.amountUsd).toEqual({ low: 40_000, high: 200_000 });
  });
});
