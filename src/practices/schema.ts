import { z } from "zod";
import {
  countOrUnknown,
  dateOrUnknown,
  enumOrUnknown,
  numberOrUnknown,
  shareOrUnknown,
  slugId,
  text,
  triState,
} from "./primitives.js";

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

const geofenceMeasure = z
  .strictObject({
    enabled: triState.describe("Whether the measure is in place."),
    since: dateOrUnknown.describe("When the measure took effect."),
    coverage: shareOrUnknown.describe("Measured share of Illinois items the measure catches (0 to 1)."),
    method: z.string().optional().describe("How it works (e.g. EXIF geotags, IP geolocation)."),
  })
  .describe("One Illinois geofencing measure, as noted by the court in the Clearview MDL.");

const organization = z
  .strictObject({
    name: text.describe("Legal name of the organization."),
    entityType: z
      .enum(["private-entity", "government-unit", "illinois-court"], {
        error: 'expected "private-entity", "government-unit" or "illinois-court"',
      })
      .describe(
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
        ]).describe("Vendors to banks are not exempt (Sec. 25(c) is read narrowly)."),
      })
      .default({ titleVSubject: "unknown", role: "unknown" })
      .describe("Gramm-Leach-Bliley Act status (Sec. 25(c))."),
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
      .describe("Illinois presence, for the extraterritoriality test (Avery; Rivera v. Google)."),
    offshoreAffiliates: z
      .array(
        z.strictObject({
          name: text.describe("Name of the affiliate."),
          country: text.describe("Country where it is organized or operates."),
          purpose: z.string().optional().describe("What it does (e.g. serves foreign customers)."),
          accessToBiometricData: triState.describe("Whether the affiliate holds or can reach biometric data."),
        }),
      )
      .default([])
      .describe("Offshore subsidiaries or affiliates (the Panama and Singapore issue in the Clearview MDL)."),
  })
  .describe("The organization whose practices are described.");

const subjectGroup = z.strictObject({
  population: z.enum(POPULATIONS, { error: `expected one of: ${POPULATIONS.join(", ")}` }).describe("Who the people are: employees, customers, minors (Rosenbach), non-users in uploads, scraped public images, drivers (BNSF) and so on."),
  count: countOrUnknown.describe("How many people in this group."),
  illinoisCount: countOrUnknown.describe("How many of them are Illinois residents or were captured in Illinois."),
  unionRepresented: triState.describe("Union-represented workforce (Miller v. Southwest Airlines)."),
  relationship: enumOrUnknown(["direct", "none"]).describe(
    "Whether the entity has a direct relationship with these people (none for scraped images or non-users).",
  ),
});

const system = z
  .strictObject({
    id: slugId.describe("Stable id of the system; used in fingerprints, waivers and baselines."),
    name: text.describe("Human-readable name."),
    description: z.string().optional().describe("Free text on what the system does; shown in reports."),
    modalities: z
      .array(z.enum(BIPA_MODALITIES, { error: `expected one of: ${BIPA_MODALITIES.join(", ")}` }))
      // Required, not defaulted: an omitted list must not read as "no biometric identifier" and
      // exclude the system. Write [] to say the system captures none of the five.
      .describe("Sec. 10 biometric identifiers captured or derived by the system (required; [] for none)."),
    otherTraits: z
      .array(text)
      .default([])
      .describe("Traits that are not Sec. 10 identifiers (gait, keystroke, signature...). Kept apart; other laws may cover them."),
    faceMatching: enumOrUnknown(["identification", "verification", "detection-only", "not-applicable"]).describe(
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
      .describe("Sec. 10 health-care exclusions: the patient limb, the HIPAA treatment, payment or operations limb (Mosby), and medical imaging."),
    actingForGovernmentUnit: z
      .strictObject({
        acting: triState.describe("Sec. 25(e): processing done as contractor, subcontractor or agent of a State agency or local unit of government."),
        unit: z.string().optional().describe("The government unit served."),
      })
      .default({ acting: "unknown" })
      .describe("Sec. 25(e): whether this processing is done for a State agency or local unit of government. It exempts the activity, not the company."),
    subjects: z.array(subjectGroup).default([]).describe("Whose biometrics the system touches."),
    illinoisNexus: z
      .strictObject({
        illinoisSubjectShare: shareOrUnknown.describe("Share of subjects who are Illinois residents (0 to 1)."),
        residencyDeterminedBy: z.string().optional().describe("How Illinois residency was determined (e.g. address on file, device geolocation, IP address)."),
        captureInIllinois: triState.describe("Whether capture happens in Illinois (device, camera, upload geolocation)."),
        captureLocations: z.array(text).default([]).describe("States or countries where capture happens."),
        processingLocations: z.array(text).default([]).describe("Where the data is processed and stored (servers)."),
      })
      .default({ illinoisSubjectShare: "unknown", captureInIllinois: "unknown", captureLocations: [], processingLocations: [] })
      .describe("Illinois nexus of this system (extraterritoriality: Avery; Rivera v. Google; In re Clearview)."),
    geofencing: z
      .strictObject({
        geolocationExclusion: geofenceMeasure.optional().describe("Illinois-geolocated photos excluded from search results."),
        ipBlocking: geofenceMeasure.optional().describe("Logins from Illinois IP addresses blocked."),
        collectionFilter: geofenceMeasure.optional().describe("Collection changed to avoid Illinois residents and photos taken or uploaded in Illinois."),
        knownGaps: z.array(text).default([]).describe("Known gaps, e.g. photos without geotags, VPN users."),
        existingDataPurged: triState.describe("Whether Illinois data collected before the measures was destroyed."),
      })
      .optional()
      .describe("Clearview-style Illinois geofencing. Reduces nexus for new collection; not a cure."),
    notice: z
      .strictObject({
        inWriting: triState.describe("15(b)(1): subjects informed in writing."),
        statesCollection: triState.describe("15(b)(1): the notice says biometrics are collected or stored."),
        specificPurpose: triState.describe("15(b)(2): the notice states the specific purpose."),
        lengthOfTerm: triState.describe("15(b)(2): the notice states the length of term."),
        date: dateOrUnknown.describe("When notice was first given."),
      })
      .default({ inWriting: "unknown", statesCollection: "unknown", specificPurpose: "unknown", lengthOfTerm: "unknown", date: "unknown" })
      .describe("15(b)(1) and (2): the written notice given before collection."),
    release: z
      .strictObject({
        type: enumOrUnknown(RELEASE_TYPES).describe("15(b)(3): form of the release."),
        signedBy: enumOrUnknown(RELEASE_SIGNERS).describe("Who signed it."),
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
      .describe("15(b)(3): the written release received before collection."),
    collection: z
      .strictObject({
        methods: z
          .array(z.enum(COLLECTION_METHODS, { error: `expected one of: ${COLLECTION_METHODS.join(", ")}` }))
          .default([])
          .describe("Collection methods (timeclock, door access, app, gate terminal...). Under PA 103-0769 each method counts once per person."),
        firstCaptureDate: dateOrUnknown.describe("First capture or possession of biometric data."),
        lastCaptureDate: z
          .union([z.iso.date({ error: 'expected a date as YYYY-MM-DD, "ongoing" or "unknown"' }), z.literal("ongoing"), z.literal("unknown")], {
            error: 'expected a date as YYYY-MM-DD, "ongoing" or "unknown"',
          })
          .default("unknown")
          .describe('Last capture, or "ongoing".'),
        scansPerSubjectPerYear: numberOrUnknown.describe("Scans per person per year (Cothron accrual)."),
      })
      .default({ methods: [], firstCaptureDate: "unknown", lastCaptureDate: "unknown", scansPerSubjectPerYear: "unknown" })
      .describe("How, when and how often biometrics are captured (collection methods count separately after PA 103-0769; each scan accrued a claim under Cothron)."),
    retention: z
      .strictObject({
        policy: z
          .strictObject({
            exists: triState.describe("15(a): a written retention policy exists."),
            public: triState.describe("15(a): it is available to the public."),
            url: z.string().optional().describe("Where the public can read the policy."),
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
          .describe("15(a): the written retention and destruction policy."),
        schedule: z
          .strictObject({
            trigger: enumOrUnknown(DESTRUCTION_TRIGGERS).describe("What starts the destruction clock."),
            yearsAfterLastInteraction: z.number().nonnegative().optional().describe("For trigger last-interaction."),
            fixedPeriodYears: z.number().nonnegative().optional().describe("For trigger fixed-period."),
          })
          .default({ trigger: "unknown" })
          .describe("15(a): what the schedule says about when data is destroyed."),
        practice: z
          .strictObject({
            automatedDeletion: triState.describe("A job deletes data when its trigger is reached."),
            daysFromTriggerToDeletion: numberOrUnknown.describe("Measured time from trigger to deletion."),
            backupsAndReplicasDeleted: triState.describe("Backups and replicas are deleted too."),
            vendorsDeleteAndCertify: triState.describe("Vendors holding the data delete it and certify deletion."),
            recordsRetainedPastTrigger: countOrUnknown.describe("Records kept past the destruction trigger (Fox v. Dakkota)."),
          })
          .default({
            automatedDeletion: "unknown",
            daysFromTriggerToDeletion: "unknown",
            backupsAndReplicasDeleted: "unknown",
            vendorsDeleteAndCertify: "unknown",
            recordsRetainedPastTrigger: "unknown",
          })
          .describe("15(a): what actually happens to the data, measured (Fox v. Dakkota)."),
        legalHold: z
          .strictObject({
            kind: z
              .enum(["warrant", "subpoena", "litigation-hold", "other"], {
                error: 'expected "warrant", "subpoena", "litigation-hold" or "other"',
              })
              .describe("What the hold is. Only a valid warrant or subpoena from a court of competent jurisdiction excuses keeping data past the schedule."),
            issuedByCourt: triState.describe("Issued by a court of competent jurisdiction."),
            reference: z.string().optional().describe("Docket or document reference."),
          })
          .optional()
          .describe("Why records are kept past the trigger, if anything. 15(a) accepts only a valid warrant or subpoena."),
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
      .describe("15(a): the written policy, its schedule, the practice, and any legal hold."),
    commerce: z
      .strictObject({
        sells: triState.describe("15(c): sells biometric data."),
        leases: triState.describe("15(c): leases biometric data."),
        trades: triState.describe("15(c): trades biometric data."),
        licensesDatabaseAccess: triState.describe("Sells access to a biometric database (the Clearview model)."),
        otherwiseProfits: triState.describe("Revenue tied to the biometrics, e.g. training a paid product."),
      })
      .default({ sells: "unknown", leases: "unknown", trades: "unknown", licensesDatabaseAccess: "unknown", otherwiseProfits: "unknown" })
      .describe("15(c): selling, leasing, trading or otherwise profiting."),
    disclosures: z
      .union(
        [
          z.array(
            z.strictObject({
              recipient: text.describe("Who receives the data."),
              type: enumOrUnknown(RECIPIENT_TYPES).describe("What kind of recipient (a timeclock vendor is a processor; a police customer is law enforcement)."),
              frequency: enumOrUnknown(DISCLOSURE_FREQUENCIES).describe("How often data goes to this recipient (per-scan, as in Cothron, counts each transmission)."),
              exception: enumOrUnknown(DISCLOSURE_EXCEPTIONS).describe("The 15(d) exception relied on."),
              country: z.string().optional().describe("Where the recipient receives the data."),
              legalBasis: z.string().optional().describe("The law, warrant or consent document relied on."),
            }),
          ),
          z.literal("unknown"),
        ],
        { error: 'expected a list of disclosures ([] for none) or "unknown"' },
      )
      .default("unknown")
      .describe("15(d): every recipient of biometric data. [] asserts there are none."),
    security: z
      .strictObject({
        encryptionAtRest: triState.describe("15(e)(1): the biometric store is encrypted at rest."),
        encryptionInTransit: triState.describe("15(e)(1): biometric data is encrypted in transit."),
        templateEncryption: triState.describe("Templates or vectors encrypted (a Clearview measure)."),
        accessControl: triState.describe("15(e)(1): access to the data is restricted (role-based access, MFA, least privilege)."),
        accessLogging: triState.describe("Access to the data is logged."),
        intrusionDetection: triState.describe("Anti-intrusion devices (a Clearview measure)."),
        staffTraining: triState.describe("Employee cybersecurity training (a Clearview measure)."),
        parityWithConfidentialInfo: triState.describe(
          "15(e)(2): protected the same as or better than SSNs, account numbers and PINs.",
        ),
        industryStandard: z.string().optional().describe("Standard followed, e.g. ISO/IEC 27001, SOC 2."),
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
      .describe("15(e): how the data is stored, transmitted and protected."),
    breaches: z
      .array(
        z.strictObject({
          date: dateOrUnknown.describe("When the breach happened."),
          exposed: z
            .array(z.enum(BREACH_EXPOSURES, { error: `expected one of: ${BREACH_EXPOSURES.join(", ")}` }))
            .min(1)
            .describe("What the breach exposed. Biometric templates, face vectors and images weigh differently from source code or client lists (In re Clearview, PI denial)."),
          description: z.string().optional().describe("Free text on the breach."),
        }),
      )
      .default([])
      .describe("Breach history: what was exposed matters (In re Clearview, PI denial)."),
    crossBorderTransfers: z
      .array(
        z.strictObject({
          destination: text.describe("Country the data goes to."),
          recipient: z.string().optional().describe("Who receives it there."),
          biometricData: triState.describe("Whether biometric data is part of the transfer."),
          disclosedToSubjects: triState.describe("Whether the transfer is disclosed to the people concerned."),
        }),
      )
      .default([])
      .describe("Transfers of the system's data abroad (the TikTok settlement barred undisclosed transfers of US data out of the US)."),
    remediation: z
      .strictObject({
        optOutForm: triState.describe("ACLU v. Clearview: an opt-out request form for Illinois residents."),
        optOutPublicized: triState.describe("The opt-out form is publicized (the ACLU order required $50,000 in online ads)."),
        privateEntityCustomers: triState.describe("Whether private businesses can use the database (ACLU consent order)."),
        illinoisCustomers: triState.describe("Whether Illinois entities, including police, are customers."),
        individualTrialAccounts: triState.describe("Free or trial accounts for individuals without their agency's approval."),
        defaultOff: triState.describe("Face recognition off by default (Facebook settlement)."),
        inactiveTemplatePurgeYears: z.number().nonnegative().optional().describe("Templates purged after N years of inactivity (Facebook: 3)."),
        disclosedInPrivacyPolicy: triState.describe("Biometric collection disclosed in the privacy policy (TikTok settlement)."),
      })
      .optional()
      .describe("Measures modeled on the Clearview, Facebook, TikTok and Google outcomes."),
    culpability: z
      .strictObject({
        priorNoticeOfBipaDuties: triState.describe("The entity had been told of BIPA duties and went on (a reckless indicator)."),
        knownNonCompliance: triState.describe("The entity knew its practice did not comply (an intentional or reckless indicator)."),
      })
      .default({ priorNoticeOfBipaDuties: "unknown", knownNonCompliance: "unknown" })
      .describe("Facts that point to negligent or intentional/reckless conduct (Sec. 20)."),
  })
  .describe("One collection point or processing activity that touches biometric data.");

/** The practices profile, version 1. */
export const practicesSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Optional JSON Schema reference for editors."),
    version: z
      .literal(1, { error: "expected version: 1 (the only profile version this release reads)" })
      .describe("Profile format version. Only 1 exists."),
    organization,
    systems: z
      .array(system)
      .min(1, { error: "expected at least one system" })
      .describe("Each collection point or processing activity that touches biometric data, one entry per system."),
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
    });
  })
  .describe("A bipa-check practices profile: an organization and each system that touches biometric data.");

/** A validated practices profile (output type, defaults filled). */
export type Practices = z.output<typeof practicesSchema>;
/** What a profile author writes (input type, defaults optional). */
export type PracticesInput = z.input<typeof practicesSchema>;
export type Organization = Practices["organization"];
export type System = Practices["systems"][number];
export type SubjectGroup = System["subjects"][number];
export type Disclosure = Exclude<System["disclosures"], "unknown">[number];
