import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty, PER_VIOLATION_USD } from "../../../src/packs/tx-cubi/penalty.js";
import { AS_OF, compliantData, merge, parse } from "./fixture.js";

type Finding = PenaltyContext["findings"][number];
const v = (ruleId: string, systemId = "timeclock"): Finding => ({ ruleId, systemId, severity: "violation", basis: "fact" });

function estimate(findings: Finding[], systemPatch: Record<string, unknown> = {}) {
  const systems = (compliantData.systems as Array<Record<string, unknown>>).map((s) => merge(s, systemPatch));
  const profile = parse({ ...compliantData, systems });
  return penalty({ profile, findings, applies: [0], asOf: AS_OF });
}

describe("tx-cubi penalty", () => {
  it("§4.1 Penalty: $25,000 per violation is the figure of §503.001(d)", () => {
    expect(PER_VIOLATION_USD).toBe(25_000);
  });
  it("§4.1 Penalty: two duties broken for 120 Texans, both readings of 'violation'", () => {
    const e = estimate([v("tx-cubi/consent-before-capture"), v("tx-cubi/reasonable-care"), v("tx-cubi/reasonable-care")]);
    // per practice: 2 duties × $25,000 = $50,000
    // per person: 2 duties × 120 people × $25,000 = $6,000,000
    expect(e.lines).toHaveLength(1);
    expect(e.lines[0]).toMatchObject({ low: 50_000, high: 6_000_000, recoveredBy: "regulator", section: "Tex. Bus. & Com. Code §503.001(d)" });
    expect(e.lines[0]?.arithmetic).toBe("per practice: 2 duties × $25,000 = $50,000; per person: 2 duties × 120 people in Texas × $25,000 = $6,000,000");
    expect(e).toMatchObject({ currency: "USD", low: 50_000, high: 6_000_000 });
  });
  it("§4.1 Penalty: rules resting on one subsection count as one duty ((b): notice and consent; (c)(1): sale and disclosure)", () => {
    const e = estimate([v("tx-cubi/inform-before-capture"), v("tx-cubi/consent-before-capture"), v("tx-cubi/no-sale-or-lease"), v("tx-cubi/disclosure-exceptions")]);
    // per practice: 2 duties × $25,000 = $50,000; per person: 2 duties × 120 people × $25,000 = $6,000,000
    expect(e.lines[0]).toMatchObject({ low: 50_000, high: 6_000_000, label: "Houston timeclock: 2 duties broken (§503.001(b), (c)(1))" });
  });
  it("§4.1 Enforcement: the figure is a statutory maximum the Attorney General may seek, and both readings are notes", () => {
    const e = estimate([v("tx-cubi/reasonable-care")]);
    const notes = e.notes.join(" ");
    expect(notes).toContain("statutory maxima the Attorney General may seek");
    expect(notes).toContain("no private right of action");
    expect(notes).toContain("not settled in the reference");
    expect(notes).toContain("Low reading");
    expect(notes).toContain("High reading");
  });
  it("§4.1 Key enforcement actions: Meta and Google appear as context, not predictions", () => {
    const notes = estimate([]).notes.join(" ");
    expect(notes).toContain("$1.4B");
    expect(notes).toContain("$1.375B");
    expect(notes).toContain("not a prediction");
  });
  it("§4.1 Penalty: risks and unknowns are not counted", () => {
    const e = estimate([{ ruleId: "tx-cubi/reasonable-care", systemId: "timeclock", severity: "risk", basis: "unknown" }]);
    expect(e.lines).toEqual([]);
    expect(e.high).toBe(0);
    expect(e.notes.join(" ")).toContain("1 risk or note");
  });
  it("§4.1 Penalty: an uncounted Texas population leaves only the per-practice reading", () => {
    const e = estimate([v("tx-cubi/reasonable-care")], { places: { subjects: [{ place: "US-TX", count: "unknown" }] } });
    // per practice: 1 duty × $25,000 = $25,000; per person not computed
    expect(e.lines[0]).toMatchObject({ low: 25_000, high: 25_000 });
    expect(e.lines[0]?.arithmetic).toContain("not computed");
  });
  it("§4.1 Penalty: an open-ended count is shown as 'at least'", () => {
    const e = estimate([v("tx-cubi/reasonable-care")], { places: { subjects: [{ place: "US-TX", count: { atLeast: 10 } }] } });
    // per person: 1 duty × at least 10 people × $25,000 = $250,000
    expect(e.lines[0]?.arithmetic).toContain("1 duty × at least 10 people in Texas × $25,000 = $250,000");
    expect(e.lines[0]?.high).toBe(250_000);
  });
  it("§4.1 Penalty: only systems the Act applies to are counted", () => {
    const profile = parse(compliantData);
    const e = penalty({ profile, findings: [v("tx-cubi/reasonable-care")], applies: [], asOf: AS_OF });
    expect(e.lines).toEqual([]);
  });
  it("§4.1 Exemptions ('From 1 Jan 2026'): an exempt AI system capturing since 2025 is counted for its earlier conduct, per person at most, with a note (ERROR 2)", () => {
    const securityAi = {
      purposes: ["security"],
      aiTraining: { usedToTrain: true, systemUniquelyIdentifies: true, securityOrFraudPurpose: true, laterCommercialUse: false },
      collection: { firstCaptureDate: "2025-03-01" },
    };
    const e = estimate([v("tx-cubi/consent-before-capture")], securityAi);
    // per practice: 1 duty × $25,000 = $25,000
    // per person: 1 duty × 120 people (at most: those captured before 2026-01-01) × $25,000 = $3,000,000
    expect(e).toMatchObject({ low: 25_000, high: 3_000_000 });
    expect(e.lines[0]?.arithmetic).toBe("per practice: 1 duty × $25,000 = $25,000; per person: 1 duty × 120 people in Texas (at most: only those captured before 2026-01-01 count) × $25,000 = $3,000,000");
    const note = e.notes.find((n) => n.includes("HB 149"));
    expect(note).toContain("covers only conduct from that day");
    expect(note).toContain("not addressed by the reference");
  });
  it("§4.1 Exemptions: no HB 149 note or 'at most' for a system outside the exemption (must not fire)", () => {
    const e = estimate([v("tx-cubi/consent-before-capture")]);
    expect(e.notes.join(" ")).not.toContain("HB 149");
    expect(e.lines[0]?.arithmetic).not.toContain("at most");
  });
});
