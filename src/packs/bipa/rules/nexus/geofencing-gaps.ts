import { collects } from "../gates.js";
import { match, P } from "ts-pattern";
import { earliestDay, latestDay } from "../../../../practices/dates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { System } from "../../../../practices/schema.js";
import type { RemedyId } from "../../remedies/ids.js";
import { joinWords, possessive } from "../wording.js";

type Geofencing = NonNullable<System["geofencing"]>;
type MeasureField = "geolocationExclusion" | "ipBlocking" | "collectionFilter";
type Measure = NonNullable<Geofencing[MeasureField]>;

/** The three Illinois measures the Clearview MDL court noted, in the order it listed them. */
const MEASURES: ReadonlyArray<{ field: MeasureField; label: string; escapes: string; remedy: RemedyId }> = [
  {
    field: "geolocationExclusion",
    label: "exclusion of Illinois-geolocated photos from search results",
    escapes: "Illinois-geolocated photos still appear in search results",
    remedy: "exclude-illinois-geolocated-results",
  },
  {
    field: "ipBlocking",
    label: "blocking of logins from Illinois IP addresses",
    escapes: "logins from Illinois are not blocked",
    remedy: "block-illinois-ip-logins",
  },
  {
    field: "collectionFilter",
    label: "filter that keeps Illinois residents' photos out of collection",
    escapes: "Illinois residents' photos are still collected",
    remedy: "avoid-collecting-illinois-residents",
  },
];

interface Declared {
  field: MeasureField;
  label: string;
  escapes: string;
  remedy: RemedyId;
  measure: Measure;
}

const NOT_A_CURE =
  "Geofencing limits new collection; it does not cure biometric data obtained from Illinois residents without the written notice and release 15(b) requires.";

/** A measure counts only once it is on and in effect on the evaluation date. */
function inEffect(measure: Measure, asOf: string): boolean {
  return measure.enabled === true && (measure.since === "unknown" || latestDay(measure.since) <= asOf);
}

/** Whether a measure could be in effect on the evaluation date, were it enabled (its start not certainly later). */
function couldBeInEffect(measure: Measure, asOf: string): boolean {
  return measure.since === "unknown" || earliestDay(measure.since) <= asOf;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** Every subject signed a release before their first capture: anyone the geofence misses is covered anyway. */
function releasedEveryone(system: System): boolean {
  return system.release.coversAllSubjects === true && system.release.obtainedBeforeEachCapture === true;
}

/** Whether the system serves customers from the biometric data (the business the ACLU consent order restrained). */
function servesCustomers(system: System): boolean {
  return (
    system.commerce.licensesDatabaseAccess === true ||
    system.remediation?.privateEntityCustomers === true ||
    system.remediation?.illinoisCustomers === true
  );
}

/** "X's blocking of ... and filter ... reduce the Illinois nexus of new collection". */
function credit(system: System, active: readonly Declared[]): string {
  return `${possessive(system.name)} ${joinWords(active.map((m) => m.label))} reduce${active.length === 1 ? "s" : ""} the Illinois nexus going forward (the court in the Clearview MDL noted such measures when it denied a preliminary injunction)`;
}

function knownGaps(system: System, gaps: readonly string[], active: readonly Declared[]): FindingDraft {
  return {
    message: `${credit(system, active)}, but the geofence has known gaps: ${gaps.join("; ")}. Illinois residents who pass through these gaps still have their biometrics collected without a 15(b) notice and release. ${NOT_A_CURE}`,
    evidence: ["/geofencing/knownGaps", ...active.map((m) => `/geofencing/${m.field}`)],
    remedies: [...new Set([...active.map((m) => m.remedy), "avoid-collecting-illinois-residents" as const])],
    key: "/geofencing/knownGaps",
  };
}

function partialCoverage(system: System, m: Declared, coverage: number): FindingDraft {
  return {
    message: `${possessive(system.name)} ${m.label} has a measured coverage of ${percent(coverage)}: for about ${percent(1 - coverage)} of Illinois items, ${m.escapes}. The measure reduces the Illinois nexus but does not remove it; the rest remains subject to 15(b).`,
    evidence: [`/geofencing/${m.field}/coverage`, `/geofencing/${m.field}/method`],
    remedies: [m.remedy],
    key: `/geofencing/${m.field}/coverage`,
  };
}

function unmeasuredCoverage(system: System, unmeasured: readonly Declared[]): FindingDraft {
  return {
    message: `The profile does not give the measured coverage of ${possessive(system.name)} ${joinWords(unmeasured.map((m) => m.label))}. Geofencing by geotag or IP address misses some Illinois items (photos without geotags, VPN users), so how much Illinois collection continues cannot be shown.`,
    evidence: unmeasured.map((m) => `/geofencing/${m.field}/coverage`),
    severity: "risk",
    basis: "unknown",
    remedies: ["establish-unknown-facts", ...unmeasured.map((m) => m.remedy)],
    key: "/geofencing/coverage",
  };
}

function noCollectionFilter(system: System, active: readonly Declared[], filter: Measure | undefined): FindingDraft {
  const evidence = filter ? ["/geofencing/collectionFilter/enabled", "/geofencing/collectionFilter/since"] : ["/geofencing/collectionFilter"];
  const limits = `${joinWords(active.map((m) => m.label))} limit${active.length === 1 ? "s" : ""} who can search or reach the data, not what is collected`;
  // A filter the profile leaves unknown is not credited: either way the grade is the same risk, so it
  // is reported on what is shown (no filter in effect), saying the fact is open, not asked for as a risk of its own.
  const open = filter?.enabled === "unknown" ? " (the profile leaves open whether one is enabled, so none is credited)" : "";
  return {
    message: `${system.name} has no Illinois collection filter shown to be in effect${open}. Its ${limits}: Illinois residents' biometrics are still collected, and 15(b) governs collection. The court in the Clearview MDL noted a change to collection itself, to avoid photos of Illinois residents, among Clearview's measures.`,
    evidence,
    remedies: filter?.enabled === "unknown" ? ["establish-unknown-facts", "avoid-collecting-illinois-residents"] : ["avoid-collecting-illinois-residents"],
    key: "/geofencing/collectionFilter",
  };
}

/** Illinois data collected before the measures; skipped when the collection filter predates all collection. */
function pastCollection(system: System, geofencing: Geofencing, active: readonly Declared[], asOf: string): FindingDraft[] {
  const filter = geofencing.collectionFilter;
  const first = system.collection.firstCaptureDate;
  const filteredFromStart =
    filter !== undefined && inEffect(filter, asOf) && filter.since !== "unknown" && first !== "unknown" && earliestDay(first) >= latestDay(filter.since);
  if (filteredFromStart) return [];
  const dates = active.map((m) => m.measure.since).filter((d) => d !== "unknown").sort();
  const before = dates[0] ? `before its geofencing took effect (${dates[0]})` : "before its geofencing took effect";
  return match<Geofencing["existingDataPurged"], FindingDraft[]>(geofencing.existingDataPurged)
    .with(true, () => [])
    .with(false, () => [
      {
        message: `${system.name} still holds Illinois residents' biometric data collected ${before}. ${NOT_A_CURE} The Clearview MDL plaintiffs asked the court to stop Clearview possessing Illinois residents' data.`,
        evidence: ["/geofencing/existingDataPurged", "/collection/firstCaptureDate"],
        remedies: ["destroy-illinois-residents-data"],
        key: "/geofencing/existingDataPurged",
      },
    ])
    .with("unknown", () => [
      {
        message: `The profile does not say whether ${system.name} destroyed the Illinois residents' biometric data it collected ${before}. ${NOT_A_CURE}`,
        evidence: ["/geofencing/existingDataPurged", "/collection/firstCaptureDate"],
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "destroy-illinois-residents-data"],
        key: "/geofencing/existingDataPurged",
      },
    ])
    .exhaustive();
}

const ACLU_BINDS_ONLY_CLEARVIEW =
  "The order binds only Clearview; it is noted here as the relief Illinois plaintiffs obtained against a face-search service, not as a duty of this company.";

/** What the 2022 ACLU consent order required, where the profile shows it missing (explicit `false` only). */
function acluTerms(system: System, geofencing: Geofencing, asOf: string): FindingDraft[] {
  if (!servesCustomers(system)) return [];
  const drafts: FindingDraft[] = [];
  const filters = [
    { field: "geolocationExclusion", measure: geofencing.geolocationExclusion },
    { field: "collectionFilter", measure: geofencing.collectionFilter },
  ] as const;
  const stopped = filters.find((f) => f.measure?.enabled === false);
  if (stopped && !filters.some((f) => f.measure !== undefined && inEffect(f.measure, asOf))) {
    drafts.push({
      message: `${system.name} serves customers from its biometric data but does not filter out Illinois photos. The 2022 ACLU v. Clearview consent order required Clearview to keep filtering out photos taken or uploaded in Illinois for 5 years. ${ACLU_BINDS_ONLY_CLEARVIEW}`,
      evidence: [`/geofencing/${stopped.field}/enabled`],
      severity: "info",
      remedies: ["continue-illinois-filtering"],
      key: "/geofencing/aclu-filtering",
    });
  }
  if (system.remediation?.individualTrialAccounts === true) {
    drafts.push({
      message: `${system.name} serves customers from its biometric data and offers free or trial accounts to individuals without their agency's approval. The 2022 ACLU v. Clearview consent order ended such accounts for individual police officers. ${ACLU_BINDS_ONLY_CLEARVIEW}`,
      evidence: ["/remediation/individualTrialAccounts"],
      severity: "info",
      remedies: ["end-individual-trial-accounts"],
      key: "/remediation/individualTrialAccounts",
    });
  }
  const form = system.remediation?.optOutForm;
  const publicized = system.remediation?.optOutPublicized;
  if (form === false || (form === true && publicized === false)) {
    drafts.push({
      message:
        form === false
          ? `${system.name} serves customers from its biometric data but offers Illinois residents no opt-out form. The 2022 ACLU v. Clearview consent order required an opt-out request form, with which an Illinois resident uploads a photo to block their faceprint from search results, publicized with $50,000 in online ads. ${ACLU_BINDS_ONLY_CLEARVIEW}`
          : `${system.name} has an opt-out form for Illinois residents but does not publicize it. The 2022 ACLU v. Clearview consent order required Clearview to spend $50,000 on online ads publicizing its form. ${ACLU_BINDS_ONLY_CLEARVIEW}`,
      evidence: form === false ? ["/remediation/optOutForm"] : ["/remediation/optOutPublicized", "/remediation/optOutForm"],
      severity: "info",
      remedies: ["opt-out-form-with-publicity"],
      key: "/remediation/optOut",
    });
  }
  return drafts;
}

/**
 * `bipa/geofencing-gaps`: credits Clearview-style Illinois geofencing for new collection, and reports
 * what it leaves open (known gaps, partial or unmeasured coverage, no collection filter, Illinois data
 * already held). Silent when the profile describes no geofencing.
 */
export const geofencingGaps = defineRule({
  id: "bipa/geofencing-gaps",
  title: "Illinois geofencing: gaps and data already held",
  // The measures exist to avoid collecting Illinois residents' biometrics without notice and release,
  // so what slips past them (and what was gathered before them) is a 15(b) exposure.
  section: "740 ILCS 14/15(b)",
  kind: "section",
  engaged: collects,
  severity: "risk",
  summary:
    "Where a system uses Illinois geofencing (geolocation exclusion, IP blocking, collection filter), reports known gaps, coverage below 100% or unmeasured, the lack of a collection filter, and Illinois data collected before the measures that was not destroyed; notes ACLU consent-order terms a customer-serving system lacks.",
  plainLanguage:
    "Blocking Illinois users and filtering out Illinois photos can reduce how much a company's new collection touches Illinois, and the court in the Clearview case noted such steps when it refused a preliminary injunction. They are not a cure: people the filters miss, and data gathered before the filters, were still collected without the written notice and release the Act requires.",
  authorities: ["bipa-15b", "clearview-pi-denial-2021", "clearview-pi-motion-2021", "aclu-clearview-2022", "avery-2005", "rivera-google-2017"],
  remedies: [
    "exclude-illinois-geolocated-results",
    "block-illinois-ip-logins",
    "avoid-collecting-illinois-residents",
    "continue-illinois-filtering",
    "destroy-illinois-residents-data",
    "opt-out-form-with-publicity",
    "end-individual-trial-accounts",
    "establish-unknown-facts",
  ],
  tags: ["nexus", "geofencing", "clearview", "15(b)"],
  examples: {
    failing: {
      description: "A face-search service without releases blocks Illinois IP logins, but VPN users get through and pre-geofence Illinois data is kept.",
      system: {
        release: { coversAllSubjects: false },
        geofencing: {
          ipBlocking: { enabled: true, since: "2020-05-06", coverage: 0.9, method: "IP geolocation" },
          knownGaps: ["VPN users"],
          existingDataPurged: false,
        },
      },
    },
    passing: {
      description: "All three measures in effect with full measured coverage, and Illinois data collected before them destroyed.",
      system: {
        release: { coversAllSubjects: false },
        geofencing: {
          geolocationExclusion: { enabled: true, since: "2020-05-06", coverage: 1 },
          ipBlocking: { enabled: true, since: "2020-05-06", coverage: 1 },
          collectionFilter: { enabled: true, since: "2020-05-06", coverage: 1 },
          knownGaps: [],
          existingDataPurged: true,
        },
      },
    },
  },
  check({ system, asOf }) {
    const geofencing = system.geofencing;
    if (!geofencing) return [];
    const declared: Declared[] = MEASURES.flatMap((m) => {
      const measure = geofencing[m.field];
      return measure ? [{ ...m, measure }] : [];
    });
    const active = declared.filter((m) => inEffect(m.measure, asOf));
    const drafts = acluTerms(system, geofencing, asOf);

    // Everyone signed before their first capture: what the geofence misses is covered anyway.
    if (releasedEveryone(system)) return drafts;
    if (active.length === 0) {
      // Nothing to credit. Only say something when the profile names measures but not whether they are on.
      const undetermined = declared.filter((m) => m.measure.enabled === "unknown" && couldBeInEffect(m.measure, asOf));
      if (undetermined.length > 0) {
        drafts.push({
          message: `The profile names ${possessive(system.name)} ${joinWords(undetermined.map((m) => m.label))} but does not say whether ${undetermined.length === 1 ? "it is" : "they are"} in place, so no reduction of the Illinois nexus can be credited.`,
          evidence: undetermined.map((m) => `/geofencing/${m.field}/enabled`),
          severity: "risk",
          basis: "unknown",
          remedies: ["establish-unknown-facts"],
          key: "/geofencing/enabled",
        });
      }
      return drafts;
    }

    if (geofencing.knownGaps.length > 0) drafts.push(knownGaps(system, geofencing.knownGaps, active));
    for (const m of active) {
      match(m.measure.coverage)
        .with(P.number.lt(1), (coverage) => drafts.push(partialCoverage(system, m, coverage)))
        .otherwise(() => undefined);
    }
    const unmeasured = active.filter((m) => m.measure.coverage === "unknown");
    if (unmeasured.length > 0) drafts.push(unmeasuredCoverage(system, unmeasured));
    if (!active.some((m) => m.field === "collectionFilter")) drafts.push(noCollectionFilter(system, active, geofencing.collectionFilter));
    drafts.push(...pastCollection(system, geofencing, active, asOf));
    return drafts;
  },
});
