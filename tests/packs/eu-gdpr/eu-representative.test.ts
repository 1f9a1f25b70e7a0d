import { describe, expect, it } from "vitest";
import { euRepresentative } from "../../../src/packs/eu-gdpr/rules/eu-representative.js";
import { contextOf, profileWith, run } from "./fixture.js";

describe("eu-gdpr/eu-representative (§3.4 remedy templates: appoint an EU representative under Art. 27)", () => {
  it("§3.4: an organization outside the EU with people there and no representative is a violation", () => {
    const findings = run(euRepresentative, {}, { representativeInEu: false });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("Northwind Fitness Inc. has no establishment in the EU");
    expect(findings[0]?.message).toContain("(DE, FR)");
    expect(findings[0]?.evidence).toEqual(["/organization/representativeInEu", "/organization/establishedIn", "/places/subjects"]);
  });

  it("§3.4: an unknown representative is a risk", () => {
    expect(run(euRepresentative, {}, { representativeInEu: "unknown" })).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown" })]);
  });

  it("§3.4: silent when a representative is appointed, or the organization is established in the EU", () => {
    expect(run(euRepresentative)).toEqual([]);
    const established = { establishedIn: ["US-DE", "IE"], representativeInEu: false };
    expect(run(euRepresentative, {}, established)).toEqual([]);
    expect(euRepresentative.engaged?.(contextOf(profileWith({}, established)))).toBe(false);
  });

  it("§3.4: silent when the system has no people in the EU", () => {
    expect(run(euRepresentative, { places: { subjects: [{ place: "GB", count: 10 }], complete: true } }, { representativeInEu: false })).toEqual([]);
  });
});
