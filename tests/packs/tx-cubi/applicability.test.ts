import { describe, expect, it } from "vitest";
import { applicability } from "../../../src/packs/tx-cubi/applicability.js";
import { contextWith } from "./fixture.js";

const decide = (...args: Parameters<typeof contextWith>) => applicability(contextWith(...args));
const notTexas = { places: { subjects: [{ place: "US-IL", count: 50 }], complete: true, capture: ["US-IL"] } };
/** Capture from 2026-01-05: all of the system's conduct falls within HB 149's exemptions when their facts hold. */
const aiOnly = {
  purposes: ["ai-training"],
  aiTraining: { usedToTrain: true, systemUniquelyIdentifies: false, securityOrFraudPurpose: false, laterCommercialUse: false },
  collection: { firstCaptureDate: "2026-01-05" },
};
const security = { purposes: ["ai-training", "fraud-prevention"], aiTraining: { ...aiOnly.aiTraining, systemUniquelyIdentifies: true, securityOrFraudPurpose: true } };

describe("tx-cubi applicability", () => {
  it("§4.1 Scope and trigger: a for-profit capture of fingerprints from people in Texas applies", () => {
    const a = decide();
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("Houston timeclock has people in Texas");
    expect(a.evidence).toContain("/places/subjects/0/count");
  });
  it("§4.1 Scope: capture in a Texas city counts as capture in Texas", () => {
    expect(decide({ places: { subjects: [], complete: "unknown", capture: ["US-TX/houston"] } }).status).toBe("applies");
  });
  it("§4.1 Scope: no people and no capture in Texas is out, whatever else is unknown", () => {
    const a = decide({ ...notTexas, consent: null, commerce: null }, { organization: { forProfit: "unknown" } });
    expect(a.status).toBe("does-not-apply");
    expect(a.evidence).toEqual(["/places/complete", "/places/capture"]);
  });
  it("§4.1 Scope: a Texas count of zero and capture elsewhere is out", () => {
    expect(decide({ places: { subjects: [{ place: "US-TX", count: 0 }], complete: "unknown", capture: ["US-OK"] } }).status).toBe("does-not-apply");
  });
  it("§4.1 Scope: unknown places make the status unknown, naming the fields", () => {
    const a = decide({ places: null });
    expect(a.status).toBe("unknown");
    expect(a.evidence).toEqual(["/places/subjects", "/places/capture"]);
    expect(a.reasons[0]).toContain("places.capture");
  });
  it("§4.1 Defined data: a system with no biometric identifier is out", () => {
    expect(decide({ modalities: [] })).toMatchObject({ status: "does-not-apply", evidence: ["/modalities"] });
  });
  it("§4.1 Scope and trigger: an undefined 'commercial purpose' leaves a non-profit open; an unknown for-profit status is named", () => {
    expect(decide({}, { organization: { forProfit: false } }).status).toBe("unknown");
    const a = decide({}, { organization: { forProfit: "unknown" } });
    expect(a).toMatchObject({ status: "unknown", evidence: ["/organization/forProfit"] });
    expect(decide({ commerce: { sells: true } }, { organization: { forProfit: false } }).status).toBe("applies");
  });
  it("§4.1 Exemptions: GLBA financial institutions' voiceprints are exempt, other identifiers are not", () => {
    const bank = { organization: { glba: { titleVSubject: true, role: "financial-institution" } } };
    expect(decide({ modalities: ["voiceprint"] }, bank).status).toBe("does-not-apply");
    expect(decide({ modalities: ["voiceprint", "fingerprint"] }, bank).status).toBe("applies");
    expect(decide({ modalities: ["voiceprint"] }, { organization: { glba: { titleVSubject: "unknown" } } }).status).toBe("unknown");
    expect(decide({ modalities: ["voiceprint"] }, { organization: { glba: { titleVSubject: false, role: "none" } } }).status).toBe("applies");
  });
  it("§4.1 Exemptions (HB 149, from 1 Jan 2026): biometrics used only to train an AI system that does not identify people are exempt", () => {
    const a = decide(aiOnly);
    expect(a.status).toBe("does-not-apply");
    expect(a.reasons[0]).toContain("2026-01-01");
  });
  it("§4.1 Effective: the AI exemption does not exist before 1 Jan 2026", () => {
    const a = decide({ ...aiOnly, collection: { firstCaptureDate: "2025-03-01" } }, { asOf: "2025-12-31" });
    expect(a.status).toBe("applies");
    expect(a.reasons.join(" ")).toContain("only from 2026-01-01");
  });
  it("§4.1 Exemptions: the exception for systems that uniquely identify a person keeps the Act", () => {
    expect(decide({ ...aiOnly, aiTraining: { ...aiOnly.aiTraining, systemUniquelyIdentifies: true } }).status).toBe("applies");
    expect(decide({ ...aiOnly, aiTraining: { ...aiOnly.aiTraining, systemUniquelyIdentifies: "unknown" } })).toMatchObject({
      status: "unknown",
      evidence: ["/aiTraining/systemUniquelyIdentifies"],
    });
  });
  it("§4.1 Exemptions: an AI exemption that decides takes the system out even when places are unknown", () => {
    expect(decide({ ...aiOnly, places: null }).status).toBe("does-not-apply");
  });
  it("§4.1 Exemptions: AI built for security or fraud prevention is exempt even if it identifies", () => {
    expect(decide({ ...security, collection: aiOnly.collection }).status).toBe("does-not-apply");
  });
  it("§4.1 Effective and Exemptions ('From 1 Jan 2026'): a security AI capturing since 2025-03-01 still applies for its conduct before 2026 (ERROR 2, legal-sweep-6)", () => {
    const a = decide({ ...security, collection: { firstCaptureDate: "2025-03-01" } });
    expect(a.status).toBe("applies");
    const why = a.reasons.join(" ");
    expect(why).toContain("the exemption covers only conduct from that day");
    expect(why).toContain("capture began on 2025-03-01, so its conduct before 2026-01-01 stays under the unamended §503.001");
    expect(why).toContain("Whether the exemption reaches that earlier conduct is not addressed by the reference");
    expect(a.evidence).toContain("/collection/firstCaptureDate");
    // A month-precise start inside 2025 is before the exemption too.
    expect(decide({ ...security, collection: { firstCaptureDate: "2025-12" } }).status).toBe("applies");
  });
  it("§4.1 Exemptions: the AI-training exemption (no unique identification) takes the same path", () => {
    expect(decide({ ...aiOnly, collection: { firstCaptureDate: "2024-01-03" } }).status).toBe("applies");
  });
  it("§4.1 Exemptions: capture from 1 Jan 2026 is within the exemption (must not fire), whatever the precision", () => {
    const from = decide({ ...security, collection: { firstCaptureDate: "2026-01-01" } });
    expect(from).toMatchObject({ status: "does-not-apply" });
    expect(from.reasons[0]).toContain("its capture began on 2026-01-01");
    expect(decide({ ...security, collection: { firstCaptureDate: "2026" } }).status).toBe("does-not-apply");
  });
  it("§4.1 Exemptions: an exempt system whose capture start is not stated is open, naming the field", () => {
    const a = decide({ ...security, collection: { firstCaptureDate: "unknown" } });
    expect(a).toMatchObject({ status: "unknown", evidence: ["/collection/firstCaptureDate"] });
    expect(a.reasons[0]).toContain("not addressed by the reference");
  });
  it("§4.1 Exemptions (f): a later commercial use brings the Act back; an unknown one leaves it open", () => {
    const later = decide({ ...aiOnly, aiTraining: { ...aiOnly.aiTraining, laterCommercialUse: true } });
    expect(later.status).toBe("applies");
    expect(later.reasons.join(" ")).toContain("§503.001(f)");
    expect(decide({ ...aiOnly, aiTraining: { ...aiOnly.aiTraining, laterCommercialUse: "unknown" } }).evidence).toEqual(["/aiTraining/laterCommercialUse"]);
  });
  it("§4.1 Exemptions: a system with purposes beyond AI training stays covered", () => {
    expect(decide({ ...aiOnly, purposes: ["ai-training", "timekeeping"] }).status).toBe("applies");
    expect(decide({ ...aiOnly, purposes: [] })).toMatchObject({ status: "unknown", evidence: ["/purposes"] });
  });
  it("§4.1 Effective: before 2001 the Act did not exist; inside 2001 the day is not known", () => {
    const before = decide({}, { asOf: "2000-12-31" });
    expect(before.status).toBe("does-not-apply");
    expect(before.reasons[0]).toContain("2001");
    expect(decide({}, { asOf: "2001-06-01" }).status).toBe("unknown");
    expect(decide({}, { asOf: "2002-01-01" }).status).toBe("applies");
  });
});
