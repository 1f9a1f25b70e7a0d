import { describe, expect, it } from "vitest";
import { stackingReadings } from "../../src/packs/bipa/exposure/stacking.js";
import type { ExposureEstimate, ExposureLine } from "../../src/packs/bipa/exposure/types.js";
import { stackingPhrase } from "../../src/format/shared.js";

/*
 * bipa-reference.md §1.7 "Stacking across subsections": unsettled, so both readings are shown, and
 * each must name the section it takes. The section with the largest low need not have the largest high.
 */
const line = (section: string, violations: { low: number; high: number }): ExposureLine => ({
  ruleId: `bipa/${section}`,
  section: `740 ILCS 14/${section}`,
  systemId: "timeclock",
  violations,
  amountUsd: { low: violations.low * 1_000, high: violations.high * 5_000 },
  arithmetic: "",
  counting: "per-person",
});

/** stackingPhrase reads only the estimate's stacking readings. */
const phrase = (lines: ExposureLine[]): string => stackingPhrase({ stacking: stackingReadings(lines) } as Pick<ExposureEstimate, "stacking"> as ExposureEstimate);

describe("§1.7 stacking: the no-stacking reading names its sections", () => {
  it("names both sections when the largest low and the largest high are different sections", () => {
    // 15(a): 170 × $1,000 = $170,000 to 210 × $5,000 = $1,050,000.
    // 15(d): 120 × $1,000 = $120,000 to 436,303 × $5,000 = $2,181,515,000.
    // Largest low: 15(a) ($170,000); largest high: 15(d) ($2,181,515,000).
    const text = phrase([line("15(a)", { low: 170, high: 210 }), line("15(d)", { low: 120, high: 436_303 })]);
    expect(text).toContain("the largest single section, 15(a) at the low end and 15(d) at the high end: $170,000 to $2,181,515,000");
    // Stacked: $170,000 + $120,000 = $290,000 to $1,050,000 + $2,181,515,000 = $2,182,565,000.
    expect(text).toContain("every section stacked ($290,000 to $2,182,565,000)");
  });
  it("names one section when it has both the largest low and the largest high", () => {
    // 15(b): 100 × $1,000 = $100,000 to 300 × $5,000 = $1,500,000; 15(d): 50 → $50,000 to 60 → $300,000.
    const text = phrase([line("15(b)", { low: 100, high: 300 }), line("15(d)", { low: 50, high: 60 })]);
    expect(text).toContain("(the largest single section, 15(b): $100,000 to $1,500,000)");
  });
  it("says nothing for a single section (nothing to stack)", () => {
    expect(phrase([line("15(b)", { low: 1, high: 1 })])).toBe("");
  });
});
