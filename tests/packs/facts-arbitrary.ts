import fc from "fast-check";
import { FACE_IMAGE_SOURCES, SPECIAL_CATEGORY_CONDITIONS } from "../../src/practices/facts.js";
import { DESTRUCTION_TRIGGERS, POPULATIONS } from "../../src/practices/schema.js";

/*
 * Profiles that vary the facts the California, GDPR and AI Act packs read (the shared profile
 * arbitrary in tests/helpers varies the BIPA facts only). Every value the schema allows for those
 * facts is reachable, "unknown" included, and place codes mix the packs' territories with others.
 */

const tri = fc.constantFrom(true, false, "unknown" as const);
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom<T | "unknown">(...values, "unknown");
const PLACES = ["US-CA", "US-CA/san-francisco", "US-TX", "FR", "DE-BY", "IT", "GB", "IE", "FR/paris", "US-NY"] as const;
const partialCount = fc.oneof(
  fc.constantFrom(0, 1, 250, "some" as const, "unknown" as const),
  fc.nat({ max: 5_000 }).map((atLeast) => ({ atLeast })),
  fc.nat({ max: 5_000 }).map((atLeast) => ({ atLeast, atMost: atLeast + 10 })),
);
const amount = fc.oneof(fc.constantFrom("unknown" as const, 0, 25_000_000, 26_625_000, 26_625_001), fc.nat({ max: 2_000_000_000 }));
const placesOrUnknown = fc.oneof(fc.constant("unknown" as const), fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 3 }));

const system = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constantFrom(`System ${id}`, `Face <b>&"${id}"`),
    modalities: fc.uniqueArray(fc.constantFrom("fingerprint", "face-geometry", "iris", "voiceprint"), { maxLength: 2 }),
    otherTraits: fc.constantFrom([], ["gait"]),
    faceMatching: oneOf(["identification", "verification", "detection-only", "not-applicable"] as const),
    subjects: fc.array(fc.record({ population: fc.constantFrom(...POPULATIONS), count: partialCount }), { maxLength: 2 }),
    places: fc.record({
      subjects: fc.array(fc.record({ place: fc.constantFrom(...PLACES), count: partialCount }), { maxLength: 3 }),
      complete: tri,
      offeredIn: placesOrUnknown,
    }),
    consent: fc.record({ obtained: tri, explicit: tri, voluntary: tri, basedOnPublicImages: tri, form: oneOf(["written", "electronic", "implied", "none"] as const) }),
    dataProtection: fc.record({
      purposeUniquelyIdentifies: tri,
      condition: oneOf(SPECIAL_CATEGORY_CONDITIONS),
      impactAssessment: tri,
      largeScale: tri,
      monitorsBehaviour: tri,
      noticeAtCollection: fc.record({ given: tri, listsCategories: tri, statesPurposes: tri, statesRetention: tri }),
      rightToLimitOffered: tri,
      usedBeyondNecessary: tri,
      accessRequestsAnswered: tri,
    }),
    faceDatabase: fc.record({
      createsOrExpands: tri,
      aiSystem: tri,
      untargetedScraping: tri,
      sources: fc.uniqueArray(fc.constantFrom(...FACE_IMAGE_SOURCES), { maxLength: 2 }),
    }),
    retention: fc.record({ schedule: fc.record({ trigger: oneOf(DESTRUCTION_TRIGGERS) }), practice: fc.record({ recordsRetainedPastTrigger: partialCount }) }),
    security: fc.record({ encryptionAtRest: tri, templateEncryption: tri }),
    breaches: fc.array(fc.record({ date: fc.constantFrom("2021", "2025-03-01"), exposed: fc.constantFrom(["face-vectors"], ["client-list"], ["biometric-images", "source-code"]) }), { maxLength: 2 }),
  });

/** Plain profile data (parse it) for 1 to 3 systems. */
export const packFactsProfileArb = fc.record({
  version: fc.constant(1),
  organization: fc.record({
    name: fc.constantFrom("Acme Inc.", "Ünïcode & <Co>"),
    entityType: fc.constant("private-entity"),
    forProfit: tri,
    establishedIn: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 2 }),
    annualRevenueUsd: amount,
    worldwideTurnoverEur: amount,
    smallBusiness: tri,
    personalInformationTrade: fc.record({
      consumersPerYear: fc.constantFrom("unknown" as const, 0, 99_999, 100_000),
      revenueShare: fc.constantFrom("unknown" as const, 0, 0.49, 0.5, 1),
    }),
    representativeInEu: tri,
  }),
  systems: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => system(`s${i}`)))),
});

/** Evaluation dates around every date the three packs turn on. */
export const asOfArb = fc.constantFrom("2018-05-24", "2018-05-25", "2022-12-31", "2023-01-01", "2023-06-30", "2024-12-31", "2025-01-01", "2025-02-01", "2025-02-02", "2025-08-01", "2025-08-02", "2026-11-22");
