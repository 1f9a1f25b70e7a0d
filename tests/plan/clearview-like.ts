import { parseProfile } from "../../src/practices/load.js";
import type { Practices, PracticesInput } from "../../src/practices/schema.js";
import type { RemedyId } from "../../src/packs/bipa/remedies/ids.js";

/**
 * A fictional company run the way Clearview was described before its 2021 measures (bipa-reference.md
 * §3.1): face vectors computed from scraped public photos, access to the database licensed to
 * customers, no notice or release, no retention policy, and two breaches that exposed a client list,
 * source code and employee information but no facial images or vectors. Names, counts and dates are
 * invented for the test.
 */
export const CLEARVIEW_AS_OF = "2021-04-01";

export const clearviewLikeInput = {
  version: 1,
  organization: {
    name: "Faceprint Search Inc.",
    entityType: "private-entity",
    glba: { titleVSubject: false, role: "none" },
    licensedFingerprintVendor: false,
    illinoisPresence: { facilities: false, employees: false, customersOrContracts: true, marketsToIllinois: true },
    offshoreAffiliates: [],
  },
  systems: [
    {
      id: "face-search",
      name: "Face search database",
      modalities: ["face-geometry"],
      faceMatching: "identification",
      outputCanIdentify: true,
      derivedFromPhotographs: true,
      photographsOnly: false,
      healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: false, medicalImaging: false },
      actingForGovernmentUnit: { acting: false },
      subjects: [
        { population: "scraped-public-images", count: 3_000_000, illinoisCount: 100_000, unionRepresented: false, relationship: "none" },
      ],
      illinoisNexus: {
        illinoisSubjectShare: 0.033,
        captureInIllinois: true,
        captureLocations: ["Illinois", "United States"],
        processingLocations: ["New York"],
      },
      notice: { inWriting: false, statesCollection: false, specificPurpose: false, lengthOfTerm: false, date: "unknown" },
      release: {
        type: "none",
        signedBy: "unknown",
        employmentCondition: false,
        date: "unknown",
        obtainedBeforeEachCapture: false,
        coversAllSubjects: false,
      },
      collection: { methods: ["web-scraping"], firstCaptureDate: "2018-06-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1 },
      retention: {
        policy: { exists: false, public: false, adoptedDate: "unknown", hasRetentionSchedule: false, hasDestructionGuidelines: false },
        schedule: { trigger: "none" },
        practice: {
          automatedDeletion: false,
          daysFromTriggerToDeletion: "unknown",
          backupsAndReplicasDeleted: false,
          vendorsDeleteAndCertify: "unknown",
          recordsRetainedPastTrigger: "unknown",
        },
      },
      commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: true, otherwiseProfits: true },
      disclosures: [{ recipient: "Licensed customers", type: "customer", frequency: "on-request", exception: "none" }],
      security: {
        encryptionAtRest: false,
        encryptionInTransit: true,
        templateEncryption: false,
        accessControl: true,
        accessLogging: true,
        intrusionDetection: false,
        staffTraining: false,
        parityWithConfidentialInfo: true,
        industryStandard: "SOC 2",
      },
      breaches: [
        { date: "2020-03-01", exposed: ["client-list"] },
        { date: "2020-05-01", exposed: ["source-code", "employee-information"] },
      ],
      crossBorderTransfers: [],
      remediation: {
        optOutForm: false,
        optOutPublicized: false,
        privateEntityCustomers: true,
        illinoisCustomers: true,
        individualTrialAccounts: true,
        defaultOff: false,
        disclosedInPrivacyPolicy: false,
      },
      culpability: { priorNoticeOfBipaDuties: true, knownNonCompliance: "unknown" },
    },
  ],
} satisfies PracticesInput;

/** The six measures the court noted when it denied the preliminary injunction. */
export const CLEARVIEW_2021_MEASURES = [
  "exclude-illinois-geolocated-results",
  "block-illinois-ip-logins",
  "avoid-collecting-illinois-residents",
  "train-employees-cybersecurity",
  "encrypt-templates-and-vectors",
  "deploy-anti-intrusion",
] as const satisfies readonly RemedyId[];

export function clearviewLike(): Practices {
  const parsed = parseProfile(clearviewLikeInput);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  return parsed.profile;
}
