import type { PracticesInput } from "../../practices/schema.js";

/**
 * A profile that every BIPA rule passes: an Illinois employer's fingerprint timeclock run the way
 * the statute asks. Rule examples are patches on it, so each example shows exactly one departure.
 */
export const compliantProfile = {
  version: 1,
  organization: {
    name: "Prairie Fabrication LLC",
    entityType: "private-entity",
    glba: { titleVSubject: false, role: "none" },
    licensedFingerprintVendor: false,
    illinoisPresence: { facilities: true, employees: true, customersOrContracts: true, marketsToIllinois: true },
    offshoreAffiliates: [],
  },
  systems: [
    {
      id: "timeclock",
      name: "Fingerprint timeclock",
      modalities: ["fingerprint"],
      otherTraits: [],
      faceMatching: "not-applicable",
      outputCanIdentify: true,
      derivedFromPhotographs: false,
      photographsOnly: false,
      healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: false, medicalImaging: false },
      actingForGovernmentUnit: { acting: false },
      subjects: [
        { population: "employees", count: 120, illinoisCount: 120, unionRepresented: false, relationship: "direct" },
      ],
      illinoisNexus: {
        illinoisSubjectShare: 1,
        captureInIllinois: true,
        captureLocations: ["Illinois"],
        processingLocations: ["Illinois"],
      },
      notice: { inWriting: true, statesCollection: true, specificPurpose: true, lengthOfTerm: true, date: "2019-12-15" },
      release: {
        type: "wet-signature",
        signedBy: "subject",
        employmentCondition: true,
        date: "2019-12-15",
        obtainedBeforeEachCapture: true,
        coversAllSubjects: true,
      },
      collection: {
        methods: ["timeclock"],
        firstCaptureDate: "2020-01-06",
        lastCaptureDate: "ongoing",
        scansPerSubjectPerYear: 1000,
      },
      retention: {
        policy: {
          exists: true,
          public: true,
          url: "https://example.com/biometric-policy",
          adoptedDate: "2019-12-01",
          hasRetentionSchedule: true,
          hasDestructionGuidelines: true,
        },
        schedule: { trigger: "earlier-of-purpose-or-3-years" },
        practice: {
          automatedDeletion: true,
          daysFromTriggerToDeletion: 30,
          backupsAndReplicasDeleted: true,
          vendorsDeleteAndCertify: true,
          recordsRetainedPastTrigger: 0,
        },
      },
      commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
      disclosures: [],
      security: {
        encryptionAtRest: true,
        encryptionInTransit: true,
        templateEncryption: true,
        accessControl: true,
        accessLogging: true,
        intrusionDetection: true,
        staffTraining: true,
        parityWithConfidentialInfo: true,
        industryStandard: "ISO/IEC 27001",
      },
      breaches: [],
      crossBorderTransfers: [],
      culpability: { priorNoticeOfBipaDuties: false, knownNonCompliance: false },
    },
  ],
} satisfies PracticesInput;
