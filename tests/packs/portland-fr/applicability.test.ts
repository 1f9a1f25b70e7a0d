import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/portland-fr/applicability.js";
import { AS_OF, failingSystem, profileOf } from "./fixture.js";

type Plain = Record<string, unknown>;
const decide = (system: Plain = {}, organization: Plain = {}, asOf = AS_OF) => {
  const profile = profileOf(system, organization);
  return applicability({ profile, system: profile.systems[0]!, index: 0, asOf });
};

// bipa-reference.md §4.6 "Effective" and "Scope and trigger".
describe("portland-fr applicability", () => {
  it("§4.6 Scope: a private entity's face recognition in a Portland store applies", () => {
    const a = decide(failingSystem);
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("open to the public (a place of public accommodation)");
  });

  it("§4.6 Effective: before 1 January 2021 it does not apply, naming the date", () => {
    const a = decide(failingSystem, {}, "2020-12-31");
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("2021-01-01");
  });

  it("§4.6 Scope: face only; fingerprints are out", () => {
    const a = decide({ modalities: ["fingerprint"] });
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons.join(" ")).toContain("faces only");
  });

  it("§4.6 Scope: private clubs, residences, online services and premises closed to the public are out", () => {
    for (const premises of [{ kind: "private-club", openToPublic: "unknown" }, { kind: "residence", openToPublic: "unknown" }, { kind: "online", openToPublic: "unknown" }, { kind: "workplace", openToPublic: false }]) {
      expect(decide({ premises }).status).toBe("does-not-apply");
    }
  });

  it("§4.6 Scope: a government unit is not a private entity", () => {
    expect(decide({}, { entityType: "government-unit" }).status).toBe("does-not-apply");
  });

  it("§4.6 Scope: outside Portland is out whatever else is unknown; unknown places leave it unknown", () => {
    expect(decide({ places: { subjects: [], capture: ["US-OR"] }, premises: { kind: "unknown", openToPublic: "unknown" } }).status).toBe("does-not-apply");
    const a = decide({ places: { subjects: [], capture: "unknown" } });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("places.capture");
  });

  it("§4.6 Scope: whether premises are open to the public, unknown and not told by their kind, is unknown naming the field", () => {
    const a = decide({ premises: { kind: "other", openToPublic: "unknown" } });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("premises.openToPublic");
  });

  it("§4.6 Scope: face detection that identifies nobody is left open, with the social-media exception named", () => {
    const a = decide({ faceMatching: "detection-only" });
    expect(a.status).toBe("unknown");
    expect(a.reasons[0]).toContain("social-media apps as an exception");
  });
});
