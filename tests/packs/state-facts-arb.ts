import fc from "fast-check";
import { profileArb } from "../helpers/arbitraries.js";
import type { PracticesInput } from "../../src/practices/schema.js";

/*
 * Generated profiles for the Texas and Washington packs: the BIPA generator's profiles, each system
 * given random place, consent, sale-authorization, purpose and AI-training facts, and the organization
 * random for-profit, role and size facts, so the packs see every combination of the facts they read.
 */

const tri = fc.constantFrom(true, false, "unknown" as const);
const date = fc.constantFrom("unknown", "2023", "2024-02-29", "2025-06", "2025-06-01", "2026-01-01", "2026-11-22", "2027-03-01");
const count = fc.oneof(fc.nat({ max: 5000 }), fc.constantFrom("some" as const, "unknown" as const), fc.record({ atLeast: fc.nat({ max: 50 }) }));
const place = fc.constantFrom("US-TX", "US-TX/austin", "US-WA", "US-WA/seattle", "US-IL", "US-OR", "FR");

const systemFacts = fc.record(
  {
    places: fc.record(
      {
        subjects: fc.array(fc.record({ place, count }), { maxLength: 3 }),
        complete: tri,
        capture: fc.oneof(fc.constant("unknown" as const), fc.uniqueArray(place, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
    purposes: fc.uniqueArray(fc.constantFrom("timekeeping", "secure-access", "security", "marketing", "ai-training", "fraud-prevention", "payment"), { maxLength: 3 }),
    consent: fc.record(
      {
        obtained: tri,
        beforeCapture: tri,
        form: fc.constantFrom("written", "electronic", "click-through", "verbal", "implied", "none", "unknown"),
        basedOnPublicImages: tri,
        subjectsMadeImagesPublic: tri,
        discloses: fc.record({ categories: tri, purposes: tri, recipients: tri, withdrawal: tri }, { requiredKeys: [] }),
        separateConsentToShare: tri,
        preventsLaterCommercialUse: tri,
      },
      { requiredKeys: [] },
    ),
    saleAuthorization: fc.record(
      {
        signed: tri,
        separateFromConsent: tri,
        states: fc.record({ specificData: tri, noConditioning: tri, expiry: tri, signatureAndDate: tri }, { requiredKeys: [] }),
        signedDate: date,
        expiresDate: date,
      },
      { requiredKeys: [] },
    ),
    aiTraining: fc.record({ usedToTrain: tri, systemUniquelyIdentifies: tri, securityOrFraudPurpose: tri, laterCommercialUse: tri }, { requiredKeys: [] }),
    dataProtection: fc.record({ usedBeyondNecessary: tri }, { requiredKeys: [] }),
    // Mostly true, so enrollment (a template matched to a person) is often established.
    outputCanIdentify: fc.constantFrom(true, true, true, false, "unknown" as const),
  },
  { requiredKeys: ["outputCanIdentify"] },
);

const orgFacts = fc.record(
  { forProfit: tri, role: fc.constantFrom("controller", "processor", "both", "unknown"), smallBusiness: tri },
  { requiredKeys: [] },
);

/** A profile with the state-law facts filled at random. */
export const stateProfileArb: fc.Arbitrary<PracticesInput> = profileArb.chain((profile) =>
  fc.tuple(orgFacts, fc.array(systemFacts, { minLength: profile.systems.length, maxLength: profile.systems.length })).map(
    ([org, facts]) =>
      ({
        ...profile,
        organization: { ...profile.organization, ...org },
        systems: profile.systems.map((s, i) => ({ ...s, ...facts[i] })),
      }) as PracticesInput,
  ),
);

/** Evaluation dates around the packs' effective dates. */
export const asOfArb = fc.constantFrom("2000-06-01", "2001-06-01", "2017-07-22", "2021-07-24", "2024-05-01", "2024-07-01", "2025-12-31", "2026-01-01", "2026-11-22");
