import { describe, expect, it } from "vitest";
import { caCcpaApplicability } from "../../../src/packs/ca-ccpa/applicability.js";
import { contextOf, profileWith } from "./fixture.js";

const decide = (systemPatch = {}, orgPatch = {}, asOf?: string) => caCcpaApplicability(contextOf(profileWith(systemPatch, orgPatch), asOf));

describe("ca-ccpa applicability (§4.3 Effective, Scope, Defined data)", () => {
  it("§4.3 Scope: applies to a for-profit business over the revenue threshold with Californians identified by biometrics", () => {
    const result = decide();
    expect(result.status).toBe("applies");
    expect(result.reasons[0]).toContain("$40,000,000 is over $26,625,000");
    expect(result.reasons[0]).toContain("employee data included since 1 Jan 2023");
  });

  it("§4.3 Effective: an asOf before 1 Jan 2023 does not apply, and the reason names the date", () => {
    const result = decide({}, {}, "2022-12-31");
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons[0]).toContain("1 Jan 2023");
    expect(decide({}, {}, "2023-01-01").status).toBe("applies");
  });

  it("§4.3 Scope: the revenue threshold is $25M before 1 Jan 2025 and $26,625,000 from it", () => {
    const org = { annualRevenueUsd: 26_000_000 };
    expect(decide({}, org, "2024-12-31").status).toBe("applies");
    expect(decide({}, org, "2025-01-01").status).toBe("does-not-apply");
  });

  it("§4.3 Scope: the consumer-count and revenue-share thresholds each suffice", () => {
    expect(decide({}, { annualRevenueUsd: 1_000_000, personalInformationTrade: { consumersPerYear: 100_000 } }).status).toBe("applies");
    expect(decide({}, { annualRevenueUsd: 1_000_000, personalInformationTrade: { revenueShare: 0.5 } }).status).toBe("applies");
    expect(decide({}, { annualRevenueUsd: 1_000_000, personalInformationTrade: { consumersPerYear: 99_999, revenueShare: 0.49 } }).status).toBe("does-not-apply");
  });

  it("§4.3 Scope: a met threshold decides even when the other thresholds are unknown", () => {
    expect(decide({}, { personalInformationTrade: { consumersPerYear: "unknown", revenueShare: "unknown" } }).status).toBe("applies");
  });

  it("§4.3 Scope: thresholds not met and not known make the status unknown, naming the fields", () => {
    const result = decide({}, { annualRevenueUsd: "unknown", personalInformationTrade: { consumersPerYear: 10, revenueShare: "unknown" } });
    expect(result.status).toBe("unknown");
    expect(result.reasons.join(" ")).toContain("organization.annualRevenueUsd");
  });

  it("§4.3 Scope: a non-profit is out whatever else is unknown", () => {
    const result = decide({ places: { subjects: [], complete: "unknown" } }, { forProfit: false, annualRevenueUsd: "unknown" });
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons[0]).toContain("not run for profit");
  });

  it("§4.3 Scope: no people in California decides (a zero count, or a complete list without California)", () => {
    expect(decide({ places: { subjects: [{ place: "US-CA", count: 0 }] } }, { forProfit: "unknown" }).status).toBe("does-not-apply");
    const other = decide({ places: { subjects: [{ place: "US-TX", count: 10 }], complete: true } });
    expect(other.status).toBe("does-not-apply");
    expect(other.reasons[0]).toContain("no people in California");
  });

  it("§4.3 Scope: a city in California counts as California", () => {
    expect(decide({ places: { subjects: [{ place: "US-CA/san-francisco", count: 3 }] } }).status).toBe("applies");
  });

  it("§4.3 Scope: California not listed and the list not complete is unknown, naming places.subjects", () => {
    const result = decide({ places: { subjects: [{ place: "US-TX", count: 10 }], complete: "unknown" } });
    expect(result.status).toBe("unknown");
    expect(result.reasons[0]).toContain("places.subjects");
  });

  it("§4.3 Defined data: biometric information not used to identify people is not sensitive personal information", () => {
    expect(decide({ dataProtection: { purposeUniquelyIdentifies: false } }).status).toBe("does-not-apply");
    expect(decide({ dataProtection: { purposeUniquelyIdentifies: "unknown" }, faceMatching: "detection-only" }).status).toBe("does-not-apply");
    expect(decide({ modalities: [] }).status).toBe("does-not-apply");
  });

  it("§4.3 Defined data: the matching mode decides when the purpose is not stated; neither known is unknown", () => {
    expect(decide({ dataProtection: { purposeUniquelyIdentifies: "unknown" }, faceMatching: "identification" }).status).toBe("applies");
    const result = decide({ dataProtection: { purposeUniquelyIdentifies: "unknown" }, faceMatching: "unknown" });
    expect(result.status).toBe("unknown");
    expect(result.reasons[0]).toContain("dataProtection.purposeUniquelyIdentifies");
  });
});
