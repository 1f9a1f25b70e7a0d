import {
  BREACH_EXPOSURES,
  type Modality,
  type Population,
  type PracticesInput,
} from "../../src/practices/schema.js";

/*
 * Deterministic generator of large practices profiles for the benchmarks and the streaming tests.
 * Systems are drawn from archetypes modeled on the cases in the legal reference (a fingerprint
 * timeclock, retail face CCTV, a call-center voiceprint, a face-search scraper, a school's minors,
 * a hospital's hand geometry, a union workforce...), each with a mix of true, false, "unknown" and
 * omitted facts, so every rule sees both firing and passing systems. The same seed and count always
 * give the same profile, byte for byte; nothing here reads Math.random or the clock.
 */

type SystemInput = PracticesInput["systems"][number];
type Tri = boolean | "unknown";

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one PRNG. */
class Draw {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)] as T;
  }
  /** Mostly compliant (true), sometimes false or "unknown": the mix real inventories show. */
  tri(pTrue = 0.6, pFalse = 0.2): Tri {
    const r = this.next();
    return r < pTrue ? true : r < pTrue + pFalse ? false : "unknown";
  }
  date(fromYear: number, toYear: number): string {
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  }
  dateOrUnknown(fromYear: number, toYear: number, pUnknown = 0.15): string {
    return this.chance(pUnknown) ? "unknown" : this.date(fromYear, toYear);
  }
  /** A date known to the day, or sometimes only to the month ("2018-06") or the year ("2018"). */
  partialDate(fromYear: number, toYear: number): string {
    const day = this.date(fromYear, toYear);
    const r = this.next();
    return r < 0.15 ? day.slice(0, 4) : r < 0.3 ? day.slice(0, 7) : day;
  }
}

interface Archetype {
  label: string;
  modalities: readonly Modality[];
  populations: readonly Population[];
  methods: readonly NonNullable<NonNullable<SystemInput["collection"]>["methods"]>[number][];
  scansPerYear: number;
  faceMatching: NonNullable<SystemInput["faceMatching"]>;
  /** Scrapers and photo tools: people with no relationship to the entity. */
  noRelationship?: boolean;
}

const ARCHETYPES: readonly Archetype[] = [
  { label: "Fingerprint timeclock", modalities: ["fingerprint"], populations: ["employees"], methods: ["timeclock"], scansPerYear: 1000, faceMatching: "not-applicable" },
  { label: "Hand-geometry timeclock", modalities: ["hand-geometry"], populations: ["employees", "contractors"], methods: ["timeclock"], scansPerYear: 500, faceMatching: "not-applicable" },
  { label: "Door access iris reader", modalities: ["iris"], populations: ["employees", "visitors"], methods: ["door-access"], scansPerYear: 700, faceMatching: "not-applicable" },
  { label: "Store face CCTV", modalities: ["face-geometry"], populations: ["customers", "visitors"], methods: ["cctv"], scansPerYear: 12, faceMatching: "identification" },
  { label: "Call-center voice ID", modalities: ["voiceprint"], populations: ["customers"], methods: ["call-center-voice"], scansPerYear: 6, faceMatching: "not-applicable" },
  { label: "App face login", modalities: ["face-geometry"], populations: ["users"], methods: ["mobile-app"], scansPerYear: 300, faceMatching: "verification" },
  { label: "Photo tagging", modalities: ["face-geometry"], populations: ["users", "non-users-in-uploads"], methods: ["web-upload"], scansPerYear: 50, faceMatching: "identification" },
  { label: "Face search index", modalities: ["face-geometry"], populations: ["scraped-public-images"], methods: ["web-scraping"], scansPerYear: 1, faceMatching: "identification", noRelationship: true },
  { label: "Season-pass thumbprint", modalities: ["fingerprint"], populations: ["customers", "minors"], methods: ["gate-terminal"], scansPerYear: 40, faceMatching: "not-applicable" },
  { label: "Vending kiosk finger scan", modalities: ["fingerprint"], populations: ["customers"], methods: ["vending-or-kiosk"], scansPerYear: 150, faceMatching: "not-applicable" },
  { label: "Truck gate driver scan", modalities: ["fingerprint", "face-geometry"], populations: ["drivers"], methods: ["gate-terminal"], scansPerYear: 200, faceMatching: "verification" },
  { label: "Hospital medication cabinet", modalities: ["fingerprint"], populations: ["employees"], methods: ["medical-device"], scansPerYear: 2000, faceMatching: "not-applicable" },
];

const VENDORS = ["TimeVendor Inc.", "CloudHost LLC", "Payroll Processor Inc.", "Analytics Partner Co.", "City Police Dept.", "Parent Holdings"] as const;
const STANDARDS = ["ISO/IEC 27001", "SOC 2 Type II", "NIST CSF", "PCI DSS"] as const;
const PLACES = ["Illinois", "Indiana", "Wisconsin", "New York", "California", "Ireland", "Singapore"] as const;

/** A group's own release status (most groups leave it to the system's release facts). */
function groupRelease(facts: Draw, population: Population, firstCapture: string) {
  const status = facts.pick(["before-first-capture", "after-first-capture", "none", "mixed", "mixed", "unknown"] as const);
  return {
    status,
    signedBy: population === "minors" ? facts.pick(["parent-or-guardian", "subject", "subject", "unknown"] as const) : facts.pick(["subject", "subject", "union", "unknown"] as const),
    ...(status === "after-first-capture" ? { date: facts.partialDate(Number(firstCapture.slice(0, 4)), 2025) } : {}),
    ...(status === "mixed" ? { illinoisWithoutRelease: facts.pick([0, "some", 12, { atLeast: 1, atMost: 40 }, { atLeast: 0, atMost: 0 }, "unknown"] as const) } : {}),
  };
}

function subjects(draw: Draw, archetype: Archetype, facts: Draw, firstCapture: string): NonNullable<SystemInput["subjects"]> {
  return archetype.populations.map((population) => {
    const count = draw.int(5, archetype.noRelationship ? 5_000_000 : 20_000);
    const share = draw.pick([1, 1, 0.9, 0.5, 0.1, 0.03, 0]);
    return {
      population,
      count: draw.chance(0.1) ? "unknown" : count,
      illinoisCount: draw.chance(0.2) ? "unknown" : Math.round(count * share),
      unionRepresented: population === "employees" || population === "drivers" ? draw.tri(0.2, 0.7) : false,
      relationship: archetype.noRelationship || population === "non-users-in-uploads" ? "none" : draw.chance(0.9) ? "direct" : "unknown",
      ...(facts.chance(0.3) ? { release: groupRelease(facts, population, firstCapture) } : {}),
    };
  });
}

/** Who issued a warrant or subpoena, when consent was given and when data first went out (15(d)). */
function disclosureFacts(facts: Draw, exception: string, firstCapture: string) {
  const year = Number(firstCapture.slice(0, 4));
  return {
    ...(exception === "warrant-or-subpoena" ? { issuedBy: facts.pick(["court", "court", "court-clerk", "attorney", "agency", "internal", "unknown"] as const) } : {}),
    ...(exception === "consent" && facts.chance(0.6) ? { consentDate: facts.pick([firstCapture, firstCapture.slice(0, 4), facts.partialDate(year - 2, year + 2)]) } : {}),
    ...(facts.chance(0.3) ? { firstTransmission: facts.partialDate(year, year + 2) } : {}),
  };
}

function disclosures(draw: Draw, facts: Draw, firstCapture: string): SystemInput["disclosures"] {
  if (draw.chance(0.12)) return "unknown";
  const n = draw.pick([0, 0, 1, 1, 2, 3]);
  return Array.from({ length: n }, () => {
    const recipient = draw.pick(VENDORS);
    const type = recipient.startsWith("City") ? "law-enforcement" : recipient.startsWith("Parent") ? "affiliate" : recipient.startsWith("Cloud") ? "cloud-host" : "processor";
    const exception = draw.pick(["consent", "consent", "consent", "financial-transaction", "required-by-law", "warrant-or-subpoena", "permitted-by-law", "none", "unknown"] as const);
    return {
      recipient,
      type,
      frequency: draw.pick(["per-scan", "continuous", "daily", "periodic", "on-request", "one-time", "unknown"] as const),
      exception,
      ...(draw.chance(0.3) ? { legalBasis: "Signed disclosure consent form" } : {}),
      ...(draw.chance(0.2) ? { country: draw.pick(PLACES) } : {}),
      ...disclosureFacts(facts, exception, firstCapture),
    };
  });
}

function security(draw: Draw): SystemInput["security"] {
  return {
    encryptionAtRest: draw.tri(0.8, 0.1),
    encryptionInTransit: draw.tri(0.85, 0.05),
    templateEncryption: draw.tri(0.6, 0.2),
    accessControl: draw.tri(0.85, 0.05),
    accessLogging: draw.tri(0.6, 0.2),
    intrusionDetection: draw.tri(0.5, 0.2),
    staffTraining: draw.tri(0.5, 0.25),
    parityWithConfidentialInfo: draw.tri(0.5, 0.2),
    ...(draw.chance(0.7) ? { industryStandard: draw.pick(STANDARDS) } : {}),
  };
}

function breaches(draw: Draw, facts: Draw): NonNullable<SystemInput["breaches"]> {
  if (!draw.chance(0.08)) return [];
  return Array.from({ length: draw.int(1, 2) }, () => {
    const first = draw.pick(BREACH_EXPOSURES);
    const second = draw.pick(BREACH_EXPOSURES);
    const date = draw.dateOrUnknown(2015, 2026, 0.2);
    // Some breaches are known only to the year or month.
    const r = facts.next();
    return { date: date === "unknown" || r > 0.3 ? date : date.slice(0, r < 0.15 ? 4 : 7), exposed: first === second ? [first] : [first, second] };
  });
}

/**
 * Who holds the data and who captures it (src/rules/bipa/gates.ts): mostly the entity or its vendor;
 * a phone app's face login often keeps the template on the subject's own device.
 */
function possessionAndCapture(facts: Draw, archetype: Archetype) {
  const onDevice = archetype.methods.includes("mobile-app") ? 0.5 : 0.04;
  const holder = facts.chance(onDevice) ? ("subject-device-only" as const) : facts.pick(["entity", "entity", "entity", "vendor-for-entity", "vendor-own-purposes", "unknown"] as const);
  const capturedBy =
    holder === "subject-device-only"
      ? facts.pick(["subject-device", "subject-device", "entity", "vendor-for-entity", "unknown"] as const)
      : facts.pick(["entity", "entity", "vendor-for-entity", "unknown"] as const);
  return { holder, capturedBy };
}

/**
 * One system; `index` makes its id unique and its name specific. `facts` draws the facts added after
 * the first generator (possession, capture, group releases, process issuers, consent dates, partial
 * dates) from a stream of its own, so every earlier field keeps the values it always had.
 */
export function generateSystem(index: number, draw: Draw, facts: Draw): SystemInput {
  const archetype = draw.pick(ARCHETYPES);
  const site = draw.pick(["Chicago", "Peoria", "Rockford", "Springfield", "Naperville", "Gary", "Milwaukee", "Remote"]);
  const first = draw.date(2010, 2024);
  const early = draw.chance(0.25);
  const sparse = draw.chance(0.15); // a team that filled in only the basics
  const { holder, capturedBy } = possessionAndCapture(facts, archetype);
  const system: SystemInput = {
    id: `sys-${index}`,
    name: `${archetype.label} ${site} #${index}`,
    modalities: [...archetype.modalities],
    faceMatching: archetype.faceMatching,
    subjects: subjects(draw, archetype, facts, first),
    possession: { holder },
    collection: {
      methods: [...archetype.methods],
      capturedBy,
      firstCaptureDate: first,
      lastCaptureDate: draw.chance(0.8) ? "ongoing" : draw.date(2020, 2026),
      scansPerSubjectPerYear: archetype.scansPerYear,
    },
    disclosures: disclosures(draw, facts, first),
    security: security(draw),
    breaches: breaches(draw, facts),
  };
  if (sparse) return system;
  return {
    ...system,
    ...(draw.chance(0.3) ? { description: `${archetype.label} at the ${site} site.` } : {}),
    otherTraits: draw.chance(0.1) ? ["gait"] : [],
    outputCanIdentify: draw.tri(0.85, 0.05),
    derivedFromPhotographs: archetype.modalities.includes("face-geometry") ? draw.tri(0.6, 0.2) : false,
    photographsOnly: draw.tri(0.05, 0.9),
    healthcare: {
      patientCareSetting: archetype.methods.includes("medical-device") ? draw.tri(0.3, 0.6) : false,
      hipaaTreatmentPaymentOperations: archetype.methods.includes("medical-device") ? draw.tri(0.4, 0.5) : false,
      medicalImaging: false,
    },
    actingForGovernmentUnit: { acting: draw.tri(0.03, 0.9) },
    illinoisNexus: {
      illinoisSubjectShare: draw.chance(0.2) ? "unknown" : draw.pick([1, 0.9, 0.5, 0.05, 0]),
      captureInIllinois: draw.tri(0.7, 0.2),
      captureLocations: site === "Remote" ? [] : [draw.pick(PLACES)],
      processingLocations: [draw.pick(PLACES)],
    },
    ...(archetype.noRelationship
      ? {
          geofencing: {
            geolocationExclusion: { enabled: draw.tri(0.5, 0.4), since: draw.dateOrUnknown(2020, 2024), coverage: draw.chance(0.5) ? 0.8 : "unknown", method: "EXIF geotags" },
            ipBlocking: { enabled: draw.tri(0.5, 0.4), since: draw.dateOrUnknown(2020, 2024), coverage: "unknown" },
            knownGaps: ["photos without geotags", "VPN users"],
            existingDataPurged: draw.tri(0.3, 0.5),
          },
        }
      : {}),
    notice: {
      inWriting: draw.tri(0.75, 0.1),
      statesCollection: draw.tri(0.75, 0.1),
      specificPurpose: draw.tri(0.65, 0.15),
      lengthOfTerm: draw.tri(0.55, 0.25),
      date: early ? draw.dateOrUnknown(2009, 2024) : first,
    },
    release: {
      type: draw.pick(["wet-signature", "electronic-signature", "electronic-signature", "click-through", "verbal", "none", "unknown"] as const),
      signedBy: archetype.populations.includes("minors")
        ? unionNowAndThen(facts, draw.pick(["parent-or-guardian", "subject", "unknown"] as const))
        : draw.pick(["subject", "subject", "subject", "union", "legally-authorized-representative", "unknown"] as const),
      employmentCondition: archetype.populations.includes("employees") ? draw.tri(0.6, 0.3) : draw.tri(0.1, 0.8),
      date: partly(facts, early ? draw.dateOrUnknown(2009, 2025) : first),
      obtainedBeforeEachCapture: draw.tri(0.6, 0.2),
      coversAllSubjects: draw.tri(0.6, 0.2),
    },
    retention: {
      policy: {
        exists: draw.tri(0.7, 0.15),
        public: draw.tri(0.6, 0.2),
        ...(draw.chance(0.5) ? { url: `https://example.com/biometric-policy/${index}` } : {}),
        adoptedDate: draw.dateOrUnknown(2008, 2025),
        hasRetentionSchedule: draw.tri(0.6, 0.2),
        hasDestructionGuidelines: draw.tri(0.6, 0.2),
      },
      schedule: draw.chance(0.2)
        ? { trigger: "last-interaction", yearsAfterLastInteraction: draw.pick([1, 3, 5]) }
        : { trigger: draw.pick(["earlier-of-purpose-or-3-years", "earlier-of-purpose-or-3-years", "purpose-satisfied", "none", "unknown"] as const) },
      practice: {
        automatedDeletion: draw.tri(0.5, 0.3),
        daysFromTriggerToDeletion: draw.chance(0.3) ? "unknown" : draw.pick([1, 7, 30, 90, 400]),
        backupsAndReplicasDeleted: draw.tri(0.5, 0.2),
        vendorsDeleteAndCertify: draw.tri(0.4, 0.2),
        recordsRetainedPastTrigger: draw.chance(0.3) ? "unknown" : draw.pick([0, 0, 0, 12, 3000]),
      },
    },
    commerce: {
      sells: draw.tri(0.03, 0.9),
      leases: draw.tri(0.02, 0.9),
      trades: draw.tri(0.02, 0.9),
      licensesDatabaseAccess: archetype.noRelationship ? draw.tri(0.7, 0.2) : draw.tri(0.02, 0.9),
      otherwiseProfits: draw.tri(0.1, 0.7),
    },
    crossBorderTransfers: draw.chance(0.1)
      ? [{ destination: draw.pick(["Panama", "Singapore", "Ireland"]), biometricData: draw.tri(0.5, 0.3), disclosedToSubjects: draw.tri(0.3, 0.4) }]
      : [],
    culpability: { priorNoticeOfBipaDuties: draw.tri(0.1, 0.6), knownNonCompliance: draw.tri(0.05, 0.7) },
  };
}

/** A union signing for minors, now and then (a mistake 15(b)(3) rejects). */
function unionNowAndThen<T extends string>(facts: Draw, signer: T): T | "union" {
  return facts.chance(0.1) ? "union" : signer;
}

/** A stated date, sometimes cut to its month or year, as records often give it. */
function partly(facts: Draw, date: string): string {
  const r = facts.next();
  return date === "unknown" || r > 0.2 ? date : date.slice(0, r < 0.1 ? 4 : 7);
}

/** The organization every generated profile shares: an Illinois private entity, outside the GLBA. */
export function generateOrganization(): PracticesInput["organization"] {
  return {
    name: "Generated Estate Holdings LLC",
    entityType: "private-entity",
    glba: { titleVSubject: false, role: "none" },
    licensedFingerprintVendor: false,
    illinoisPresence: { facilities: true, employees: true, customersOrContracts: true, marketsToIllinois: "unknown" },
    offshoreAffiliates: [{ name: "Estate Analytics Pte. Ltd.", country: "Singapore", accessToBiometricData: "unknown" }],
  };
}

/** Systems `start` to `start + count - 1` of the sequence for `seed`, generated lazily (for streaming). */
export function* generateSystems(count: number, seed = 7, start = 0): Generator<SystemInput> {
  const draw = new Draw(prng(seed));
  const facts = new Draw(prng(seed ^ 0x5bd1e995));
  // Burn draws up to `start` so a slice equals the same indices of a whole run.
  for (let i = 0; i < start; i++) generateSystem(i, draw, facts);
  for (let i = start; i < start + count; i++) yield generateSystem(i, draw, facts);
}

/** A whole profile of `count` systems; the same seed and count give the same profile. */
export function generateProfile(count: number, seed = 7): PracticesInput {
  return { version: 1, organization: generateOrganization(), systems: [...generateSystems(count, seed)] };
}

/** The NDJSON form of a generated inventory: a header line with the organization, then one system per line. */
export function* generateNdjsonLines(count: number, seed = 7): Generator<string> {
  yield JSON.stringify({ version: 1, organization: generateOrganization() });
  for (const system of generateSystems(count, seed)) yield JSON.stringify(system);
}
