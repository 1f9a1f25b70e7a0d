import { describe, expect, it } from "vitest";
import { audit } from "../../../src/index.js";
import { aiExemption, assessedBeforeHb149Only } from "../../../src/packs/tx-cubi/hb149.js";
import { parse } from "./fixture.js";

/*
 * ERROR 2 of legal-sweep-6: the HB 149 security-AI exemption, in force from 1 Jan 2026 (bipa-reference.md
 * §4.1, "Effective" and "Exemptions": "From 1 Jan 2026"), was applied to captures made before it. The
 * facts are the sweep's tx-grocery-ai.yaml, copied inline: face matching at 12 Houston stores, 40,000
 * shoppers, capture from 2025-03-01, no notice, no consent, deletion 400 days after the purpose ends.
 */
const grocery = {
  version: 1,
  organization: { name: "Lone Star Fresh Markets LLC", entityType: "private-entity", glba: { titleVSubject: false, role: "none" }, role: "controller", forProfit: true, establishedIn: ["US-TX"] },
  systems: [
    {
      id: "lp-facematch",
      name: "Loss-prevention face matching",
      modalities: ["face-geometry"],
      faceMatching: "identification",
      outputCanIdentify: true,
      derivedFromPhotographs: false,
      photographsOnly: false,
      possession: { holder: "vendor-for-entity" },
      subjects: [{ population: "customers", count: 40000, illinoisCount: 0, relationship: "direct" }],
      places: { subjects: [{ place: "US-TX", count: 40000 }], complete: true, capture: ["US-TX"], processing: ["US-TX"], offeredIn: [] },
      premises: { kind: "retail-store", openToPublic: true },
      purposes: ["security", "fraud-prevention"],
      notice: { inWriting: false, statesCollection: false, specificPurpose: false, lengthOfTerm: false },
      release: { type: "none", coversAllSubjects: false },
      consent: { obtained: false, beforeCapture: false, form: "none" },
      collection: { methods: ["cctv"], capturedBy: "entity", firstCaptureDate: "2025-03-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 30 },
      retention: {
        policy: { exists: true, public: false, hasRetentionSchedule: true, hasDestructionGuidelines: true },
        schedule: { trigger: "purpose-satisfied" },
        practice: { automatedDeletion: true, daysFromTriggerToDeletion: 400, recordsRetainedPastTrigger: 0 },
      },
      commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
      disclosures: [{ recipient: "Houston Police Department", type: "law-enforcement", frequency: "on-request", exception: "permitted-by-law" }],
      security: { encryptionAtRest: true, encryptionInTransit: true, accessControl: true, parityWithConfidentialInfo: true },
      aiTraining: { usedToTrain: true, systemUniquelyIdentifies: true, securityOrFraudPurpose: true, laterCommercialUse: false },
    },
  ],
};
const withCapture = (firstCaptureDate: string) => ({ ...grocery, systems: [{ ...grocery.systems[0]!, collection: { ...grocery.systems[0]!.collection, firstCaptureDate } }] });
const texas = (data: typeof grocery, asOf: string) => audit(parse(data), { asOf, packs: ["tx-cubi"] }).packs.find((p) => p.id === "tx-cubi")!;

describe("tx-cubi: the HB 149 AI exemptions cover conduct from 1 Jan 2026 only (bipa-reference.md §4.1)", () => {
  it("§4.1 Exemptions: as of 2026-11-22, capture since 2025-03-01 still applies for the conduct before 2026", () => {
    const tx = texas(grocery, "2026-11-22");
    expect(tx.applicability[0]?.status).toBe("applies");
    // Before the fix: "does not apply", $0 to $0, pass.
    // (b) inform and consent before capture: broken by every 2025 capture.
    // (c)(3) destruction: the earliest purpose expiry is 2025-03-01, so the earliest missed deadline is
    // 2026-03-02, in the exempt period: a risk, not counted.
    // per practice: 1 duty × $25,000 = $25,000
    // per person: 1 duty × 40,000 people (at most) × $25,000 = $1,000,000,000
    expect(tx.estimate).toMatchObject({ low: 25_000, high: 1_000_000_000 });
    expect(tx.summary).toMatchObject({ violation: 2, risk: 1 });
    expect(tx.estimate!.notes.join(" ")).toContain("the exemption covers only conduct from that day");
  });
  it("§4.1 Effective: as of 2025-12-31 the exemption is not yet in force, and the figures are unchanged", () => {
    const tx = texas(grocery, "2025-12-31");
    // per practice: 2 duties ((b), (c)(3)) × $25,000 = $50,000
    // per person: 2 duties × 40,000 people × $25,000 = $2,000,000,000
    expect(tx.estimate).toMatchObject({ low: 50_000, high: 2_000_000_000 });
  });
  it("§4.1 Exemptions: capture from 2026-01-05 is all within the exemption (must not fire)", () => {
    const tx = texas(withCapture("2026-01-05"), "2026-11-22");
    expect(tx.applicability[0]?.status).toBe("does-not-apply");
    expect(tx.estimate?.high ?? 0).toBe(0);
  });
  it("§4.1 Exemptions: an unstated capture start is open, not out", () => {
    expect(texas(withCapture("unknown"), "2026-11-22").applicability[0]?.status).toBe("unknown");
  });
});

describe("aiExemption", () => {
  const system = (patch: Record<string, unknown>) => parse({ ...grocery, systems: [{ ...grocery.systems[0]!, ...patch }] }).systems[0]!;
  it("reads when capture began against 2026-01-01", () => {
    expect(aiExemption(system({}), "2026-11-22")).toMatchObject({ kind: "holds", capture: { when: "before-hb149", first: "2025-03-01" } });
    expect(aiExemption(system({}), "2025-12-31")).toEqual({ kind: "none" });
    expect(assessedBeforeHb149Only(system({}), "2026-11-22")).toMatchObject({ firstCapture: "2025-03-01" });
    expect(assessedBeforeHb149Only(system({ purposes: ["security", "marketing"] }), "2026-11-22")).toBeUndefined();
  });
});
