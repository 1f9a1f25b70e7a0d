import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { employees, employerWith } from "./helpers.js";

/*
 * bipa-reference.md §1.3 15(b) "Who may sign" and "Bargaining-unit employees": the release must be
 * executed by the subject or the subject's legally authorized representative, and a union acts in that
 * role for the workers it represents. For a group stated not to be union-represented, the union's
 * signature is no release, so the estimate counts them as captured without one (§1.7 "Who counts
 * under 15(b)"), as the 15(b)(3) rule grades it. AS_OF 2026-11-22; capture from 2025-01-02, after
 * PA 103-0769: one recovery per person and pair.
 */
const AS_OF = "2026-11-22";

function plant(release: Record<string, unknown>, contractors: Record<string, unknown> = {}) {
  return employerWith({
    subjects: [
      employees(200, { unionRepresented: true, collectiveBargaining: { covered: true, union: "Teamsters Local 179" } }),
      { ...employees(60, { unionRepresented: false }), population: "contractors", ...contractors },
    ],
    release: { type: "wet-signature", employmentCondition: false, obtainedBeforeEachCapture: true, coversAllSubjects: true, date: "2024-12-01", ...release },
    collection: { firstCaptureDate: "2025-01-02" },
  });
}

describe("a union's signature for people it does not represent (§1.3, §1.7)", () => {
  it("counts the unrepresented contractors as without a release; the represented bargaining unit is not counted", () => {
    const e = audit(plant({ signedBy: "union" }), { asOf: AS_OF }).exposure!;
    const line = e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(b)")!;
    // 60 contractors × 1 pair (fingerprint × timeclock) = 60; low 60 × $1,000 = $60,000; high 60 × $5,000 = $300,000.
    expect(line.amountUsd).toEqual({ low: 60_000, high: 300_000 });
    expect(e.notes.join(" ")).toContain("the union signed the release for the contractors");
    // The union signed for the 200 bargaining-unit employees it represents: nothing of theirs is counted, apart or not.
    expect(e.systems[0]!.apart ?? []).toEqual([]);
  });

  it("reads a group's own signedBy: union the same way", () => {
    const e = audit(plant({ signedBy: "subject" }, { release: { status: "before-first-capture", signedBy: "union" } }), { asOf: AS_OF }).exposure!;
    expect(e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(b)")?.amountUsd).toEqual({ low: 60_000, high: 300_000 });
  });

  it("representation unknown, beside a group with no release: the low figure reads the union's signature as a release, the high figure does not (§1.7: low narrow, high wide)", () => {
    const p = employerWith({
      subjects: [
        { ...employees(60, { unionRepresented: "unknown" }), population: "contractors" },
        { ...employees(10), population: "visitors", release: { status: "none" } },
      ],
      release: { type: "wet-signature", signedBy: "union", employmentCondition: false, obtainedBeforeEachCapture: true, coversAllSubjects: true, date: "2024-12-01" },
      collection: { firstCaptureDate: "2025-01-02" },
    });
    const e = audit(p, { asOf: AS_OF }).exposure!;
    // Low: the 10 visitors × 1 pair × $1,000 = $10,000; high: (10 + 60) × 1 pair × $5,000 = $350,000.
    expect(e.systems[0]!.lines.find((l) => l.section === "740 ILCS 14/15(b)")?.amountUsd).toEqual({ low: 10_000, high: 350_000 });
    expect(e.notes.join(" ")).toContain("whether it represents them is unknown (unionRepresented)");
  });

  it("counts nobody when each signed for themselves", () => {
    const e = audit(plant({ signedBy: "subject" }), { asOf: AS_OF }).exposure!;
    expect(e.systems[0]!.lines.filter((l) => l.section === "740 ILCS 14/15(b)")).toEqual([]);
  });
});
