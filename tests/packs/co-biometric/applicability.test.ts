import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/co-biometric/applicability.js";
import { AS_OF, profileOf } from "./fixture.js";

type Plain = Record<string, unknown>;
const decide = (system: Plain = {}, organization: Plain = {}, asOf = AS_OF) => {
  const profile = profileOf(system, organization);
  return applicability({ profile, system: profile.systems[0]!, index: 0, asOf });
};

// bipa-reference.md §4.4 "Dates" and "Scope": any controller processing any amount of biometric
// identifiers, employees and applicants covered, from 1 July 2025.
describe("co-biometric applicability", () => {
  it("§4.4 Scope: a controller's Denver timeclock applies, with the no-threshold and employee reasons", () => {
    const a = decide();
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("Denver timeclock has people in Colorado (US-CO/denver)");
    expect(a.reasons.join(" ")).toContain("employees and job applicants are covered");
  });

  it("§4.4 Dates: an assessment date before 1 July 2025 does not apply, naming the date", () => {
    const a = decide({}, {}, "2025-06-30");
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("takes effect on 2025-07-01");
  });

  it("§4.4 Scope: any amount: a single person in Colorado is enough", () => {
    expect(decide({ places: { subjects: [{ place: "US-CO", count: 1 }], capture: ["US-TX"] } }).status).toBe("applies");
  });

  it("§4.4 Scope: no people and no capture in Colorado is out whatever else is unknown", () => {
    const a = decide({ places: { subjects: [{ place: "US-TX", count: 40 }], complete: true, capture: ["US-TX"] } }, { role: "unknown" });
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons.join(" ")).toContain("has no people in Colorado and captures nothing there");
  });

  it("§4.4 Scope: an incomplete list of where people live does not rule Colorado residents out, even with capture elsewhere", () => {
    const a = decide({ places: { subjects: [{ place: "US-TX", count: 40 }], capture: ["US-TX"] } }, { role: "controller" });
    expect(a.status).toBe("unknown");
    expect(a.reasons.join(" ")).toContain("places.subjects");
  });

  it("§4.4 Scope: where people and capture are unknown, the status is unknown and names the fields", () => {
    const a = decide({ places: { subjects: [], capture: "unknown" } });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("places.subjects, places.capture");
  });

  it("§4.4 Scope: a processor is not a controller; an unknown role leaves the status unknown", () => {
    expect(decide({}, { role: "processor" }).status).toBe("does-not-apply");
    const a = decide({}, { role: "unknown" });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("organization.role");
    expect(a.evidence).toEqual([{ pointer: "/organization/role" }]);
  });

  it("§4.4 Defined data: no identifier and no trait is out; a trait that can identify applies; one not known to identify is unknown", () => {
    expect(decide({ modalities: [] }).status).toBe("does-not-apply");
    expect(decide({ modalities: [], otherTraits: ["gait"], outputCanIdentify: true }).status).toBe("applies");
    expect(decide({ modalities: [], otherTraits: ["gait"], outputCanIdentify: false }).status).toBe("does-not-apply");
    expect(decide({ modalities: [], otherTraits: ["gait"] }).reasons[0]).toContain("outputCanIdentify");
  });
});
