import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty } from "../../../src/packs/portland-fr/penalty.js";
import { AS_OF, failingSystem, profileOf } from "./fixture.js";

// bipa-reference.md §4.6 "Enforcement and penalty": a person injured by a material violation: actual
// damages or $1,000 per day of violation, whichever is greater, plus fees. Per plaintiff, never × customers.
const ban = { ruleId: "portland-fr/face-recognition-ban", systemId: "pearl-store-cameras", severity: "violation" as const, basis: "fact" as const };
const ctx = (system: Record<string, unknown>, findings: PenaltyContext["findings"] = [ban]): PenaltyContext => ({
  profile: profileOf({ ...failingSystem, ...system }),
  findings,
  applies: [0],
  asOf: AS_OF,
});

describe("portland-fr penalty", () => {
  it("§4.6 Penalty: per injured person, $1,000 for each day of use, never multiplied by the customers", () => {
    // 2026-01-01 to 2026-11-22 = 326 days × $1,000 = $326,000 (per plaintiff; 800 customers not multiplied)
    const e = penalty(ctx({}));
    expect(e.low).toBe(326_000);
    expect(e.high).toBe(326_000);
    expect(e.lines[0]!.arithmetic).toBe("Per injured person: 326 days (2026-01-01 to 2026-11-22) × $1,000 = $326,000");
    expect(e.lines[0]!.recoveredBy).toBe("private-plaintiffs");
    const notes = e.notes.join(" ");
    expect(notes).toContain('"a person injured by a material violation"');
    expect(notes).toContain("800 people are captured in Portland");
    expect(notes).toContain("a class reading) is not settled");
  });

  it("§4.6 Effective: days before 1 January 2021 are not counted", () => {
    // 2021-01-01 to 2021-03-31 = 31 + 28 + 31 = 90 days × $1,000 = $90,000
    const e = penalty(ctx({ collection: { methods: ["cctv"], firstCaptureDate: "2020-06-01", lastCaptureDate: "2021-03-31" } }));
    expect(e.high).toBe(90_000);
  });

  it("§4.6 Penalty: month-precise dates give a low and a high", () => {
    // low: 2026-01-31 to 2026-10-01 = 244 days → $244,000; high: 2026-01-01 to 2026-10-31 = 304 days → $304,000
    const e = penalty(ctx({ collection: { methods: ["cctv"], firstCaptureDate: "2026-01", lastCaptureDate: "2026-10" } }));
    expect(e.low).toBe(244_000);
    expect(e.high).toBe(304_000);
    expect(e.lines[0]!.arithmetic).toContain("low 244 days");
  });

  it("§4.6 Penalty: an unknown capture date is a note, not a figure; risks are not counted", () => {
    const e = penalty(ctx({ collection: { methods: ["cctv"], firstCaptureDate: "unknown", lastCaptureDate: "ongoing" } }));
    expect(e.lines).toEqual([]);
    expect(e.notes.join(" ")).toContain("days of use are not counted");
    expect(penalty(ctx({}, [{ ...ban, severity: "risk" }])).high).toBe(0);
  });
});
