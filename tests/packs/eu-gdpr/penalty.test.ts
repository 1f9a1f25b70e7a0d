import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { euGdprPenalty } from "../../../src/packs/eu-gdpr/penalty.js";
import { AS_OF, profileWith } from "./fixture.js";

type Finding = PenaltyContext["findings"][number];
const violation = (ruleId: string): Finding => ({ ruleId, systemId: "gym-checkin", severity: "violation", basis: "fact" });

describe("eu-gdpr penalty (§4.7 Penalty: Art. 83(5), €20M or 4%, whichever higher)", () => {
  it("§4.7 Penalty: 4% of €2,000,000,000 = €80,000,000 exceeds €20M", () => {
    const estimate = euGdprPenalty({ profile: profileWith({}, { worldwideTurnoverEur: 2_000_000_000 }), findings: [violation("eu-gdpr/special-category-condition")], applies: [0], asOf: AS_OF });
    expect(estimate.currency).toBe("EUR");
    // max(€20,000,000, 4% × €2,000,000,000 = €80,000,000) = €80,000,000
    expect(estimate.lines[0]).toMatchObject({ low: 80_000_000, high: 80_000_000, recoveredBy: "regulator" });
    expect(estimate.lines[0]?.arithmetic).toBe("max(€20,000,000, 4% × €2,000,000,000 = €80,000,000) = €80,000,000");
    expect(estimate.notes[0]).toContain("maximum fine a supervisory authority may impose");
  });

  it("§4.7 Penalty: 4% of €300,000,000 = €12,000,000 is below the €20M floor", () => {
    const estimate = euGdprPenalty({ profile: profileWith(), findings: [violation("eu-gdpr/special-category-condition")], applies: [0], asOf: AS_OF });
    // max(€20,000,000, 4% × €300,000,000 = €12,000,000) = €20,000,000
    expect(estimate).toMatchObject({ low: 20_000_000, high: 20_000_000 });
  });

  it("§4.7 Penalty: unknown turnover shows the €20M arm and a note", () => {
    const estimate = euGdprPenalty({ profile: profileWith({}, { worldwideTurnoverEur: "unknown" }), findings: [violation("eu-gdpr/special-category-condition")], applies: [0], asOf: AS_OF });
    // max(€20,000,000, 4% × unknown) ≥ €20,000,000
    expect(estimate.high).toBe(20_000_000);
    expect(estimate.lines[0]?.arithmetic).toBe("max(€20,000,000, 4% × unknown turnover) ≥ €20,000,000");
    expect(estimate.notes.join(" ")).toContain("organization.worldwideTurnoverEur");
  });

  it("§4.7 Penalty: one cap for the organization, however many findings and systems", () => {
    const findings = [violation("eu-gdpr/special-category-condition"), { ...violation("eu-gdpr/special-category-condition"), systemId: "other" }];
    const estimate = euGdprPenalty({ profile: profileWith(), findings, applies: [0], asOf: AS_OF });
    expect(estimate.lines).toHaveLength(1);
    expect(estimate.lines[0]?.label).toContain("1 infringement finding of Arts. 5 or 9 on 1 system");
  });

  it("§4.7 Penalty: risks, findings under other tiers (Arts. 15, 27, 35) and systems the pack does not reach count nothing", () => {
    const findings = [
      { ...violation("eu-gdpr/special-category-condition"), severity: "risk" as const, basis: "unknown" as const },
      violation("eu-gdpr/access-requests"),
      violation("eu-gdpr/eu-representative"),
      violation("eu-gdpr/impact-assessment"),
    ];
    const estimate = euGdprPenalty({ profile: profileWith(), findings, applies: [0], asOf: AS_OF });
    expect(estimate).toMatchObject({ low: 0, high: 0, lines: [] });
    expect(estimate.notes.join(" ")).toContain("Arts. 15, 27 and 35");
    expect(euGdprPenalty({ profile: profileWith(), findings: [violation("eu-gdpr/special-category-condition")], applies: [], asOf: AS_OF }).lines).toEqual([]);
  });

  it("§3.4: the Clearview fines and periodic penalties are reference points in the notes", () => {
    const notes = euGdprPenalty({ profile: profileWith(), findings: [], applies: [0], asOf: AS_OF }).notes.join(" ");
    expect(notes).toContain("€30.5M");
    expect(notes).toContain("€100,000 a day");
  });
});
