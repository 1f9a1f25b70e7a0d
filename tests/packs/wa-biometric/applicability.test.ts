import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/wa-biometric/applicability.js";
import { contextWith } from "./fixture.js";

const decide = (...args: Parameters<typeof contextWith>) => applicability(contextWith(...args));

describe("wa-biometric applicability", () => {
  it("§4.2 RCW 19.375 Scope and trigger: fingerprints enrolled for marketing from people in Washington apply", () => {
    const a = decide();
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("marketing, a commercial purpose");
  });
  it("§4.2 RCW 19.375 Effective: before 23 July 2017 the chapter does not apply, and says why", () => {
    const a = decide({}, { asOf: "2017-07-22" });
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("2017-07-23");
    expect(decide({}, { asOf: "2017-07-23" }).status).toBe("applies");
  });
  it("§4.2 RCW 19.375 Scope: no people and no capture in Washington is out, whatever else is unknown", () => {
    const a = decide({ places: { subjects: [{ place: "US-OR", count: 9 }], complete: true, capture: ["US-OR"] }, commerce: null, purposes: [] });
    expect(a.status).toBe("does-not-apply");
  });
  it("§4.2 RCW 19.375 Scope: unknown places are named", () => {
    expect(decide({ places: null })).toMatchObject({ status: "unknown", evidence: ["/places/subjects", "/places/capture"] });
  });
  it("§4.2 RCW 19.375 Scope and trigger: security or law-enforcement purposes only are not commercial", () => {
    const a = decide({ purposes: ["secure-access"], disclosures: [] });
    expect(a).toMatchObject({ status: "does-not-apply", evidence: ["/purposes"] });
  });
  it("§4.2 RCW 19.375 Scope and trigger: no sale and no marketing disclosure is not a commercial purpose", () => {
    expect(decide({ purposes: ["timekeeping"], disclosures: [] }).status).toBe("does-not-apply");
  });
  it("§4.2 RCW 19.375 Scope and trigger: a sale makes it commercial; unknown commerce leaves it open", () => {
    expect(decide({ purposes: ["timekeeping"], disclosures: [], commerce: { sells: true } }).status).toBe("applies");
    expect(decide({ purposes: ["timekeeping"], disclosures: [], commerce: null })).toMatchObject({ status: "unknown", evidence: ["/commerce"] });
  });
  it("§4.2 RCW 19.375 Defined data [S]: face geometry from photographs or video is excluded; unknown origin is open", () => {
    expect(decide({ modalities: ["face-geometry"], derivedFromPhotographs: true }).status).toBe("does-not-apply");
    expect(decide({ modalities: ["face-geometry"], derivedFromPhotographs: false, collection: { methods: ["cctv"] } }).status).toBe("does-not-apply");
    expect(decide({ modalities: ["face-geometry"] })).toMatchObject({ status: "unknown", evidence: ["/derivedFromPhotographs"] });
    expect(decide({ modalities: ["face-geometry"], derivedFromPhotographs: false }).status).toBe("applies");
    expect(decide({ modalities: [] }).status).toBe("does-not-apply");
  });
  it("§4.2 RCW 19.375 Exclusions: HIPAA activities and GLBA financial institutions are out", () => {
    expect(decide({ healthcare: { hipaaTreatmentPaymentOperations: true } }).status).toBe("does-not-apply");
    expect(decide({}, { organization: { glba: { titleVSubject: true } } }).status).toBe("does-not-apply");
  });
  it("§4.2 RCW 19.375 Scope and trigger: enrollment needs a template matched to a person", () => {
    expect(decide({ outputCanIdentify: false }).status).toBe("does-not-apply");
    expect(decide({ outputCanIdentify: null })).toMatchObject({ status: "unknown", evidence: ["/outputCanIdentify"] });
  });
});
