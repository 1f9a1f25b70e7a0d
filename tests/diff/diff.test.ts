import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff.js";
import type { Finding, Report } from "../../src/report/types.js";
import { compliantSide, exampleSide } from "./helpers.js";

describe("diffReports: the Clearview 2020 and 2021 examples", () => {
  const before = exampleSide("clearview-2020");
  const after = exampleSide("clearview-2021");
  const diff = diffReports(before, after);

  it("matches findings by fingerprint: added, resolved and unchanged add up to both sides", () => {
    expect(diff.added.length + diff.unchanged.length).toBe(after.report.findings.length);
    expect(diff.resolved.length + diff.unchanged.length).toBe(before.report.findings.length);
    const beforeKeys = new Set(before.report.findings.map((f) => f.fingerprint));
    const afterKeys = new Set(after.report.findings.map((f) => f.fingerprint));
    expect(diff.added.every((f) => !beforeKeys.has(f.fingerprint))).toBe(true);
    expect(diff.resolved.every((f) => !afterKeys.has(f.fingerprint))).toBe(true);
  });

  it("shows the private-customer disclosure resolved, the geofencing and offshore findings added, the rest remaining", () => {
    // Also resolved: the storage-encryption risk, since the 2021 profile encrypts the vectors (15(e)(1)).
    expect(diff.resolved.map((f) => f.fingerprint)).toEqual([
      "bipa/15d-disclosure|face-search|Private-business customers (non-law-enforcement accounts)",
      "bipa/15e-encryption|face-search|storage:unknown",
    ]);
    expect(new Set(diff.added.map((f) => f.ruleId))).toEqual(new Set(["bipa/geofencing-gaps", "bipa/offshore-affiliates"]));
    expect(diff.unchanged.map((u) => u.fingerprint)).toContain("bipa/15d-disclosure|face-search|Police customers");
  });

  it("shows the six measures the court noted as taken, and none dropped", () => {
    expect(diff.measuresTaken).toHaveLength(6);
    expect(diff.measuresTaken).toContain("Templates or facial vectors encrypted (Clearview face-search database)");
    expect(diff.measuresDropped).toEqual([]);
  });

  it("gives the exposure per section before and after; the sections sum to the totals", () => {
    const sum = (pick: (s: (typeof diff.exposure.sections)[number]) => { low: number; high: number }) =>
      diff.exposure.sections.reduce((n, s) => ({ low: n.low + pick(s).low, high: n.high + pick(s).high }), { low: 0, high: 0 });
    // Sections stack: their sum is the stacked reading; the total's low is the no-stacking reading
    // (stacking across sections is unsettled, bipa-reference.md §1.7), the high the stacked one.
    expect(sum((s) => s.before)).toEqual(before.report.exposure!.stacking!.stackedUsd);
    expect(sum((s) => s.after)).toEqual(after.report.exposure!.stacking!.stackedUsd);
    expect(sum((s) => s.before).high).toBe(before.report.exposure!.totalUsd.high);
    const d = diff.exposure.sections.find((s) => s.section === "740 ILCS 14/15(d)")!;
    expect(d.change).toEqual({ low: d.after.low - d.before.low, high: d.after.high - d.before.high });
    expect(d.change.high).toBeLessThan(0);
    expect(diff.exposure.change).toEqual({
      low: after.report.exposure!.totalUsd.low - before.report.exposure!.totalUsd.low,
      high: after.report.exposure!.totalUsd.high - before.report.exposure!.totalUsd.high,
    });
  });

  it("finds no new duty: no system, recipient, use, population, identifier or method was added", () => {
    expect(diff.newDuties).toEqual([]);
  });

  it("without the profiles, does not assess new duties", () => {
    expect(diffReports(before.report, after.report).newDuties).toBeUndefined();
  });
});

describe("diffReports: new duties", () => {
  const base = compliantSide();
  const dutiesFor = (edit: Parameters<typeof compliantSide>[0]) => diffReports(base, compliantSide(edit)).newDuties ?? [];

  it("a new system", () => {
    const duties = dutiesFor((p) => p.systems.push({ ...structuredClone(p.systems[0]!), id: "door", name: "Door reader" }));
    expect(duties).toEqual([expect.objectContaining({ trigger: "new-system", systemId: "door", pointer: "/systems/1", sections: ["740 ILCS 14/15(a)", "740 ILCS 14/15(b)", "740 ILCS 14/15(e)"] })]);
    expect(duties[0]!.duty).toContain("Mora");
  });

  it("a new disclosure recipient", () => {
    const duties = dutiesFor((p) => {
      p.systems[0]!.disclosures = [
        { recipient: "Payroll vendor", type: "processor", frequency: "daily", exception: "consent", issuedBy: "unknown", consentDate: "unknown", firstTransmission: "unknown" },
      ];
    });
    expect(duties).toEqual([expect.objectContaining({ trigger: "new-recipient", subject: "Payroll vendor", pointer: "/systems/0/disclosures/0/recipient" })]);
    expect(duties[0]!.sections).toContain("740 ILCS 14/15(d)");
  });

  it("a new use of the data (a new purpose): profiting", () => {
    const duties = dutiesFor((p) => {
      p.systems[0]!.commerce.otherwiseProfits = true;
    });
    expect(duties).toEqual([expect.objectContaining({ trigger: "new-purpose", pointer: "/systems/0/commerce/otherwiseProfits" })]);
    expect(duties[0]!.duty).toContain("no consent exception");
  });

  it("a new population: minors, with the open question of a minor's release", () => {
    const duties = dutiesFor((p) => {
      p.systems[0]!.subjects.push({
        population: "minors",
        count: 10,
        illinoisCount: 10,
        unionRepresented: false,
        relationship: "direct",
        departures: [],
        collectiveBargaining: { covered: "unknown" },
      });
    });
    expect(duties).toEqual([expect.objectContaining({ trigger: "new-population", subject: "minors", pointer: "/systems/0/subjects/1/population" })]);
    expect(duties[0]!.duty).toContain("legally authorized representative");
    expect(duties[0]!.duty).toContain("unverified");
  });

  it("a new identifier and a new collection method", () => {
    const duties = dutiesFor((p) => {
      p.systems[0]!.modalities.push("hand-geometry");
      p.systems[0]!.collection.methods.push("door-access");
    });
    expect(duties.map((d) => [d.trigger, d.subject])).toEqual([
      ["new-identifier", "hand-geometry"],
      ["new-collection-method", "door-access"],
    ]);
    expect(duties.every((d) => d.duty.includes("inference"))).toBe(true);
  });

  it("nothing for a system out of scope after the change, or for no change at all", () => {
    expect(dutiesFor(() => {})).toEqual([]);
    const outOfScope = dutiesFor((p) => p.systems.push({ ...structuredClone(p.systems[0]!), id: "badge", name: "Badge photo", modalities: [] }));
    expect(outOfScope).toEqual([]);
  });
});

describe("diffReports: one profile on two dates", () => {
  const early = exampleSide("white-castle-timeclock", "2024-08-01");
  const late = exampleSide("white-castle-timeclock", "2026-11-22");
  const diff = diffReports(early, late);

  it("notes the amendment between the dates and the look-back moving", () => {
    expect(diff.notes.join("\n")).toContain("PA 103-0769 took effect on 2024-08-02, between the two dates");
    expect(diff.notes.join("\n")).toContain(`The five-year look-back (Tims v. Black Horse Carriers, 2023) moved: ${early.report.exposure!.lookbackStart} to 2024-08-01 before`);
    expect(diff.before.asOf).toBe("2024-08-01");
    expect(diff.after.asOf).toBe("2026-11-22");
    expect(diff.newDuties).toEqual([]);
  });
});

describe("diffReports: properties", () => {
  const sides = [exampleSide("clearview-2020"), exampleSide("clearview-2021"), exampleSide("six-flags-season-pass"), exampleSide("compliant-employer")];
  const shuffled = (r: Report, order: number[]): Report => ({ ...r, findings: order.map((i) => r.findings[i]!).filter((f): f is Finding => f !== undefined) });

  it("a report against itself: nothing added or resolved, no change; swapping sides swaps added and resolved", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sides), fc.constantFrom(...sides), (a, b) => {
        const self = diffReports(a, a);
        expect(self.added).toEqual([]);
        expect(self.resolved).toEqual([]);
        expect(self.exposure.sections.every((s) => s.change.low === 0 && s.change.high === 0)).toBe(true);
        const there = diffReports(a, b);
        const back = diffReports(b, a);
        expect(back.added).toEqual(there.resolved);
        expect(back.resolved).toEqual(there.added);
      }),
      { numRuns: 16 },
    );
  });

  it("reordering the findings of a side changes nothing: every finding still matches", () => {
    const a = sides[0]!;
    fc.assert(
      fc.property(fc.shuffledSubarray([...a.report.findings.keys()], { minLength: a.report.findings.length }), (order) => {
        const d = diffReports(a.report, shuffled(a.report, order));
        expect(d.added).toEqual([]);
        expect(d.resolved).toEqual([]);
        expect(d.unchanged).toHaveLength(a.report.findings.length);
      }),
      { numRuns: 25 },
    );
  });
});
