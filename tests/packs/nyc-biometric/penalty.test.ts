import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty } from "../../../src/packs/nyc-biometric/penalty.js";
import { AS_OF, profileOf } from "./fixture.js";

// bipa-reference.md §4.5 "Damages": $500 per violation, $5,000 per intentional or reckless violation,
// plus fees; "Enforcement": signage curable after 30 days' written notice, the sale ban not. The unit
// of a violation (per customer? per visit?) is not settled: both readings are shown.
const sale = { ruleId: "nyc-biometric/no-sale-or-profit", systemId: "soho-store-cameras", severity: "violation" as const, basis: "fact" as const };
const ctx = (system: Record<string, unknown>, findings: PenaltyContext["findings"]): PenaltyContext => ({ profile: profileOf(system), findings, applies: [0], asOf: AS_OF });

describe("nyc-biometric penalty", () => {
  it("§4.5 Damages: per customer at $500 (low) and per visit at $5,000 (high), with the arithmetic", () => {
    // 2023-01-01 to 2026-11-22 = 1,422 days; 2,000 × 12 × 1,422 / 365 = 93,501 captures (rounded)
    // low: 2,000 × $500 = $1,000,000; high: 93,501 × $5,000 = $467,505,000
    const e = penalty(ctx({}, [sale]));
    expect(e.low).toBe(1_000_000);
    expect(e.high).toBe(467_505_000);
    expect(e.lines[0]!.recoveredBy).toBe("private-plaintiffs");
    expect(e.lines[0]!.section).toBe("N.Y.C. Admin. Code §22-1202(b)");
    expect(e.lines[0]!.arithmetic).toBe(
      "Per customer: 2,000 × $500 = $1,000,000; per visit: 2,000 customers × 12 captures a year × 1,422 days (2023-01-01 to 2026-11-22) / 365 = 93,501 captures × $5,000 = $467,505,000",
    );
    expect(e.notes.join(" ")).toContain("per customer? per visit?");
    expect(e.notes.join(" ")).toContain("Neither is settled law");
  });

  it("§4.5 Enforcement: the notes say signage is curable within 30 days and the sale ban is not", () => {
    const notes = penalty(ctx({}, [])).notes.join(" ");
    expect(notes).toContain("30 days' written notice and a chance to cure");
    expect(notes).toContain("The sale and profit ban (22-1202(b)) has no cure period");
  });

  it("§4.5 Damages: without captures a year the high reading stays per customer at $5,000", () => {
    // low: 2,000 × $500 = $1,000,000; high: 2,000 × $5,000 = $10,000,000
    const e = penalty(ctx({ collection: { scansPerSubjectPerYear: "unknown" } }, [sale]));
    expect(e.low).toBe(1_000_000);
    expect(e.high).toBe(10_000_000);
    expect(e.lines[0]!.arithmetic).toContain("the per-visit reading needs the capture dates and captures a year");
  });

  it("§4.5 Damages: the per-visit reading counts at least one capture per customer, and says so", () => {
    // 2026-11-01 to 2026-11-22 = 22 days; 2,000 × 1 × 22 / 365 = 121 captures (rounded), floored at 2,000
    // high: 2,000 × $5,000 = $10,000,000
    const e = penalty(ctx({ collection: { firstCaptureDate: "2026-11-01", scansPerSubjectPerYear: 1 } }, [sale]));
    expect(e.high).toBe(10_000_000);
    expect(e.lines[0]!.arithmetic).toContain("/ 365 = 121 captures, at least one per customer: 2,000 × $5,000 = $10,000,000");
  });

  it("§4.5 Scope: employees in a mixed system are not counted; only the customer groups are", () => {
    // customers: 300 (employees' 25 left out); low: 300 × $500 = $150,000
    const e = penalty(
      ctx({ subjects: [{ population: "customers", count: 300 }, { population: "employees", count: 25 }], places: { subjects: [], capture: ["US-NY/new-york-city"] }, collection: { scansPerSubjectPerYear: "unknown" } }, [sale]),
    );
    expect(e.low).toBe(150_000);
  });

  it("§4.5 Damages: risks and unknown facts are not counted; an unstated customer count is a note, not a figure", () => {
    expect(penalty(ctx({}, [{ ...sale, severity: "risk" }, { ...sale, basis: "unknown" }])).high).toBe(0);
    const e = penalty(ctx({ subjects: [{ population: "customers", count: "unknown" }], places: { subjects: [] } }, [sale]));
    expect(e.lines).toEqual([]);
    expect(e.notes.join(" ")).toContain("is not priced");
  });
});
