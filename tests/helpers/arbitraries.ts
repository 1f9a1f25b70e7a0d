import fc from "fast-check";
import { countBounds } from "../../src/practices/counts.js";
import {
  BIPA_MODALITIES,
  BREACH_EXPOSURES,
  COLLECTION_METHODS,
  DESTRUCTION_TRIGGERS,
  DISCLOSURE_EXCEPTIONS,
  DISCLOSURE_FREQUENCIES,
  GROUP_RELEASE_STATUSES,
  LEGAL_HOLD_KINDS,
  POPULATIONS,
  POSSESSION_HOLDERS,
  PROCESS_ISSUERS,
  CAPTURE_ACTORS,
  RECIPIENT_TYPES,
  RELEASE_SIGNERS,
  RELEASE_TYPES,
  type PracticesInput,
} from "../../src/practices/schema.js";

/** Arbitraries that generate schema-valid practices profiles, covering every enum and "unknown". */

const tri = fc.constantFrom(true, false, "unknown" as const);
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom<T | "unknown">(...values, "unknown");
const date = fc
  .date({ min: new Date("2008-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Dates known to the day, and sometimes only to the month or the year (profile point 8). */
const partialDate = fc.oneof({ weight: 4, arbitrary: date }, { weight: 1, arbitrary: date.map((d) => d.slice(0, 7)) }, { weight: 1, arbitrary: date.map((d) => d.slice(0, 4)) });
const dateOrUnknown = fc.oneof(partialDate, fc.constant("unknown" as const));
const count = fc.oneof(fc.nat({ max: 100_000 }), fc.constant("unknown" as const));
/** Counts known only in part: "some", { atLeast }, { atLeast, atMost }. */
const partialCount = fc.oneof(
  { weight: 4, arbitrary: count },
  { weight: 1, arbitrary: fc.constant("some" as const) },
  { weight: 1, arbitrary: fc.nat({ max: 1000 }).chain((atLeast) => fc.oneof(fc.constant({ atLeast }), fc.nat({ max: 1000 }).map((extra) => ({ atLeast, atMost: atLeast + extra })))) },
);

const subject = fc.record(
  {
    population: fc.constantFrom(...POPULATIONS),
    count: partialCount,
    illinoisCount: partialCount,
    unionRepresented: tri,
    relationship: fc.constantFrom("direct" as const, "none" as const, "unknown" as const),
    release: fc.record({ status: oneOf(GROUP_RELEASE_STATUSES), date: dateOrUnknown, signedBy: oneOf(RELEASE_SIGNERS), illinoisWithoutRelease: partialCount, noticeBeforeCapture: tri }),
    departures: fc.array(fc.record({ illinoisCount: count, date: dateOrUnknown }), { maxLength: 2 }),
    collectiveBargaining: fc.record({ covered: tri }),
  },
  { requiredKeys: ["population", "count", "illinoisCount", "unionRepresented", "relationship"] },
).map((g) => {
  // The schema refuses more Illinois people than the group holds: keep generated groups valid.
  const all = countBounds(g.count);
  const il = countBounds(g.illinoisCount);
  return all?.high !== undefined && il !== undefined && il.low > all.high ? { ...g, illinoisCount: all.high } : g;
});

const disclosure = fc.record(
  {
    recipient: fc.constantFrom("Vendor A", "Cloud B", "Police C", "Buyer D"),
    type: oneOf(RECIPIENT_TYPES),
    frequency: oneOf(DISCLOSURE_FREQUENCIES),
    exception: oneOf(DISCLOSURE_EXCEPTIONS),
    issuedBy: oneOf(PROCESS_ISSUERS),
    consentDate: dateOrUnknown,
    firstTransmission: dateOrUnknown,
  },
  { requiredKeys: ["recipient", "type", "frequency", "exception"] },
);

const geofence = fc.record(
  { enabled: tri, since: dateOrUnknown, coverage: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant("unknown" as const)), method: fc.constantFrom("EXIF geotags", "IP geolocation") },
  { requiredKeys: ["enabled", "since", "coverage"] },
);

export const systemArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`System ${id}`),
      modalities: fc.uniqueArray(fc.constantFrom(...BIPA_MODALITIES), { maxLength: 3 }),
      otherTraits: fc.uniqueArray(fc.constantFrom("gait", "keystroke"), { maxLength: 2 }),
      faceMatching: oneOf(["identification", "verification", "detection-only", "not-applicable"] as const),
      outputCanIdentify: tri,
      derivedFromPhotographs: tri,
      photographsOnly: tri,
      healthcare: fc.record({ patientCareSetting: tri, hipaaTreatmentPaymentOperations: tri, medicalImaging: tri }),
      actingForGovernmentUnit: fc.record({ acting: tri }),
      possession: fc.record({ holder: oneOf(POSSESSION_HOLDERS) }),
      subjects: fc.array(subject, { maxLength: 3 }),
      illinoisNexus: fc.record({
        illinoisSubjectShare: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant("unknown" as const)),
        captureInIllinois: tri,
        processingInIllinois: tri,
        processingLocations: fc.uniqueArray(fc.constantFrom("Illinois", "Indiana", "New York"), { maxLength: 2 }),
      }),
      geofencing: fc.record({
        geolocationExclusion: geofence,
        ipBlocking: geofence,
        collectionFilter: geofence,
        knownGaps: fc.array(fc.constantFrom("untagged photos", "VPN users"), { maxLength: 2 }),
        existingDataPurged: tri,
      }),
      notice: fc.record({ inWriting: tri, statesCollection: tri, specificPurpose: tri, lengthOfTerm: tri, date: dateOrUnknown }),
      release: fc.record({
        type: oneOf(RELEASE_TYPES),
        signedBy: oneOf(RELEASE_SIGNERS),
        employmentCondition: tri,
        date: dateOrUnknown,
        obtainedBeforeEachCapture: tri,
        coversAllSubjects: tri,
      }),
      collection: fc.record({
        methods: fc.uniqueArray(fc.constantFrom(...COLLECTION_METHODS), { maxLength: 2 }),
        capturedBy: oneOf(CAPTURE_ACTORS),
        firstCaptureDate: dateOrUnknown,
        lastCaptureDate: fc.oneof(date, fc.constantFrom("ongoing" as const, "unknown" as const)),
        scansPerSubjectPerYear: fc.oneof(fc.nat({ max: 5000 }), fc.constant("unknown" as const)),
      }),
      retention: fc.record({
        policy: fc.record({ exists: tri, public: tri, adoptedDate: dateOrUnknown, hasRetentionSchedule: tri, hasDestructionGuidelines: tri }),
        schedule: fc.record({ trigger: oneOf(DESTRUCTION_TRIGGERS), yearsAfterLastInteraction: fc.nat({ max: 10 }), fixedPeriodYears: fc.nat({ max: 10 }) }, { requiredKeys: ["trigger"] }),
        practice: fc.record({
          automatedDeletion: tri,
          backupsAndReplicasDeleted: tri,
          vendorsDeleteAndCertify: tri,
          recordsRetainedPastTrigger: partialCount,
        }),
        legalHold: fc.record(
          { kind: fc.constantFrom(...LEGAL_HOLD_KINDS), issuedBy: oneOf(PROCESS_ISSUERS), recordsCovered: partialCount },
          { requiredKeys: ["kind"] },
        ),
      }, { requiredKeys: ["policy", "schedule", "practice"] }),
      commerce: fc.record({ sells: tri, leases: tri, trades: tri, licensesDatabaseAccess: tri, otherwiseProfits: tri }),
      disclosures: fc.oneof(fc.array(disclosure, { maxLength: 3 }), fc.constant("unknown" as const)),
      security: fc.record({
        encryptionAtRest: tri,
        encryptionInTransit: tri,
        templateEncryption: tri,
        accessControl: tri,
        accessLogging: tri,
        intrusionDetection: tri,
        staffTraining: tri,
        parityWithConfidentialInfo: tri,
      }),
      breaches: fc.array(fc.record({ date: dateOrUnknown, exposed: fc.uniqueArray(fc.constantFrom(...BREACH_EXPOSURES), { minLength: 1, maxLength: 3 }) }), {
        maxLength: 2,
      }),
      crossBorderTransfers: fc.array(fc.record({ destination: fc.constantFrom("Panama", "Singapore"), biometricData: tri, disclosedToSubjects: tri }), {
        maxLength: 2,
      }),
      culpability: fc.record({ priorNoticeOfBipaDuties: tri, knownNonCompliance: tri }),
      remediation: fc.record({
        optOutForm: tri,
        optOutPublicized: tri,
        privateEntityCustomers: tri,
        illinoisCustomers: tri,
        individualTrialAccounts: tri,
        defaultOff: tri,
        inactiveTemplatePurgeYears: fc.nat({ max: 5 }),
        disclosedInPrivacyPolicy: tri,
      }, { requiredKeys: [] }),
    },
    // Any subset of facts may be omitted: omitted means "unknown".
    { requiredKeys: ["id", "name", "modalities"] },
  );

export const profileArb: fc.Arbitrary<PracticesInput> = fc
  .record({
    entityType: fc.constantFrom("private-entity" as const, "government-unit" as const, "illinois-court" as const),
    glba: fc.record({ titleVSubject: tri, role: oneOf(["financial-institution", "affiliate-of-financial-institution", "vendor-to-financial-institution", "none"] as const) }),
    illinoisPresence: fc.record({ facilities: tri, employees: tri, customersOrContracts: tri, marketsToIllinois: tri }),
    licensedFingerprintVendor: tri,
    offshoreAffiliates: fc.array(fc.record({ name: fc.constant("Affiliate"), country: fc.constantFrom("Panama", "Singapore"), accessToBiometricData: tri }), {
      maxLength: 2,
    }),
    systemCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ systemCount, ...org }) =>
    fc.tuple(...Array.from({ length: systemCount }, (_, i) => systemArb(`s${i}`))).map(
      (systems) =>
        ({
          version: 1,
          organization: { name: "Generated Org", ...org },
          systems,
        }) as PracticesInput,
    ),
  );
