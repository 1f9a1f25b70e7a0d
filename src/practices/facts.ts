import { z } from "zod";
import { countOrUnknown, dateOrUnknown, enumOrUnknown, partialCount, triState } from "./primitives.js";

/*
 * Facts that laws other than BIPA read (bipa-reference.md §4 and §5.8). They are named for what they
 * are, not for the statute that needs them, so one profile serves every jurisdiction pack. Every
 * block is optional or defaults to "unknown": a version 1 profile without them stays valid.
 */

/**
 * A place: an ISO 3166-1 country ("FR", "GB"), an ISO 3166-2 subdivision ("US-TX", "US-WA"), or a
 * city inside one after a slash ("US-NY/new-york-city", "US-OR/portland").
 */
export const PLACE_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?(\/[a-z][a-z-]*)?$/;
const PLACE_ERROR =
  'expected a place code: a country ("FR"), a US state ("US-TX") or a city in one ("US-NY/new-york-city")';
export const place = z.string({ error: PLACE_ERROR }).regex(PLACE_PATTERN, { error: PLACE_ERROR });

const placesOrUnknown = z
  .union([z.array(place), z.literal("unknown")], { error: `${PLACE_ERROR}, a list of them, or "unknown"` })
  .default("unknown");

export const places = z
  .strictObject({
    subjects: z
      .array(
        z.strictObject({
          place: place.describe("Where these people live (or, for customers, where they are served)."),
          count: partialCount.describe('How many of the system\'s people live there (a number, "some", { atLeast, atMost } or "unknown").'),
        }),
      )
      .default([])
      .describe("Where the system's people live, with counts. Places not listed are not asserted to be empty."),
    complete: triState.describe("Whether the subjects list names every place the system's people live (true: unlisted places have nobody)."),
    capture: placesOrUnknown.describe('Where capture happens (every place), or "unknown".'),
    processing: placesOrUnknown.describe('Where the biometric data is processed or stored (every place), or "unknown".'),
    offeredIn: placesOrUnknown.describe('Where the product or service built on the system is offered, placed on the market or used, or "unknown".'),
  })
  .default({ subjects: [], complete: "unknown", capture: "unknown", processing: "unknown", offeredIn: "unknown" })
  .describe("Where the people, the capture, the processing and the market are, as place codes (bipa-reference.md §5.8).");

export const PREMISES_KINDS = [
  "retail-store",
  "food-and-drink",
  "entertainment-venue",
  "other-public-accommodation",
  "workplace",
  "online",
  "residence",
  "private-club",
  "financial-institution",
  "government-facility",
  "health-care-facility",
  "other",
] as const;

export const premises = z
  .strictObject({
    kind: enumOrUnknown(PREMISES_KINDS).describe(
      "Where the system is used: a retail store, food and drink establishment or entertainment venue; another place open to the public; a workplace not open to the public; online only; and so on.",
    ),
    openToPublic: triState.describe("Whether the premises are open to the public as customers or guests (a place of public accommodation)."),
    city: z.string().optional().describe("The city the premises are in, as written (the place code in places.capture decides)."),
    customerEntrances: countOrUnknown.describe("How many customer entrances the premises have."),
    signage: z
      .strictObject({
        atAllCustomerEntrances: triState.describe("A clear and conspicuous sign near every customer entrance says biometric data is collected."),
        plainLanguage: triState.describe("The sign is in plain, simple language (a city's model sign, for example)."),
        since: dateOrUnknown.describe("When the signs went up."),
      })
      .default({ atAllCustomerEntrances: "unknown", plainLanguage: "unknown", since: "unknown" })
      .describe("Signs at the entrances."),
  })
  .default({
    kind: "unknown",
    openToPublic: "unknown",
    customerEntrances: "unknown",
    signage: { atAllCustomerEntrances: "unknown", plainLanguage: "unknown", since: "unknown" },
  })
  .describe("The premises where the system is used (bipa-reference.md §4.5, §4.6).");

export const CONSENT_FORMS = ["written", "electronic", "click-through", "verbal", "implied", "none"] as const;

export const consent = z
  .strictObject({
    obtained: triState.describe("Whether every person gave consent to the capture or collection."),
    beforeCapture: triState.describe("Whether consent came before each person's first capture."),
    form: enumOrUnknown(CONSENT_FORMS).describe("The form of the consent (implied: inferred from conduct or from images being public)."),
    date: dateOrUnknown.describe("When consent was first obtained."),
    explicit: triState.describe("Whether the consent is an express statement for a specified purpose (not implied, not bundled with other terms)."),
    voluntary: triState.describe("Whether the person could refuse without losing a job, a service or a benefit."),
    basedOnPublicImages: triState.describe("Whether consent is claimed because the images or media were public (on the internet or another public source)."),
    subjectsMadeImagesPublic: triState.describe("For consent claimed from public images: whether the people made them public themselves."),
    discloses: z
      .strictObject({
        categories: triState.describe("The consent request names the categories of data collected."),
        purposes: triState.describe("It names the purpose and the specific uses."),
        recipients: triState.describe("It names the categories of recipients."),
        withdrawal: triState.describe("It says how to withdraw consent."),
      })
      .default({ categories: "unknown", purposes: "unknown", recipients: "unknown", withdrawal: "unknown" })
      .describe("What the consent request tells the person."),
    separateConsentToShare: triState.describe("Whether sharing with others has its own consent, separate and distinct from the consent to collect."),
    refreshedForNewPurposes: triState.describe("Whether consent is obtained again for a new purpose or a new kind of identifier."),
    preventsLaterCommercialUse: triState.describe(
      "Whether people are given a mechanism that prevents their biometric data from later being used for a commercial purpose (an opt-out honoured before any such use).",
    ),
  })
  .default({
    obtained: "unknown",
    beforeCapture: "unknown",
    form: "unknown",
    date: "unknown",
    explicit: "unknown",
    voluntary: "unknown",
    basedOnPublicImages: "unknown",
    subjectsMadeImagesPublic: "unknown",
    discloses: { categories: "unknown", purposes: "unknown", recipients: "unknown", withdrawal: "unknown" },
    separateConsentToShare: "unknown",
    refreshedForNewPurposes: "unknown",
    preventsLaterCommercialUse: "unknown",
  })
  .describe("Consent records, for laws that ask for consent rather than BIPA's written release (the release block stays BIPA's).");

export const saleAuthorization = z
  .strictObject({
    signed: triState.describe("Whether each person whose data is sold signed an authorization to sell it."),
    separateFromConsent: triState.describe("Whether the authorization is a document separate from the consent to collect or share."),
    states: z
      .strictObject({
        specificData: triState.describe("The specific data sold."),
        sellerNameAndContact: triState.describe("The seller's name and contact details."),
        purchaserNameAndContact: triState.describe("The purchaser's name and contact details."),
        purposeAndUse: triState.describe("The purpose of the sale and how the purchaser will gather and use the data."),
        noConditioning: triState.describe("That goods or services may not be conditioned on signing."),
        rightToRevoke: triState.describe("The right to revoke at any time, and how."),
        redisclosureWarning: triState.describe("That the purchaser may redisclose the data, which may then lose protection."),
        expiry: triState.describe("An expiry date."),
        signatureAndDate: triState.describe("The person's signature and the date."),
      })
      .default({
        specificData: "unknown",
        sellerNameAndContact: "unknown",
        purchaserNameAndContact: "unknown",
        purposeAndUse: "unknown",
        noConditioning: "unknown",
        rightToRevoke: "unknown",
        redisclosureWarning: "unknown",
        expiry: "unknown",
        signatureAndDate: "unknown",
      })
      .describe("What the authorization states."),
    signedDate: dateOrUnknown.describe("When it was signed."),
    expiresDate: dateOrUnknown.describe("When it expires."),
  })
  .describe("A signed authorization to sell the data (bipa-reference.md §4.2).");

export const PURPOSES = [
  "secure-access",
  "workplace-safety",
  "timekeeping",
  "public-safety-emergency",
  "location-tracking",
  "device-or-software-usage-tracking",
  "unlock-own-device",
  "identity-verification",
  "payment",
  "fraud-prevention",
  "security",
  "legal-compliance",
  "law-enforcement",
  "customer-identification",
  "marketing",
  "social-media-face-detection",
  "product-feature",
  "health-care",
  "ai-training",
  "other",
] as const;

export const purposes = z
  .array(z.enum(PURPOSES, { error: `expected one of: ${PURPOSES.join(", ")}` }))
  .default([])
  .describe("What the biometric data is used for (every purpose; [] when not stated).");

export const aiTraining = z
  .strictObject({
    usedToTrain: triState.describe("Whether the biometric data is used to develop, train, evaluate or offer an AI system."),
    systemUniquelyIdentifies: triState.describe("Whether that AI system is used to uniquely identify a specific person."),
    securityOrFraudPurpose: triState.describe("Whether the AI system is built to prevent security incidents, fraud or illegal activity."),
    laterCommercialUse: triState.describe("Whether data gathered for training is later used for another commercial purpose."),
  })
  .default({ usedToTrain: "unknown", systemUniquelyIdentifies: "unknown", securityOrFraudPurpose: "unknown", laterCommercialUse: "unknown" })
  .describe("Use of the biometric data for AI systems (bipa-reference.md §4.1).");

export const FACE_IMAGE_SOURCES = ["internet", "cctv", "own-users", "other"] as const;

export const faceDatabase = z
  .strictObject({
    createsOrExpands: triState.describe("Whether the system creates or expands a facial recognition database."),
    aiSystem: triState.describe("Whether it is an AI system (a machine-based system that infers from its input how to generate outputs)."),
    untargetedScraping: triState.describe("Whether the images are gathered without focus on a given person or group (web crawlers, bulk CCTV harvesting)."),
    sources: z
      .array(z.enum(FACE_IMAGE_SOURCES, { error: `expected one of: ${FACE_IMAGE_SOURCES.join(", ")}` }))
      .default([])
      .describe("Where the facial images come from."),
  })
  .default({ createsOrExpands: "unknown", aiSystem: "unknown", untargetedScraping: "unknown", sources: [] })
  .describe("A facial recognition database built from gathered images (bipa-reference.md §4.8).");

export const SPECIAL_CATEGORY_CONDITIONS = [
  "explicit-consent",
  "employment-law",
  "vital-interests",
  "made-public-by-subject",
  "legal-claims",
  "substantial-public-interest",
  "health-care",
  "none",
] as const;

export const dataProtection = z
  .strictObject({
    purposeUniquelyIdentifies: triState.describe("Whether the data is processed for the purpose of uniquely identifying a person."),
    condition: enumOrUnknown(SPECIAL_CATEGORY_CONDITIONS).describe("The condition relied on for processing biometric data (none when there is none)."),
    impactAssessment: triState.describe("Whether a data protection impact assessment was done before processing."),
    largeScale: triState.describe("Whether the processing is large-scale."),
    monitorsBehaviour: triState.describe("Whether the processing monitors the behaviour of the people (tracking, profiling)."),
    noticeAtCollection: z
      .strictObject({
        given: triState.describe("A notice is given at or before collection."),
        listsCategories: triState.describe("It lists the categories of personal information, including sensitive ones."),
        statesPurposes: triState.describe("It states the purposes."),
        statesRetention: triState.describe("It states how long each category is kept, or the criteria used."),
      })
      .default({ given: "unknown", listsCategories: "unknown", statesPurposes: "unknown", statesRetention: "unknown" })
      .describe("The notice given at collection."),
    rightToLimitOffered: triState.describe("Whether people can limit the use of their sensitive data to what is necessary."),
    usedBeyondNecessary: triState.describe("Whether the data is used beyond what is reasonably necessary for the service people asked for."),
    accessRequestsAnswered: triState.describe("Whether requests from people for access to their data are answered."),
    incidentResponseProtocol: triState.describe(
      "Whether the organization has a written protocol for responding to a security incident that involves the biometric data (part of the written policy some laws require).",
    ),
  })
  .default({
    purposeUniquelyIdentifies: "unknown",
    condition: "unknown",
    impactAssessment: "unknown",
    largeScale: "unknown",
    monitorsBehaviour: "unknown",
    noticeAtCollection: { given: "unknown", listsCategories: "unknown", statesPurposes: "unknown", statesRetention: "unknown" },
    rightToLimitOffered: "unknown",
    usedBeyondNecessary: "unknown",
    accessRequestsAnswered: "unknown",
    incidentResponseProtocol: "unknown",
  })
  .describe("Data-protection facts of this processing: its purpose, the condition relied on, the impact assessment and the notice (bipa-reference.md §4.3, §4.7).");

export const ORGANIZATION_ROLES = ["controller", "processor", "both"] as const;

export const organizationFacts = {
  role: enumOrUnknown(ORGANIZATION_ROLES).describe(
    "Whether the organization decides the purposes and means of the processing (controller), processes for another (processor), or both.",
  ),
  forProfit: triState.describe("Whether the organization is run for profit."),
  establishedIn: z.array(place).default([]).describe("Places where the organization has an establishment (offices, subsidiaries)."),
  annualRevenueUsd: countOrUnknown.describe("Annual gross revenue, in US dollars."),
  worldwideTurnoverEur: countOrUnknown.describe("Total worldwide annual turnover for the preceding financial year, in euros."),
  smallBusiness: triState.describe("Whether the organization is a small business under the thresholds of the law being applied."),
  personalInformationTrade: z
    .strictObject({
      consumersPerYear: countOrUnknown.describe("Consumers or households whose personal information it buys, sells or shares each year."),
      revenueShare: z
        .union([z.number().min(0).max(1), z.literal("unknown")], { error: 'expected a share from 0 to 1 or "unknown"' })
        .default("unknown")
        .describe("Share of annual revenue from selling or sharing personal information (0 to 1)."),
    })
    .default({ consumersPerYear: "unknown", revenueShare: "unknown" })
    .describe("Trade in personal information."),
  representativeInEu: triState.describe("Whether the organization has appointed a representative in the EU (or the UK) for people there."),
} as const;
