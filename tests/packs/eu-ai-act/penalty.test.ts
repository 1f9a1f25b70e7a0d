import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { euAiActPenalty } from "../../../src/packs/eu-ai-act/penalty.js";
import { AS_OF, profileWith } from "./fixture.js";

const violation: PenaltyContext["findings"][number] = { ruleId: "eu-ai-act/untargeted-face-scraping", systemId: "face-search", severity: "violation", basis: "fact" };
const estimate = (orgPatch = {}, asOf = AS_OF, findings = [violation]) => euAiActPenalty({ profile: profileWith({}, orgPatch), findings, applies: [0], asOf });

describe("eu-ai-act penalty (§4.8 Penalty, Applies from)", () => {
  it("§4.8 Penalty: 7% of €1,000,000,000 = €70,000,000 exceeds €35M", () => {
    const e = estimate();
    // max(€35,000,000, 7% × €1,000,000,000 = €70,000,000) = €70,000,000
    expect(e.lines[0]).toMatchObject({ low: 70_000_000, high: 70_000_000, recoveredBy: "regulator" });
    expect(e.lines[0]?.arithmetic).toBe("the higher: max(€35,000,000, 7% × €1,000,000,000 = €70,000,000) = €70,000,000");
    expect(e.notes[0]).toContain("maximum fine a national authority may impose");
  });

  it("§4.8 Penalty [S]: an SME pays at most the lower: 7% of €10,000,000 = €700,000", () => {
    const e = estimate({ smallBusiness: true, worldwideTurnoverEur: 10_000_000 });
    // min(€35,000,000, 7% × €10,000,000 = €700,000) = €700,000
    expect(e).toMatchObject({ low: 700_000, high: 700_000 });
    expect(e.lines[0]?.arithmetic).toBe("SME or start-up, the lower: min(€35,000,000, 7% × €10,000,000 = €700,000) = €700,000");
  });

  it("§4.8 Penalty: unknown SME status shows both readings", () => {
    const e = estimate({ smallBusiness: "unknown", worldwideTurnoverEur: 100_000_000 });
    // SME: min(€35,000,000, €7,000,000) = €7,000,000; otherwise max(€35,000,000, €7,000,000) = €35,000,000
    expect(e).toMatchObject({ low: 7_000_000, high: 35_000_000 });
    expect(e.notes.join(" ")).toContain("organization.smallBusiness");
  });

  it("§4.8 Penalty: unknown turnover gives €35M as a floor for a large company, €0–€35M for an SME", () => {
    const large = estimate({ worldwideTurnoverEur: "unknown" });
    // max(€35,000,000, 7% × unknown) ≥ €35,000,000
    expect(large).toMatchObject({ low: 35_000_000, high: 35_000_000 });
    expect(large.notes.join(" ")).toContain("floor");
    const sme = estimate({ worldwideTurnoverEur: "unknown", smallBusiness: true });
    // min(€35,000,000, 7% × unknown) ≤ €35,000,000
    expect(sme).toMatchObject({ low: 0, high: 35_000_000 });
  });

  it("§4.8 Applies from: before 2 Aug 2025 the penalty line is zero and says why", () => {
    const e = estimate({}, "2025-05-01");
    expect(e.lines).toEqual([expect.objectContaining({ low: 0, high: 0, arithmetic: "penalty provisions apply from 2025-08-02; on 2025-05-01: €0" })]);
    expect(e.notes.join(" ")).toContain("did not yet apply (from 2 Aug 2025)");
    expect(estimate({}, "2025-08-02").high).toBe(70_000_000);
  });

  it("§4.8: risks and systems the pack does not reach count nothing", () => {
    expect(estimate({}, AS_OF, [{ ...violation, severity: "risk", basis: "unknown" }]).lines).toEqual([]);
    expect(euAiActPenalty({ profile: profileWith(), findings: [violation], applies: [], asOf: AS_OF }).lines).toEqual([]);
  });
});
