import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty, PER_VIOLATION_BEFORE_2021_USD, PER_VIOLATION_USD } from "../../../src/packs/wa-biometric/penalty.js";
import { AS_OF, compliantData, merge, parse } from "./fixture.js";

type Finding = PenaltyContext["findings"][number];
const v = (ruleId: string): Finding => ({ ruleId, systemId: "checkout", severity: "violation", basis: "fact" });

function estimate(findings: Finding[], systemPatch: Record<string, unknown> = {}, asOf = AS_OF) {
  const systems = (compliantData.systems as Array<Record<string, unknown>>).map((s) => merge(s, systemPatch));
  return penalty({ profile: parse({ ...compliantData, systems }), findings, applies: [0], asOf });
}

describe("wa-biometric penalty", () => {
  it("§4.2 RCW 19.375 Penalty: $7,500 per violation since 25 July 2021, $2,000 before", () => {
    expect(PER_VIOLATION_USD).toBe(7_500);
    expect(PER_VIOLATION_BEFORE_2021_USD).toBe(2_000);
  });
  it("§4.2 RCW 19.375 Penalty: two duties for 800 Washington people, both readings", () => {
    const e = estimate([v("wa-biometric/retention"), v("wa-biometric/reasonable-care")]);
    // per practice: 2 duties × $7,500 = $15,000
    // per person: 2 duties × 800 people × $7,500 = $12,000,000
    expect(e.lines[0]).toMatchObject({ low: 15_000, high: 12_000_000, recoveredBy: "regulator" });
    expect(e.lines[0]?.arithmetic).toBe("per practice: 2 duties × $7,500 = $15,000; per person: 2 duties × 800 people in Washington × $7,500 = $12,000,000");
  });
  it("§4.2 RCW 19.375 Penalty: an as-of date before 25 July 2021 uses $2,000", () => {
    const e = estimate([v("wa-biometric/retention")], { collection: { firstCaptureDate: "2019-01-01" } }, "2021-07-24");
    // per practice: 1 duty × $2,000 = $2,000; per person: 1 duty × 800 people × $2,000 = $1,600,000
    expect(e.lines[0]).toMatchObject({ low: 2_000, high: 1_600_000 });
  });
  it("§4.2 RCW 19.375 Penalty: conduct from before 25 July 2021 gets a note that its violations carry $2,000", () => {
    const e = estimate([v("wa-biometric/retention")], { collection: { firstCaptureDate: "2020-05" } });
    expect(e.notes.join(" ")).toContain("before that day carry at most $2,000");
  });
  it("§4.2 RCW 19.375 Enforcement: Attorney General only, a statutory maximum, and the unit of a violation as two readings", () => {
    const notes = estimate([]).notes.join(" ");
    expect(notes).toContain("only the Attorney General may seek");
    expect(notes).toContain("no private right of action");
    expect(notes).toContain("Low reading");
    expect(notes).toContain("High reading");
  });
  it("§4.2 RCW 19.375 Penalty: risks are not counted; an uncounted population gives the per-practice figure only", () => {
    expect(estimate([{ ...v("wa-biometric/retention"), severity: "risk", basis: "unknown" }]).lines).toEqual([]);
    const e = estimate([v("wa-biometric/retention")], { places: { subjects: [{ place: "US-WA", count: "unknown" }] } });
    // per practice: 1 duty × $7,500 = $7,500; per person not computed
    expect(e.lines[0]).toMatchObject({ low: 7_500, high: 7_500 });
  });
});
