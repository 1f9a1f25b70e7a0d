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
  it("§4.2 RCW 19.375 Defined data: a palm-vein scan in otherTraits is an 'other unique biological pattern' (ERROR 1, legal-sweep-6)", () => {
    // bipa-reference.md §4.2 RCW 19.375 "Defined data": "fingerprint, voiceprint, eye retinas, irises or other unique biological patterns".
    const palm = decide({ modalities: [], otherTraits: ["palm-vein"] });
    expect(palm.status).toBe("applies");
    expect(palm.evidence).toContain("/otherTraits/0");
    expect(palm.reasons.join(" ")).toContain("palm-vein, a unique biological pattern");
    expect(decide({ modalities: [], otherTraits: ["finger vein"] }).status).toBe("applies");
    // A biological trait is reached even where the system's face geometry is excluded (generated from video).
    expect(decide({ modalities: ["face-geometry"], otherTraits: ["palm-vein"], collection: { methods: ["cctv"] } }).status).toBe("applies");
    // "used to identify a specific person": a trait kept in no identifying template is still out.
    expect(decide({ modalities: [], otherTraits: ["palm-vein"], outputCanIdentify: false }).status).toBe("does-not-apply");
  });
  it("§4.2 RCW 19.375 Defined data: keystroke and gait are behavioural patterns, not biological characteristics (must not fire)", () => {
    const keys = decide({ modalities: [], otherTraits: ["keystroke dynamics"] });
    expect(keys).toMatchObject({ status: "does-not-apply", evidence: ["/modalities", "/otherTraits/0"] });
    expect(keys.reasons[0]).toContain("a behavioural pattern, not a biological characteristic");
    expect(decide({ modalities: [], otherTraits: ["gait", "signature"] }).reasons[0]).toContain("behavioural patterns");
  });
  it("§4.2 RCW 19.375 Defined data: a trait the tool cannot read, or a face named as a trait, is left open", () => {
    expect(decide({ modalities: [], otherTraits: ["ear shape"] })).toMatchObject({ status: "unknown", evidence: ["/otherTraits/0"] });
    const face = decide({ modalities: [], otherTraits: ["facial thermogram"] });
    expect(face).toMatchObject({ status: "unknown", evidence: ["/otherTraits/0"] });
    expect(face.reasons[0]).toContain("photographs or video");
    // A fact that takes the system out still decides over the open trait.
    expect(decide({ modalities: [], otherTraits: ["ear shape"], purposes: ["secure-access"], disclosures: [] }).status).toBe("does-not-apply");
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
