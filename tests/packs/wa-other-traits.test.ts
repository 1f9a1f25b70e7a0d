import { describe, expect, it } from "vitest";
import { audit } from "../../src/index.js";
import { parse } from "./fixture-kit.js";

/*
 * ERROR 1 of legal-sweep-6: a palm-vein entry system, recorded as docs/profile.md says (`modalities: []`,
 * `otherTraits: [palm-vein]`), was "does not apply" under both Washington laws, $0. The facts are the
 * sweep's wa-gym.yaml profile, copied inline. With the trait read, both laws apply and give the figures
 * the sweep found with the same system encoded as hand geometry.
 */
const gym = {
  version: 1,
  organization: {
    name: "Cascade Strength Clubs Inc.",
    entityType: "private-entity",
    glba: { titleVSubject: false, role: "none" },
    role: "controller",
    forProfit: true,
    smallBusiness: false,
    establishedIn: ["US-WA"],
  },
  systems: [
    {
      id: "palm-entry",
      name: "Palm-scan member entry",
      modalities: [],
      otherTraits: ["palm-vein"],
      faceMatching: "not-applicable",
      outputCanIdentify: true,
      derivedFromPhotographs: false,
      photographsOnly: false,
      healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: false, medicalImaging: false },
      subjects: [{ population: "customers", count: 9000, illinoisCount: 0, relationship: "direct" }],
      places: { subjects: [{ place: "US-WA/seattle", count: 9000 }], complete: true, capture: ["US-WA/seattle"], processing: ["US-WA"], offeredIn: [] },
      premises: { kind: "other-public-accommodation", openToPublic: true },
      purposes: ["secure-access", "marketing"],
      notice: { inWriting: true, statesCollection: true, specificPurpose: true, lengthOfTerm: false, date: "2024-05-01" },
      release: { type: "none" },
      consent: { obtained: false, beforeCapture: false, form: "none", preventsLaterCommercialUse: false, separateConsentToShare: false },
      collection: { methods: ["door-access"], capturedBy: "entity", firstCaptureDate: "2024-05-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 150 },
      retention: { policy: { exists: false }, schedule: { trigger: "none" }, practice: { automatedDeletion: false } },
      commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
      disclosures: [{ recipient: "PeakFuel Supplements (marketing partner)", type: "other", frequency: "periodic", exception: "none" }],
      security: { encryptionAtRest: true, encryptionInTransit: true, accessControl: true, parityWithConfidentialInfo: true },
      dataProtection: { usedBeyondNecessary: true },
    },
  ],
};

const run = (data: typeof gym) => audit(parse(data), { asOf: "2026-11-22", packs: ["wa-biometric", "wa-mhmda"] });
const pack = (report: ReturnType<typeof run>, id: string) => report.packs.find((p) => p.id === id)!;

describe("Washington: traits recorded in otherTraits (bipa-reference.md §4.2)", () => {
  it("§4.2 RCW 19.375 Defined data ('other unique biological patterns'): a palm-vein system applies and counts its retention duty", () => {
    const wa = pack(run(gym), "wa-biometric");
    expect(wa.applicability[0]).toMatchObject({ status: "applies" });
    // Before the fix: "does not apply", $0 to $0.
    // per practice: 1 duty × $7,500 = $7,500; per person: 1 duty × 9,000 people × $7,500 = $67,500,000
    expect(wa.estimate).toMatchObject({ low: 7_500, high: 67_500_000 });
  });
  it("§4.2 MHMDA Defined data ('hand, palm, vein patterns'): a palm-vein system applies and counts consent to collect and to share", () => {
    const mhmda = pack(run(gym), "wa-mhmda");
    expect(mhmda.applicability[0]).toMatchObject({ status: "applies" });
    // Before the fix: "does not apply", $0 to $0.
    // per practice: 2 duties × $7,500 = $15,000; per consumer: 2 duties × 9,000 consumers × $7,500 = $135,000,000
    expect(mhmda.estimate).toMatchObject({ low: 15_000, high: 135_000_000 });
  });
  it("§4.2: keystroke patterns are MHMDA biometric data but not an RCW 19.375 biological pattern", () => {
    const typing = { ...gym, systems: [{ ...gym.systems[0]!, otherTraits: ["keystroke dynamics"] }] };
    const report = run(typing);
    expect(pack(report, "wa-mhmda").applicability[0]?.status).toBe("applies");
    expect(pack(report, "wa-biometric").applicability[0]?.status).toBe("does-not-apply");
    // per practice: 0 duties (the chapter does not apply) = $0
    expect(pack(report, "wa-biometric").estimate?.high ?? 0).toBe(0);
  });
  it("§4.2: with no trait at all, neither law applies (must not fire)", () => {
    const none = { ...gym, systems: [{ ...gym.systems[0]!, otherTraits: [] }] };
    const report = run(none);
    expect(report.packs.map((p) => p.applicability[0]?.status)).toEqual(["does-not-apply", "does-not-apply"]);
  });
});
