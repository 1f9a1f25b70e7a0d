import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/wa-mhmda/applicability.js";
import { contextWith } from "./fixture.js";

const decide = (...args: Parameters<typeof contextWith>) => applicability(contextWith(...args));

describe("wa-mhmda applicability", () => {
  it("§4.2 MHMDA Scope: a controller collecting Washington consumers' face data applies", () => {
    const a = decide();
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("consumer health data");
  });
  it("§4.2 MHMDA Effective: before 31 Mar 2024 the Act does not apply, and says why", () => {
    const a = decide({}, { asOf: "2024-03-30" });
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("2024-03-31");
  });
  it("§4.2 MHMDA Effective: small businesses only from 30 June 2024", () => {
    const small = { organization: { smallBusiness: true } };
    expect(decide({}, { ...small, asOf: "2024-05-01" })).toMatchObject({ status: "does-not-apply", evidence: ["/organization/smallBusiness"] });
    expect(decide({}, { ...small, asOf: "2024-06-30" }).status).toBe("applies");
    expect(decide({}, { organization: { smallBusiness: "unknown" }, asOf: "2024-05-01" }).status).toBe("unknown");
    expect(decide({}, { organization: { smallBusiness: "unknown" } }).status).toBe("applies");
  });
  it("§4.2 MHMDA Scope: a processor is not a regulated entity; an unknown role is named", () => {
    expect(decide({}, { organization: { role: "processor" } }).status).toBe("does-not-apply");
    expect(decide({}, { organization: { role: "unknown" } })).toMatchObject({ status: "unknown", evidence: ["/organization/role"] });
    expect(decide({}, { organization: { role: "both" } }).status).toBe("applies");
  });
  it("§4.2 MHMDA Defined data: photographs are not excluded, and gait or keystroke patterns count", () => {
    expect(decide({ derivedFromPhotographs: true }).status).toBe("applies");
    expect(decide({ modalities: [], otherTraits: ["keystroke dynamics"] }).status).toBe("applies");
    expect(decide({ modalities: [], otherTraits: ["signature"] }).status).toBe("does-not-apply");
  });
  it("§4.2 MHMDA Defined data: palm and vein patterns in otherTraits are biometric data (ERROR 1, legal-sweep-6)", () => {
    // bipa-reference.md §4.2 MHMDA "Defined data": "iris, retina, fingerprint, face, hand, palm, vein patterns and voice".
    const palm = decide({ modalities: [], otherTraits: ["palm-vein"], outputCanIdentify: true });
    expect(palm.status).toBe("applies");
    expect(palm.evidence).toContain("/otherTraits/0");
    expect(palm.reasons.join(" ")).toContain("collects palm-vein; the Act names palm and vein among biometric data");
    expect(decide({ modalities: [], otherTraits: ["hand vein pattern"] }).status).toBe("applies");
    expect(decide({ modalities: [], otherTraits: ["gait"] }).status).toBe("applies");
    expect(decide({ modalities: [], otherTraits: ["signature", "palmprint"] })).toMatchObject({ status: "applies", evidence: ["/places/subjects/0/count", "/otherTraits/1", "/organization/role"] });
  });
  it("§4.2 MHMDA Defined data: a trait the tool cannot read is left open, not ruled out", () => {
    const ear = decide({ modalities: [], otherTraits: ["ear shape"] });
    expect(ear).toMatchObject({ status: "unknown", evidence: ["/otherTraits/0"] });
    expect(ear.reasons[0]).toContain("ear shape");
    // A fact that takes the system out still decides: a processor is not a regulated entity.
    expect(decide({ modalities: [], otherTraits: ["ear shape"] }, { organization: { role: "processor" } }).status).toBe("does-not-apply");
  });
  it("§4.2 MHMDA Defined data: no modality and no trait at all is out (must not fire)", () => {
    expect(decide({ modalities: [], otherTraits: [] })).toMatchObject({ status: "does-not-apply", evidence: ["/modalities", "/otherTraits"] });
  });
  it("§4.2 MHMDA Scope: no consumers and no collection in Washington is out, whatever else is unknown", () => {
    const a = decide({ places: { subjects: [{ place: "US-ID", count: 5 }], complete: true, capture: ["US-ID"] } }, { organization: { role: "unknown" } });
    expect(a.status).toBe("does-not-apply");
  });
  it("§4.2 MHMDA Scope: a non-resident captured in Washington is a consumer", () => {
    expect(decide({ places: { subjects: [{ place: "US-OR", count: 5 }], complete: true, capture: ["US-WA"] } }).status).toBe("applies");
  });
  it("§4.2 MHMDA Scope: unknown places are named", () => {
    expect(decide({ places: null })).toMatchObject({ status: "unknown", evidence: ["/places/subjects", "/places/capture"] });
  });
});
