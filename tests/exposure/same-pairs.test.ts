import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/packs/bipa/exposure/damages.js";
import { ExposureTotals } from "../../src/packs/bipa/exposure/stacking.js";
import type { Practices } from "../../src/practices/schema.js";
import type { Finding } from "../../src/report/types.js";
import { employees, employerWith, finding, NO_RELEASE, RELEASE_MISSING, reportWith } from "./helpers.js";

/*
 * bipa-reference.md §1.4(b), (c) and §1.7 "Recovery from 2 Aug 2024", "Identifier × method": from
 * 2 Aug 2024 the same identifier taken from the same person by the same method is one violation, "at
 * most, one recovery" (15(d): per recipient too). Two systems counting the same pairs may hold the same
 * people; the profile does not say who is in both. The low figure reads them as the same people (the
 * largest system's count), the high as distinct people, as 15(a), (c) and (e) already are (§1.7 row
 * "15(a), 15(c), 15(e)"). AS_OF 2026-11-22: the look-back starts 2021-11-22 (Tims).
 */
const AS_OF = "2026-11-22";
const FALSE = { amendmentAppliesToPendingClaims: false } as const;

/** A fingerprint timeclock (the compliant profile's pair: fingerprint × timeclock) with no release. */
function clock(id: string, name: string, people: number, firstCaptureDate = "2024-09-02", extra: Record<string, unknown> = {}) {
  return { id, name, subjects: [employees(people)], release: NO_RELEASE, collection: { firstCaptureDate, scansPerSubjectPerYear: 500 }, ...extra };
}

function estimate(profile: Practices, findings: Finding[], options = {}) {
  return estimateExposure(reportWith(profile, AS_OF, findings), profile, options);
}

/** The stream's way: each system estimated alone, the totals combined by ExposureTotals. */
function streamed(profile: Practices, findings: Finding[], options = {}) {
  const totals = new ExposureTotals();
  profile.systems.forEach((system, index) => {
    const one: Practices = { ...profile, systems: [system] };
    // Alone, the system is /systems/0: its findings' evidence points there.
    const own = findings
      .filter((f) => f.systemId === system.id)
      .map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, pointer: e.pointer.replace(`/systems/${index}/`, "/systems/0/") })) }));
    totals.add(estimate(one, own, options).systems.flatMap((s) => s.lines));
  });
  return totals.totalUsd();
}

describe("15(b): systems counting the same identifier × method pairs (§1.4(b), §1.7)", () => {
  it("reads them as the same people for the low figure and as distinct people for the high one", () => {
    const p = employerWith(clock("plant-a", "Plant A timeclock", 100), clock("plant-b", "Plant B timeclock", 60));
    const e = estimate(p, [RELEASE_MISSING("plant-a"), RELEASE_MISSING("plant-b")]);
    // Capture from 2024-09-02, after the amendment: one recovery per person and pair.
    // Low: the larger system only, 100 × 1 pair = 100 × $1,000 = $100,000 (Plant B's 60 read as the same people).
    // High: (100 + 60) × 1 pair = 160 × $5,000 = $800,000.
    expect(e.systems.map((s) => s.lines[0]!.violations)).toEqual([
      { low: 100, high: 100 },
      { low: 0, high: 60 },
    ]);
    expect(e.totalUsd).toEqual({ low: 100_000, high: 800_000 });
    expect(e.systems[1]!.lines[0]!.arithmetic).toContain(
      "Low read as 0: the same people as those counted under Plant A timeclock (one recovery per person, identifier and method; the high figure counts them as distinct people).",
    );
    expect(e.notes.join(" ")).toContain(
      "15(b): Plant A timeclock and Plant B timeclock count the same identifier × method pairs (fingerprint × timeclock). PA 103-0769 allows one recovery per person, identifier and method, so the low figure reads their people as the same people (the largest system's count, Plant A timeclock); the high figure counts them as distinct people.",
    );
    expect(streamed(p, [RELEASE_MISSING("plant-a"), RELEASE_MISSING("plant-b")])).toEqual(e.totalUsd);
  });

  it("before the amendment reads their scans as the same scans at the low end (one system may record the other's)", () => {
    // Sweep case: one timeclock entered twice (the device, and the vendor's copy), capture from 2023-08-02.
    const p = employerWith(clock("device", "Timeclock", 100, "2023-08-02"), clock("feed", "Vendor feed", 100, "2023-08-02"));
    const f = [RELEASE_MISSING("device"), RELEASE_MISSING("feed")];
    const e = estimate(p, f, FALSE);
    // Each: 100 × 500 scans/year × 1.00 year (2023-08-02 to 2024-08-01) = 50,000 scans, + 100 after = 50,100.
    // Low: 50,100 × $1,000 = $50,100,000 (not 2 × 50,100); high: 2 × 50,100 = 100,200 × $5,000 = $501,000,000.
    expect(e.systems.map((s) => s.lines[0]!.violations)).toEqual([
      { low: 50_100, high: 50_100 },
      { low: 0, high: 50_100 },
    ]);
    expect(e.totalUsd).toEqual({ low: 50_100_000, high: 501_000_000 });
    expect(e.systems[1]!.lines[0]!.arithmetic).toContain("Low read as 0: the same people and captures as those counted under Timeclock");
    expect(e.notes.join(" ")).toContain("and their captures before 2 Aug 2024 as the same captures (one system may record the other's)");
    expect(streamed(p, f, FALSE)).toEqual(e.totalUsd);
  });

  it("counts each system in full when they count different pairs, and says nothing", () => {
    const p = employerWith(
      clock("clock", "Timeclock", 100),
      clock("door", "Door scanner", 100, "2024-09-02", { modalities: ["face-geometry"], collection: { methods: ["door-access"], firstCaptureDate: "2024-09-02" } }),
    );
    const f = [RELEASE_MISSING("clock"), RELEASE_MISSING("door")];
    const e = estimate(p, f);
    // fingerprint × timeclock 100 + face-geometry × door-access 100 = 200 × $1,000 = $200,000; high 200 × $5,000.
    expect(e.totalUsd).toEqual({ low: 200_000, high: 1_000_000 });
    expect(e.notes.join(" ")).not.toContain("count the same identifier × method pairs");
    expect(e.systems.every((s) => !s.lines[0]!.arithmetic.includes("Low read as 0"))).toBe(true);
    expect(streamed(p, f)).toEqual(e.totalUsd);
  });

  it("merges only the systems whose pairs match: a timeclock, a door reader and the timeclock's vendor copy", () => {
    const p = employerWith(
      clock("clock", "Timeclock", 200),
      clock("door", "Door reader", 200, "2024-09-02", { modalities: ["face-geometry"], collection: { methods: ["door-access"], firstCaptureDate: "2024-09-02" } }),
      clock("feed", "Vendor feed", 200),
    );
    const f = [RELEASE_MISSING("clock"), RELEASE_MISSING("door"), RELEASE_MISSING("feed")];
    const e = estimate(p, f);
    // Low: fingerprint × timeclock once (200) + face-geometry × door-access (200) = 400 × $1,000 = $400,000.
    // High: 3 × 200 = 600 × $5,000 = $3,000,000.
    expect(e.totalUsd).toEqual({ low: 400_000, high: 3_000_000 });
    expect(e.notes.join(" ")).toContain("15(b): Timeclock and Vendor feed count the same identifier × method pairs (fingerprint × timeclock)");
    expect(streamed(p, f)).toEqual(e.totalUsd);
  });
});

describe("15(b): systems sharing some pairs but not all", () => {
  it("counts each in full and names the shared pair, since anyone in both is counted again for it", () => {
    const p = employerWith(
      clock("clock", "Timeclock", 100),
      clock("kiosk", "Kiosk", 100, "2024-09-02", {
        modalities: ["fingerprint", "face-geometry"],
        collection: {
          methods: ["timeclock", "vending-or-kiosk"],
          identifierMethods: [
            { identifier: "fingerprint", method: "timeclock" },
            { identifier: "face-geometry", method: "vending-or-kiosk" },
          ],
          firstCaptureDate: "2024-09-02",
        },
      }),
    );
    const f = [RELEASE_MISSING("clock"), RELEASE_MISSING("kiosk")];
    const e = estimate(p, f);
    // Timeclock 100 × 1 pair = 100; Kiosk 100 × 2 pairs (fingerprint × timeclock, face-geometry × vending-or-kiosk) = 200. Low (100 + 200) × $1,000 = $300,000; high 300 × $5,000 = $1,500,000.
    expect(e.totalUsd).toEqual({ low: 300_000, high: 1_500_000 });
    expect(e.notes.join(" ")).toContain(
      "15(b): Timeclock and Kiosk count fingerprint × timeclock, but not all the same set of pairs, so each set is counted in full; anyone in more than one of them is counted again for fingerprint × timeclock",
    );
    expect(streamed(p, f)).toEqual(e.totalUsd);
  });
});

describe("15(d): the same pairs sent to the same recipient (§1.4(c), §1.7 'Who counts under 15(d)')", () => {
  const d = (systemId: string) => finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { systemId, evidence: [`/systems/${systemId === "site-a" ? 0 : 1}/disclosures/0/exception`] });
  // The compliant profile's release stands: only the disclosure is unlawful.
  const site = (id: string, name: string, recipient: string) => ({
    id,
    name,
    subjects: [employees(100)],
    collection: { firstCaptureDate: "2024-09-02", scansPerSubjectPerYear: 500 },
    disclosures: [{ recipient, type: "processor", frequency: "per-scan", exception: "none" }],
  });

  it("reads two sites' transmissions to one payroll vendor as the same people at the low end", () => {
    const p = employerWith(site("site-a", "Site A", "Payroll Co."), site("site-b", "Site B", "Payroll Co."));
    const e = estimate(p, [d("site-a"), d("site-b")]);
    // 100 people × 1 pair × 1 recipient per site. Low: 100 × $1,000 = $100,000; high: 200 × $5,000 = $1,000,000.
    expect(e.totalUsd).toEqual({ low: 100_000, high: 1_000_000 });
    expect(e.notes.join(" ")).toContain(
      "15(d) to Payroll Co.: Site A and Site B count the same identifier × method pairs (fingerprint × timeclock). PA 103-0769 allows one recovery per person, identifier, method and recipient",
    );
    expect(streamed(p, [d("site-a"), d("site-b")])).toEqual(e.totalUsd);
  });

  it("counts each recipient in full: one recovery per recipient", () => {
    const p = employerWith(site("site-a", "Site A", "Payroll Co."), site("site-b", "Site B", "Other Payroll LLC"));
    const e = estimate(p, [d("site-a"), d("site-b")]);
    // Two recipients: 100 + 100 = 200 × $1,000 = $200,000; high 200 × $5,000 = $1,000,000.
    expect(e.totalUsd).toEqual({ low: 200_000, high: 1_000_000 });
    expect(e.notes.join(" ")).not.toContain("count the same identifier × method pairs");
    expect(streamed(p, [d("site-a"), d("site-b")])).toEqual(e.totalUsd);
  });
});

describe("ExposureTotals with lines from before samePeopleKey", () => {
  it("still reads 15(a), (c) and (e) by section and sums 15(b) lines without a key", () => {
    const line = (section: string, low: number, high: number) => ({
      ruleId: "r",
      section,
      systemId: "s",
      violations: { low: low / 1000, high: high / 5000 },
      amountUsd: { low, high },
      arithmetic: "",
      counting: "per-person" as const,
    });
    const t = new ExposureTotals();
    t.add([line("740 ILCS 14/15(a)", 120_000, 600_000), line("740 ILCS 14/15(a)", 80_000, 400_000), line("740 ILCS 14/15(b)", 100_000, 500_000), line("740 ILCS 14/15(b)", 100_000, 500_000)]);
    // 15(a) low: the larger, $120,000; 15(b) low: $100,000 + $100,000 = $200,000; total low (no stacking) $200,000.
    // High: 600,000 + 400,000 + 500,000 + 500,000 = $2,000,000.
    expect(t.totalUsd()).toEqual({ low: 200_000, high: 2_000_000 });
  });
});
