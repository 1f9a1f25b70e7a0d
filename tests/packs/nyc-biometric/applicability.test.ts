import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/nyc-biometric/applicability.js";
import { AS_OF, profileOf } from "./fixture.js";

type Plain = Record<string, unknown>;
const decide = (system: Plain = {}, organization: Plain = {}, asOf = AS_OF) => {
  const profile = profileOf(system, organization);
  return applicability({ profile, system: profile.systems[0]!, index: 0, asOf });
};

// bipa-reference.md §4.5 "Effective" and "Scope and defined data".
describe("nyc-biometric applicability", () => {
  it("§4.5 Scope: a retail store in the city collecting customers' face data applies", () => {
    const a = decide();
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("commercial establishment (retail-store)");
  });

  it("§4.5 Effective: before 9 July 2021 the law does not apply, naming the date", () => {
    const a = decide({}, {}, "2021-07-08");
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("2021-07-09");
  });

  it("§4.5 Scope: employees are not covered", () => {
    const a = decide({ subjects: [{ population: "employees", count: 30 }] });
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons.join(" ")).toContain("covers customers, not employees");
  });

  it("§4.5 Scope: financial institutions and government are excluded; an office is no commercial establishment", () => {
    expect(decide({ premises: { kind: "financial-institution" } }).status).toBe("does-not-apply");
    expect(decide({}, { entityType: "government-unit" }).status).toBe("does-not-apply");
    expect(decide({ premises: { kind: "workplace" } }).status).toBe("does-not-apply");
    expect(decide({ premises: { kind: "food-and-drink" } }).status).toBe("applies");
    expect(decide({ premises: { kind: "entertainment-venue" } }).status).toBe("applies");
  });

  it("§4.5 Scope: a store outside the city is out whatever else is unknown", () => {
    const a = decide({ places: { subjects: [{ place: "US-NJ", count: 40 }], capture: ["US-NJ"] }, premises: { kind: "unknown" } });
    expect(a.status).toBe("does-not-apply");
  });

  it("§4.5 Scope: an unknown premises kind leaves the status unknown, naming the field", () => {
    const a = decide({ premises: { kind: "unknown" } });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("premises.kind");
  });

  it("§4.5 Scope: no subjects stated is unknown; no characteristic at all is out", () => {
    expect(decide({ subjects: [] }).status).toBe("unknown");
    expect(decide({ modalities: [] }).status).toBe("does-not-apply");
  });
});
