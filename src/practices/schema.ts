import { z } from "zod";
import {
  boundedNumberOrUnknown,
  partialDate,
  countOrUnknown,
  dateOrUnknown,
  enumOrUnknown,
  partialCount,
  shareOrUnknown,
  slugId,
  text,
  triState,
} from "./primitives.js";
import { described } from "./described.js";
import { countBounds } from "./counts.js";
import { aiTraining, consent, dataProtection, faceDatabase, organizationFacts, places, premises, purposes, saleAuthorization } from "./facts.js";

/*
 * The practices profile, version 1. Field names follow bipa-reference.md §5 ("practice facts the
 * engine needs"). Every object is strict: an unknown key is an error, so a typo never passes.
 * Facts a company may not know default to "unknown", and rules treat a deciding unknown as a risk.
 */

/** The five biometric identifiers of Sec. 10 ("retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry"). */
export const BIPA_MODALITIES = [
  "fingerprint",
  "face-geometry",
  "iris",
  "retina",
  "voiceprint",
  "hand-geometry",
] as const;
export type Modality = (typeof BIPA_MODALITIES)[number];

export const POPULATIONS = [
  "employees",
  "contractors",
  "job-applicants",
  "customers",
  "users",
  "minors",
  "non-users-in-uploads",
  "scraped-public-images",
  "visitors",
  "drivers",
  "patients",
] as const;
export type Population = (typeof POPULATIONS)[number];

export const COLLECTION_METHODS = [
  "timeclock",
  "door-access",
  "point-of-sale",
  "vending-or-kiosk",
  "mobile-app",
  "web-upload",
  "cctv",
  "call-center-voice",
  "web-scraping",
  "gate-terminal",
  "medical-device",
  "other",
] as const;

export const RELEASE_TYPES = ["wet-signature", "electronic-signature", "click-through", "verbal", "none"] as const;
export const RELEASE_SIGNERS = [
  "subject",
  "legally-authorized-representative",
  "parent-or-guardian",
  "union",
] as const;

export const DESTRUCTION_TRIGGERS = [
  "earlier-of-purpose-or-3-years",
  "purpose-satisfied",
  "last-interaction",
  "fixed-period",
  "none",
] as const;

export const RECIPIENT_TYPES = [
  "processor",
  "cloud-host",
  "affiliate",
  "law-enforcement",
  "government",
  "buyer",
  "customer",
  "other",
] as const;

export const DISCLOSURE_FREQUENCIES = ["per-scan", "continuous", "daily", "periodic", "on-request", "one-time"] as const;

/** The four exceptions of 15(d), plus what companies often rely on but the statute does not accept. */
export const DISCLOSURE_EXCEPTIONS = [
  "consent",
  "financial-transaction",
  "required-by-law",
  "warrant-or-subpoena",
  "permitted-by-law",
  "none",
] as const;
export type DisclosureException = (typeof DISCLOSURE_EXCEPTIONS)[number];

export const BREACH_EXPOSURES = [
  "biometric-templates",
  "face-vectors",
  "biometric-images",
  "source-code",
  "employee-information",
  "client-list",
  "other-personal-information",
  "other",
] as const;

/** Who holds the biometric data (bipa-reference.md §5.9 item 46). */
export const POSSESSION_HOLDERS = ["entity", "vendor-for-entity", "vendor-own-purposes", "subject-device-only"] as const;

/** Who performs the capture (bipa-reference.md §5.9 item 47). */
export const CAPTURE_ACTORS = ["entity", "vendor-for-entity", "subject-device"] as const;

/** Why records are kept past their destruction trigger (bipa-reference.md §1.5 row (a), §5.9 item 53). */
export const LEGAL_HOLD_KINDS = ["warrant", "subpoena", "preservation-order", "litigation-hold", "other"] as const;

/**
 * Who issued legal process (bipa-reference.md §1.3 15(d), §5.9 item 54): only a court of competent
 * jurisdiction fits the words of 15(a) and 15(d)(4).
 */
export const PROCESS_ISSUERS = ["court", "court-clerk", "attorney", "agency", "internal"] as const;

const LAST_CAPTURE_ERROR = 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY, 1970-2200), "ongoing" or "unknown"';
const lastCaptureDate = z
  .union([z.literal("ongoing"), z.literal("unknown"), partialDate], { error: LAST_CAPTURE_ERROR })
  .default("unknown");

const years = z.number({ error: "expected a number of years from 0 to 200" }).min(0, { error: "expected a number of years from 0 to 200" }).max(200, {
  error: "expected a number of years from 0 to 200",
});

// Shared, then copied per field by .describe(): one copy per field instead of a new pair per field.
const optionalString = z.string().optional();
const textList = z.array(text).default([]);

const identifierMethod = z
  .strictObject({
    identifier: z.enum(BIPA_MODALITIES, { error: `expected one of: ${BIPA_MODALITIES.join(", ")}` }).apply(described, "The Sec. 10 identifier (one of the system's modalities)."),
    method: z.enum(COLLECTION_METHODS, { error: `expected one of: ${COLLECTION_METHODS.join(", ")}` }).apply(described, "The collection method (one of the system's collection.methods)."),
    template: optionalString.describe(
      "The template or store this pair feeds. Channels of one identifier that feed one template (a web upload and an app, say) may be one method of collection or two: unsettled (bipa-reference.md §1.4), an option of the estimate.",
    ),
    firstCapture: dateOrUnknown.describe("First capture by this pair (defaults to the system's first capture)."),
    lastCapture: lastCaptureDate.describe('Last capture by this pair, or "ongoing" (defaults to the system\'s last capture).'),
  })
  .apply(described, "One identifier × collection-method pair actually used (bipa-reference.md §5.9 item 50).");

const geofenceMeasure = z
  .strictObject({
    enabled: triState.describe("Whether the measure is in place."),
    since: dateOrUnknown.describe("When the measure took effect."),
    coverage: shareOrUnknown.describe("Measured share of Illinois items the measure catches (0 to 1)."),
    method: optionalString.describe("How it works (e.g. EXIF geotags, IP geolocation)."),
  })
  .apply(described, "One Illinois geofencing measure, as noted by the court in the Clearview MDL.");

const organization = z
  .strictObject({
    name: text.describe("Legal name of the organization."),
    entityType: z
      .enum(["private-entity", "government-unit", "illinois-court"], {
        error: 'expected "private-entity", "government-unit" or "illinois-court"',
      })
      .apply(
        described,
        "Sec. 10: a State or local government agency, or an Illinois court, clerk or judge, is not a private entity.",
      ),
    glba: z
      .strictObject({
        titleVSubject: triState.describe("Sec. 25(c): subject to Title V of the Gramm-Leach-Bliley Act."),
        role: enumOrUnknown([
          "financial-institution",
          "affiliate-of-financial-institution",
          "vendor-to-financial-institution",
          "none",
        ]).apply(described, "Vendors to banks are not exempt (Sec. 25(c) is read narrowly)."),
      })
      .default({ titleVSubject: "unknown", role: "unknown" })
      .apply(described, "Gramm-Leach-Bliley Act status (Sec. 25(c))."),
    licensedFingerprintVendor: triState.describe(
      "Sec. 25(d): licensed under the Private Detective, Private Alarm, Private Security, Fingerprint Vendor, and Locksmith Act of 2004.",
    ),
    illinoisPresence: z
      .strictObject({
        facilities: triState.describe("Has facilities in Illinois."),
        employees: triState.describe("Has employees in Illinois."),
        customersOrContracts: triState.describe("Contracts with or serves Illinois customers (In re Clearview, 2022)."),
        marketsToIllinois: triState.describe("Markets to Illinois."),
      })
      .default({ facilities: "unknown", employees: "unknown", customersOrContracts: "unknown", marketsToIllinois: "unknown" })
      .apply(described, "Illinois presence, for the extraterritoriality test (Avery; Rivera v. Google)."),
    offshoreAffiliates: z
      .array(
        z.strictObject({
          name: text.describe("Name of the affiliate."),
          country: text.describe("Country where it is organized or operates."),
          purpose: optionalString.describe("What it does (e.g. serves foreign customers)."),
          accessToBiometricData: triState.describe("Whether the affiliate holds or can reach biometric data."),
        }),
      )
      .default([])
      .apply(described, "Offshore subsidiaries or affiliates (the Panama and Singapore issue in the Clearview MDL)."),
    ...organizationFacts,
  })
  .apply(described, "The organization whose practices are described.");

/** A group's release status (bipa-reference.md §5.9 item 48). */
export const GROUP_RELEASE_STATUSES = ["before-first-capture", "after-first-capture", "none", "mixed"] as const;

const groupRelease = z
  .strictObject({
    status: enumOrUnknown(GROUP_RELEASE_STATUSES).apply(
      described,
      "before-first-capture: everyone in the group signed a valid written release before their first capture; after-first-capture: everyone signed, but only after capture began (on date); none: nobody in the group signed; mixed: some did, illinoisWithoutRelease did not.",
    ),
    date: dateOrUnknown.describe(
      "When the group's members signed. For after-first-capture: only captures before it are counted. For before-first-capture (the first of them, if they signed over time): nobody in the group was captured before it (people enrolled later), so nothing of theirs is counted before it (bipa-reference.md §1.7).",
    ),
    signedBy: enumOrUnknown(RELEASE_SIGNERS).apply(described, "Who signed for this group (a minor's own signature raises a capacity question)."),
    illinoisWithoutRelease: partialCount.describe(
      "For mixed: how many of the group's Illinois people have no valid release before their first capture (a number, \"some\", { atLeast, atMost } or \"unknown\").",
    ),
    noticeBeforeCapture: triState.describe(
      "Whether the group received the 15(b) written notice (that biometrics are collected, the specific purpose, the length of term) before first capture.",
    ),
  })
  .apply(described, "This group's release status. When given it decides 15(b)(3) for these people; groups without it follow the system's release facts.");

const departure = z
  .strictObject({
    illinoisCount: countOrUnknown.describe("How many of the group's Illinois people left (stopped being captured) on this date."),
    date: dateOrUnknown.describe("When they left: their captures stop accruing then, and their five-year window closes five years after it."),
  })
  .apply(described, "People who left the group (former employees, closed accounts) and when.");

const collectiveBargaining = z
  .strictObject({
    covered: triState.describe(
      "Whether the group is in a bargaining unit covered by a collective bargaining agreement. Their BIPA claims are likely preempted by LMRA §301 or the Railway Labor Act whoever signed (Walton v. Roosevelt University, 2023; Fernandez v. Kerry, 2021; Miller v. Southwest Airlines, 2019).",
    ),
    union: optionalString.describe("The union that represents the unit."),
    agreement: optionalString.describe("The agreement and its dates, e.g. a timekeeping or management-rights clause."),
  })
  .default({ covered: "unknown" })
  .apply(described, "Collective-bargaining coverage of this group (bipa-reference.md §5.9 item 52).");

const subjectGroup = z
  .strictObject({
    population: z.enum(POPULATIONS, { error: `expected one of: ${POPULATIONS.join(", ")}` }).apply(
      described,
      "Who the people are. patients: people captured as patients in a health care setting (the Sec. 10 patient exclusion reaches only them).",
    ),
    count: partialCount.describe('How many people in this group (a number, "some", { atLeast, atMost } or "unknown").'),
    illinoisCount: partialCount.describe(
      'How many of them are Illinois residents or were captured in Illinois (a number, "some" when there are some but the number is unknown, { atLeast, atMost }, or "unknown").',
    ),
    unionRepresented: triState.describe("Whether the group is represented by a union (Miller v. Southwest Airlines). Preemption turns on collectiveBargaining.covered."),
    relationship: enumOrUnknown(["direct", "none"]).apply(
      described,
      "Whether the entity has a direct relationship with these people (none for scraped images or non-users).",
    ),
    release: groupRelease.optional(),
    departures: z.array(departure).default([]).apply(described, "People who left, and when (bipa-reference.md §5.9 item 49)."),
    collectiveBargaining,
  })
  .apply(described, "One group of people whose biometrics the system touches.");

const system = z
  .strictObject({
    id: slugId.describe("Stable id of the system; used in fingerprints, waivers and baselines."),
    name: text.describe("Human-readable name."),
    description: optionalString.describe("Free text on what the system does; shown in reports."),
    modalities: z
      .array(z.enum(BIPA_MODALITIES, { error: `expected one of: ${BIPA_MODALITIES.join(", ")}` }))
      // Required, not defaulted: an omitted list must not read as "no biometric identifier" and
      // exclude the system. Write [] to say the system captures none of the five.
      .apply(described, "Sec. 10 biometric identifiers captured or derived by the system (required; [] for none)."),
    otherTraits: textList.describe("Traits that are not Sec. 10 identifiers (gait, keystroke, signature...). Kept apart; other laws may cover them."),
    faceMatching: enumOrUnknown(["identification", "verification", "detection-only", "not-applicable"]).apply(
      described,
      "For face geometry: 1:N identification, 1:1 verification, or detection and analysis only.",
    ),
    outputCanIdentify: triState.describe(
      "Whether a template or vector is kept and can identify a person (Zellmer v. Meta, 9th Cir. 2024).",
    ),
    derivedFromPhotographs: triState.describe(
      "Whether the identifiers are derived from photographs (covered: Rivera v. Google 2017) rather than photographs kept as such (excluded).",
    ),
    photographsOnly: triState.describe("Whether the system keeps only photographs and computes no geometry (Sec. 10 exclusion)."),
    healthcare: z
      .strictObject({
        patientCareSetting: triState.describe("Sec. 10: information captured from a patient in a health care setting."),
        hipaaTreatmentPaymentOperations: triState.describe(
          "Sec. 10: collected, used or stored for HIPAA treatment, payment or operations; covers workers too (Mosby, 2023).",
        ),
        medicalImaging: triState.describe("Sec. 10: X-ray, CT, MRI, PET or other diagnostic imaging."),
      })
      .default({ patientCareSetting: "unknown", hipaaTreatmentPaymentOperations: "unknown", medicalImaging: "unknown" })
      .apply(described, "Sec. 10 health-care exclusions: the patient limb, the HIPAA treatment, payment or operations limb (Mosby), and medical imaging."),
    actingForGovernmentUnit: z
      .strictObject({
        acting: triState.describe("Sec. 25(e): processing done as contractor, subcontractor or agent of a State agency or local unit of government."),
        unit: optionalString.describe("The government unit served."),
      })
      .default({ acting: "unknown" })
      .apply(described, "Sec. 25(e): whether this processing is done for a State agency or local unit of government. It exempts the activity, not the company."),
    possession: z
      .strictObject({
        holder: enumOrUnknown(POSSESSION_HOLDERS).apply(
          described,
          "Who holds the biometric data. subject-device-only: it stays on the subject's own device and is never received by the entity (Barnett v. Apple, 2022; G.T. v. Samsung, 2024), so the entity is not \"in possession\" under 15(a), (c), (d) and (e). vendor-for-entity: a vendor holds it on the entity's behalf (the entity keeps control). vendor-own-purposes: a vendor holds it for its own purposes.",
        ),
        storageLocations: textList.describe("Where the data is stored (states or countries, data centres)."),
      })
      .default({ holder: "unknown", storageLocations: [] })
      .apply(described, "Possession and control of the biometric data (bipa-reference.md §5.9 item 46)."),
    subjects: z.array(subjectGroup).default([]).apply(described, "Whose biometrics the system touches."),
    illinoisNexus: z
      .strictObject({
        illinoisSubjectShare: shareOrUnknown.describe("Share of subjects who are Illinois residents (0 to 1)."),
        residencyDeterminedBy: optionalString.describe("How Illinois residency was determined (e.g. address on file, device geolocation, IP address)."),
        captureInIllinois: triState.describe("Whether capture happens in Illinois (device, camera, upload geolocation)."),
        captureLocations: textList.describe("Where capture happens (states or countries)."),
        processingInIllinois: triState.describe(
          "Whether the biometric data is processed or stored in Illinois. When unknown, processingLocations decides it if it names Illinois (or lists places that are all elsewhere).",
        ),
        processingLocations: textList.describe("Where the data is processed or stored (states or countries); feeds the Illinois-nexus decision."),
      })
      .default({ illinoisSubjectShare: "unknown", captureInIllinois: "unknown", captureLocations: [], processingInIllinois: "unknown", processingLocations: [] })
      .apply(described, "Illinois nexus of this system (extraterritoriality: Avery; Rivera v. Google; In re Clearview)."),
    geofencing: z
      .strictObject({
        geolocationExclusion: geofenceMeasure.optional().apply(described, "Illinois-geolocated photos excluded from search results."),
        ipBlocking: geofenceMeasure.optional().apply(described, "Logins from Illinois IP addresses blocked."),
        collectionFilter: geofenceMeasure.optional().apply(described, "Collection changed to avoid Illinois residents and photos taken or uploaded in Illinois."),
        knownGaps: textList.describe("Known gaps, e.g. photos without geotags, VPN users."),
        existingDataPurged: triState.describe("Whether Illinois data collected before the measures was destroyed."),
      })
      .optional()
      .apply(described, "Clearview-style Illinois geofencing. Reduces nexus for new collection; not a cure."),
    notice: z
      .strictObject({
        inWriting: triState.describe("15(b)(1): subjects informed in writing."),
        statesCollection: triState.describe("15(b)(1): the notice says biometrics are collected or stored."),
        specificPurpose: triState.describe("15(b)(2): the notice states the specific purpose."),
        lengthOfTerm: triState.describe("15(b)(2): the notice states the length of term."),
        date: dateOrUnknown.describe("When notice was first given."),
      })
      .default({ inWriting: "unknown", statesCollection: "unknown", specificPurpose: "unknown", lengthOfTerm: "unknown", date: "unknown" })
      .apply(described, "15(b)(1) and (2): the written notice given before collection."),
    release: z
      .strictObject({
        type: enumOrUnknown(RELEASE_TYPES).apply(described, "15(b)(3): form of the release."),
        signedBy: enumOrUnknown(RELEASE_SIGNERS).apply(described, "Who signed it."),
        employmentCondition: triState.describe("Executed by employees as a condition of employment (Sec. 10)."),
        date: dateOrUnknown.describe("When the release was first obtained (for the first subjects)."),
        obtainedBeforeEachCapture: triState.describe("Whether every subject signs before their own first capture."),
        coversAllSubjects: triState.describe("Whether every subject in scope signed."),
      })
      .default({
        type: "unknown",
        signedBy: "unknown",
        employmentCondition: "unknown",
        date: "unknown",
        obtainedBeforeEachCapture: "unknown",
        coversAllSubjects: "unknown",
      })
      .apply(described, "15(b)(3): the written release received before collection."),
    collection: z
      .strictObject({
        methods: z
          .array(z.enum(COLLECTION_METHODS, { error: `expected one of: ${COLLECTION_METHODS.join(", ")}` }))
          .default([])
          .apply(described, "How the data is collected (timeclock, door reader, app...)."),
        capturedBy: enumOrUnknown(CAPTURE_ACTORS).apply(
          described,
          "Who performs the capture. 15(b) needs an active step by the entity (Heard v. Becton, Dickinson, 2020); a vendor running the scanner for the entity does not shield it (Rogers v. BNSF); capture by the subject's own device is the subject's act (Barnett v. Apple, 2022). For an organization that processes for another (organization.role: processor), unknown leaves its 15(b) duty open: its 15(b) findings are risks until this is stated.",
        ),
        identifierMethods: z
          .array(identifierMethod)
          .default([])
          .apply(described, "Which identifier is captured by which method, as actually used. Sec. 20(b) counts one recovery per person, identifier and method: these pairs are counted, not every identifier times every method."),
        firstCaptureDate: dateOrUnknown.describe("First capture or possession of biometric data."),
        lastCaptureDate: lastCaptureDate.describe('Last capture, or "ongoing".'),
        scansPerSubjectPerYear: boundedNumberOrUnknown(1_000_000, "1,000,000 scans a year").apply(
          described,
          "Scans per person per year (Cothron accrual; at most 1,000,000, about one every 30 seconds around the clock).",
        ),
      })
      .default({ methods: [], capturedBy: "unknown", identifierMethods: [], firstCaptureDate: "unknown", lastCaptureDate: "unknown", scansPerSubjectPerYear: "unknown" })
      .apply(described, "How, by whom and when the data is collected."),
    retention: z
      .strictObject({
        policy: z
          .strictObject({
            exists: triState.describe("15(a): a written retention policy exists."),
            public: triState.describe("15(a): it is available to the public."),
            url: optionalString.describe("Where the public can read the policy."),
            adoptedDate: dateOrUnknown.describe("Adoption date (Mora: required from first possession)."),
            hasRetentionSchedule: triState.describe("15(a): the policy sets a retention schedule."),
            hasDestructionGuidelines: triState.describe("15(a): the policy gives guidelines for permanently destroying the data."),
          })
          .default({
            exists: "unknown",
            public: "unknown",
            adoptedDate: "unknown",
            hasRetentionSchedule: "unknown",
            hasDestructionGuidelines: "unknown",
          })
          .apply(described, "15(a): the written retention and destruction policy."),
        schedule: z
          .strictObject({
            trigger: enumOrUnknown(DESTRUCTION_TRIGGERS).apply(described, "What starts the destruction clock."),
            yearsAfterLastInteraction: years.optional().apply(described, "For trigger last-interaction: years after the person's last interaction."),
            fixedPeriodYears: years.optional().apply(described, "For trigger fixed-period: years kept."),
          })
          .default({ trigger: "unknown" })
          .apply(described, "15(a): what the schedule says about when data is destroyed."),
        practice: z
          .strictObject({
            automatedDeletion: triState.describe("A job deletes data when its trigger is reached."),
            daysFromTriggerToDeletion: boundedNumberOrUnknown(73_000, "73,000 days").apply(described, "Measured time from trigger to deletion, in days."),
            backupsAndReplicasDeleted: triState.describe("Backups and replicas are deleted too."),
            vendorsDeleteAndCertify: triState.describe("Vendors holding the data delete it and certify deletion."),
            recordsRetainedPastTrigger: partialCount.describe(
              'Records kept past the destruction trigger (Fox v. Dakkota): a number, "some", { atLeast, atMost } or "unknown".',
            ),
          })
          .default({
            automatedDeletion: "unknown",
            daysFromTriggerToDeletion: "unknown",
            backupsAndReplicasDeleted: "unknown",
            vendorsDeleteAndCertify: "unknown",
            recordsRetainedPastTrigger: "unknown",
          })
          .apply(described, "15(a): what actually happens to the data, measured (Fox v. Dakkota)."),
        legalHold: z
          .strictObject({
            kind: z
              .enum(LEGAL_HOLD_KINDS, { error: `expected one of: ${LEGAL_HOLD_KINDS.map((k) => JSON.stringify(k)).join(", ")}` })
              .apply(
                described,
                "warrant or subpoena: legal process requiring the data; preservation-order: a court's preservation or protective order covering it; litigation-hold: the entity's own hold for pending or expected litigation, with no court order; other.",
              ),
            issuedBy: enumOrUnknown(PROCESS_ISSUERS).apply(
              described,
              "Who issued it. 15(a) excuses only a warrant or subpoena \"issued by a court of competent jurisdiction\"; a clerk-, attorney- or agency-issued subpoena is not one on the text (an unverified reading).",
            ),
            issuedByCourt: triState.describe("Issued (or ordered) by a court of competent jurisdiction. Must agree with issuedBy where both are given."),
            court: optionalString.describe("The court that issued or ordered it."),
            matter: optionalString.describe("The case or matter the hold is for."),
            date: dateOrUnknown.describe("When it was issued or began."),
            recordsCovered: partialCount.describe("How many of the records kept past the trigger it covers (omitted: all of them)."),
            reference: optionalString.describe("Docket or document reference."),
          })
          .optional()
          .apply(
            described,
            "Why records are kept past the trigger, if anything. 15(a) accepts only a valid warrant or subpoena issued by a court; a duty to preserve evidence is handled under Sec. 25(a): keep the data and seek the court's order, never destroy it.",
          ),
      })
      .default({
        policy: {
          exists: "unknown",
          public: "unknown",
          adoptedDate: "unknown",
          hasRetentionSchedule: "unknown",
          hasDestructionGuidelines: "unknown",
        },
        schedule: { trigger: "unknown" },
        practice: {
          automatedDeletion: "unknown",
          daysFromTriggerToDeletion: "unknown",
          backupsAndReplicasDeleted: "unknown",
          vendorsDeleteAndCertify: "unknown",
          recordsRetainedPastTrigger: "unknown",
        },
      })
      .apply(described, "15(a): the written policy, its schedule, the practice, and any legal hold."),
    commerce: z
      .strictObject({
        sells: triState.describe("15(c): sells biometric data."),
        leases: triState.describe("15(c): leases biometric data."),
        trades: triState.describe("15(c): trades biometric data."),
        licensesDatabaseAccess: triState.describe("Sells access to a biometric database (the Clearview model)."),
        otherwiseProfits: triState.describe("Revenue tied to the biometrics, e.g. training a paid product."),
      })
      .default({ sells: "unknown", leases: "unknown", trades: "unknown", licensesDatabaseAccess: "unknown", otherwiseProfits: "unknown" })
      .apply(described, "15(c): selling, leasing, trading or otherwise profiting."),
    disclosures: z
      .union(
        [
          z.array(
            z.strictObject({
              recipient: text.describe("Who receives the data."),
              type: enumOrUnknown(RECIPIENT_TYPES).apply(described, "What kind of recipient (a timeclock vendor is a processor; a police customer is law enforcement)."),
              frequency: enumOrUnknown(DISCLOSURE_FREQUENCIES).apply(described, "How often data goes to this recipient (per-scan, as in Cothron, counts each transmission)."),
              exception: enumOrUnknown(DISCLOSURE_EXCEPTIONS).apply(described, "The 15(d) exception relied on."),
              issuedBy: enumOrUnknown(PROCESS_ISSUERS).apply(
                described,
                "For warrant-or-subpoena: who issued it. 15(d)(4) needs a warrant or subpoena issued by a court of competent jurisdiction.",
              ),
              issuingBody: optionalString.describe("For warrant-or-subpoena: the court, clerk, attorney or agency that issued it."),
              consentDate: dateOrUnknown.describe("For consent: when the subjects consented to this disclosure; transmissions before it are not covered."),
              firstTransmission: dateOrUnknown.describe(
                "When data first went to this recipient (defaults to the first capture for data sent on every scan, continuously or daily).",
              ),
              country: optionalString.describe("Where the recipient is."),
              legalBasis: optionalString.describe("The law, warrant or consent document relied on."),
            }),
          ),
          z.literal("unknown"),
        ],
        { error: 'expected a list of disclosures ([] for none) or "unknown"' },
      )
      .default("unknown")
      .apply(described, "15(d): every recipient of biometric data. [] asserts there are none."),
    security: z
      .strictObject({
        encryptionAtRest: triState.describe(
          "The store that holds the biometric data is encrypted at rest. Either this or templateEncryption makes the stored biometric data encrypted.",
        ),
        encryptionInTransit: triState.describe("Biometric data is encrypted whenever it is transmitted."),
        templateEncryption: triState.describe(
          "The templates or vectors themselves are encrypted (a Clearview measure). Encrypted templates are encrypted stored biometric data, whatever the store.",
        ),
        accessControl: triState.describe("Access to the biometric data is restricted (role-based, least privilege)."),
        accessLogging: triState.describe("Access to the biometric data is logged."),
        intrusionDetection: triState.describe("Anti-intrusion devices (a Clearview measure)."),
        staffTraining: triState.describe("Employee cybersecurity training (a Clearview measure)."),
        parityWithConfidentialInfo: triState.describe(
          "15(e)(2): protected the same as or better than SSNs, account numbers and PINs.",
        ),
        industryStandard: optionalString.describe("Security standard followed, e.g. ISO/IEC 27001, SOC 2. Evidence on the 15(e)(1) industry standard of care, not a statutory requirement."),
      })
      .default({
        encryptionAtRest: "unknown",
        encryptionInTransit: "unknown",
        templateEncryption: "unknown",
        accessControl: "unknown",
        accessLogging: "unknown",
        intrusionDetection: "unknown",
        staffTraining: "unknown",
        parityWithConfidentialInfo: "unknown",
      })
      .apply(described, "15(e): how the data is stored, transmitted and protected."),
    breaches: z
      .array(
        z.strictObject({
          date: dateOrUnknown.describe("When the breach happened."),
          exposed: z
            .array(z.enum(BREACH_EXPOSURES, { error: `expected one of: ${BREACH_EXPOSURES.join(", ")}` }))
            .min(1)
            .apply(described, "What the breach exposed. Biometric templates, face vectors and images weigh differently from source code or client lists (In re Clearview, PI denial)."),
          description: optionalString.describe("Free text on the breach."),
        }),
      )
      .default([])
      .apply(described, "Breach history: what was exposed matters (In re Clearview, PI denial)."),
    crossBorderTransfers: z
      .array(
        z.strictObject({
          destination: text.describe("Country the data goes to."),
          recipient: optionalString.describe("Who receives it there."),
          biometricData: triState.describe("Whether biometric data is part of the transfer."),
          disclosedToSubjects: triState.describe("Whether the transfer is disclosed to the people concerned."),
        }),
      )
      .default([])
      .apply(described, "Transfers of the system's data abroad (the TikTok settlement barred undisclosed transfers of US data out of the US)."),
    remediation: z
      .strictObject({
        optOutForm: triState.describe("ACLU v. Clearview: an opt-out request form for Illinois residents."),
        optOutPublicized: triState.describe("The opt-out form is publicized (the ACLU order required $50,000 in online ads)."),
        privateEntityCustomers: triState.describe("Whether private businesses can use the database (ACLU consent order)."),
        illinoisCustomers: triState.describe("Whether Illinois entities, including police, are customers."),
        individualTrialAccounts: triState.describe("Free or trial accounts for individuals without their agency's approval."),
        defaultOff: triState.describe("Face recognition off by default (Facebook settlement)."),
        inactiveTemplatePurgeYears: z.number().nonnegative().optional().apply(described, "Templates purged after N years of inactivity (Facebook: 3)."),
        disclosedInPrivacyPolicy: triState.describe("Biometric collection disclosed in the privacy policy (TikTok settlement)."),
      })
      .optional()
      .apply(described, "Measures modeled on the Clearview, Facebook, TikTok and Google outcomes."),
    culpability: z
      .strictObject({
        priorNoticeOfBipaDuties: triState.describe("The entity had been told of BIPA duties and went on (a reckless indicator)."),
        knownNonCompliance: triState.describe("The entity knew its practice did not comply (an intentional or reckless indicator)."),
      })
      .default({ priorNoticeOfBipaDuties: "unknown", knownNonCompliance: "unknown" })
      .apply(described, "Facts that point to negligent or intentional/reckless conduct (Sec. 20)."),
    places,
    premises,
    purposes,
    consent,
    saleAuthorization: saleAuthorization.optional(),
    aiTraining,
    faceDatabase,
    dataProtection,
  })
  .apply(described, "One collection point or processing activity that touches biometric data.");

/** The practices profile, version 1. */
export const practicesSchema = z
  .strictObject({
    $schema: optionalString.describe("Optional JSON Schema reference for editors."),
    version: z
      .literal(1, { error: "expected version: 1 (the only profile version this release reads)" })
      .apply(described, "Profile format version. Only 1 exists."),
    organization,
    systems: z
      .array(system)
      .min(1, { error: "expected at least one system" })
      .apply(described, "Each collection point or processing activity that touches biometric data, one entry per system."),
  })
  .superRefine((profile, ctx) => {
    const seen = new Map<string, number>();
    profile.systems.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["systems", i, "id"],
          message: `duplicate system id "${s.id}" (first used by systems[${first}])`,
        });
      } else {
        seen.set(s.id, i);
      }
      for (const issue of systemConsistency(s)) ctx.addIssue({ code: "custom", path: ["systems", i, ...issue.path], message: issue.message });
    });
  })
  .apply(described, "A bipa-check practices profile: an organization and each system that touches biometric data.");

/**
 * Facts of one system that contradict each other in a way no rule could read: a pair that names an
 * identifier or method the system does not list, or a hold said to be court-issued and not.
 */
function systemConsistency(s: z.output<typeof system>): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  s.collection.identifierMethods.forEach((pair, j) => {
    if (!s.modalities.includes(pair.identifier)) {
      issues.push({ path: ["collection", "identifierMethods", j, "identifier"], message: `"${pair.identifier}" is not among the system's modalities; list it there too` });
    }
    if (!s.collection.methods.includes(pair.method)) {
      issues.push({ path: ["collection", "identifierMethods", j, "method"], message: `"${pair.method}" is not among collection.methods; list it there too` });
    }
  });
  s.subjects.forEach((group, i) => {
    // The Illinois people are some of the group's people: more of them than the group holds would
    // inflate every count the estimate makes.
    const all = countBounds(group.count);
    const il = countBounds(group.illinoisCount);
    if (all?.high !== undefined && il !== undefined && il.low > all.high) {
      issues.push({
        path: ["subjects", i, "illinoisCount"],
        message: `${il.low} Illinois people is more than the group's count (${all.high}); the Illinois people are part of the group, so state both as counted`,
      });
    }
  });
  const hold = s.retention.legalHold;
  if (hold && hold.issuedBy !== "unknown" && hold.issuedByCourt !== "unknown" && (hold.issuedBy === "court") !== hold.issuedByCourt) {
    issues.push({
      path: ["retention", "legalHold", "issuedByCourt"],
      message: `issuedByCourt: ${String(hold.issuedByCourt)} contradicts issuedBy: "${hold.issuedBy}"; state one of them`,
    });
  }
  return issues;
}

/** A validated practices profile (output type, defaults filled). */
export type Practices = z.output<typeof practicesSchema>;
/** What a profile author writes (input type, defaults optional). */
export type PracticesInput = z.input<typeof practicesSchema>;
export type Organization = Practices["organization"];
export type System = Practices["systems"][number];
export type SubjectGroup = System["subjects"][number];
export type Disclosure = Exclude<System["disclosures"], "unknown">[number];
