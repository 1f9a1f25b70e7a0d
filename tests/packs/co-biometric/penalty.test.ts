import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty } from "../../../src/packs/co-biometric/penalty.js";
import { AS_OF, profileOf } from "./fixture.js";

// bipa-reference.md §4.4 "Enforcement" and "Penalty": AG and district attorneys only, no private
// action; up to $20,000 per violation; cure period ended 1 Jan 2025; aggregate caps [UNVERIFIED].
const profile = profileOf({});
const ctx = (findings: PenaltyContext["findings"], extra: Partial<PenaltyContext> = {}): PenaltyContext => ({ profile, findings, applies: [0], asOf: AS_OF, ...extra });
const violation = { ruleId: "co-biometric/written-policy", systemId: "denver-timeclock", severity: "violation" as const, basis: "fact" as const };

describe("co-biometric penalty", () => {
  it("§4.4 Penalty: one violated duty on a system of 40 Colorado employees: $20,000 to $800,000, a regulator's maximum", () => {
    const e = penalty(ctx([violation]));
    // low: 1 duty × $20,000 = $20,000; high: 40 people × $20,000 = $800,000
    expect(e.low).toBe(20_000);
    expect(e.high).toBe(800_000);
    expect(e.lines).toHaveLength(1);
    expect(e.lines[0]!.recoveredBy).toBe("regulator");
    expect(e.lines[0]!.arithmetic).toBe("Per breached duty: 1 × up to $20,000 = $20,000; per person in Colorado: 40 × up to $20,000 = $800,000");
    expect(e.notes.join(" ")).toContain("A statutory maximum a regulator may seek, not damages");
    expect(e.notes.join(" ")).toContain("not settled in the reference");
    expect(e.notes.join(" ")).toContain("ended on 2025-01-01");
    expect(e.notes.join(" ")).toContain("[UNVERIFIED]");
  });

  it("§4.4 Penalty: two violations add up line by line", () => {
    const e = penalty(ctx([violation, { ...violation, ruleId: "co-biometric/public-policy" }]));
    // low: 2 × $20,000 = $40,000; high: 2 × 40 × $20,000 = $1,600,000
    expect(e.low).toBe(40_000);
    expect(e.high).toBe(1_600_000);
  });

  it("§4.4 Penalty: risks, unknown facts and systems the pack does not reach are not counted", () => {
    const e = penalty(ctx([{ ...violation, severity: "risk" }, { ...violation, basis: "unknown" }, violation], { applies: [] }));
    expect(e.low).toBe(0);
    expect(e.high).toBe(0);
    expect(e.lines).toEqual([]);
  });

  it("§4.4 Penalty: with no Colorado head count, the high figure falls back to the per-duty reading and says so", () => {
    const unknownPeople = profileOf({ places: { subjects: [{ place: "US-CO", count: "unknown" }] } });
    const e = penalty({ profile: unknownPeople, findings: [violation], applies: [0], asOf: AS_OF });
    // low = high = 1 × $20,000 = $20,000
    expect(e.high).toBe(20_000);
    expect(e.lines[0]!.arithmetic).toContain("not computed");
    expect(e.notes.join(" ")).toContain("falls back to the per-duty reading");
  });

  it("§4.4 Retention: the note on the unchosen deletion reading appears only while it is unchosen", () => {
    expect(penalty(ctx([])).notes.join(" ")).toContain("deletion deadline is not chosen");
    expect(penalty(ctx([], { options: { "co-biometric/deletion-deadline": "two-years-of-collection" } })).notes.join(" ")).not.toContain("not chosen");
  });
});
