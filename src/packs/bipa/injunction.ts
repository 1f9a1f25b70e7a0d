import { compareDates } from "../../practices/dates.js";
import type { Practices, System } from "../../practices/schema.js";
import type { ReportBase as Report } from "../../core/report.js";
import { sectionOf } from "./exposure/damages.js";
import { LOOKBACK_YEARS, shiftYears } from "./exposure/dates.js";
import { pairsOf } from "./exposure/pairs.js";
import { Notes, systemPeople } from "./exposure/people.js";
import type { DateContext } from "./exposure/window.js";
import type { InjunctionFactor, InjunctionRiskView } from "./exposure/types.js";

const BIOMETRIC_EXPOSURES = new Set(["biometric-templates", "face-vectors", "biometric-images"]);

const RULING = "the Clearview MDL order denying a preliminary injunction (N.D. Ill., reported in 2021; the exact date is unverified)";

/** What the view does and does not model, said in every summary (bipa-reference.md §3.1). */
export const INJUNCTION_SCOPE =
  "It models the irreparable-harm factor only, the ground on which that motion was denied; it does not weigh likelihood of success, the balance of hardships or the public interest.";

type Fact = boolean | "unknown";

/**
 * Where the geofencing measures mean something: a system that gathers images of the public (scraped
 * or uploaded) or records geofencing at all. Excluding Illinois photos from search results says nothing
 * about a fingerprint gate, so there the three measures are left out rather than shown as missing.
 */
const geofencingRelevant = (s: System): boolean =>
  s.geofencing !== undefined || s.subjects.some((g) => g.population === "scraped-public-images" || g.population === "non-users-in-uploads");
const always = (): boolean => true;

/** The six measures the Clearview court noted, each read from the profile where it is relevant. */
const MEASURES: ReadonlyArray<{ id: string; words: string; relevant: (s: System) => boolean; fact: (s: System) => Fact }> = [
  {
    id: "measure-illinois-geolocation-exclusion",
    words: "Illinois-geolocated photos excluded from search results",
    relevant: geofencingRelevant,
    fact: (s) => s.geofencing?.geolocationExclusion?.enabled ?? false,
  },
  {
    id: "measure-illinois-ip-blocking",
    words: "logins from Illinois IP addresses blocked",
    relevant: geofencingRelevant,
    fact: (s) => s.geofencing?.ipBlocking?.enabled ?? false,
  },
  {
    id: "measure-illinois-collection-filter",
    words: "collection changed to avoid Illinois residents",
    relevant: geofencingRelevant,
    fact: (s) => s.geofencing?.collectionFilter?.enabled ?? false,
  },
  { id: "measure-employee-cybersecurity-training", words: "employee cybersecurity training", relevant: always, fact: (s) => s.security.staffTraining },
  { id: "measure-vector-encryption", words: "templates or facial vectors encrypted", relevant: always, fact: (s) => s.security.templateEncryption },
  { id: "measure-anti-intrusion", words: "anti-intrusion devices", relevant: always, fact: (s) => s.security.intrusionDetection },
];

/**
 * The injunction-risk view, calibrated to the one ruling it models: the Clearview MDL court found the
 * plaintiffs had not shown likely irreparable harm, on the measures Clearview had taken and on breaches
 * that exposed no biometric data (bipa-reference.md §3.1).
 *
 * Toward harm: biometric data exposed in a breach (the fact the court found missing); collection in
 * breach of 15(b) that continues with no filter keeping Illinois residents out of new collection.
 * Against: the six measures the court noted. Not a factor either way: breaches that exposed no
 * biometric data ("a mere possibility of irreparable harm"). Argued and rejected, never raising the
 * level: offshore affiliates or transfers that could move data out of reach.
 *
 * Level (the project's heuristic, not a prediction): "elevated" when unaddressed collection continues
 * and either biometric data was exposed or none of the relevant measures is in place; "moderate" when
 * one factor toward harm is present (a past breach alone is at most moderate); "low" otherwise, as on
 * the facts of the ruling itself. It models the irreparable-harm factor only.
 */
export function assessInjunctionRisk(report: Report, profile: Practices): InjunctionRiskView {
  const inScope = new Set(report.applicability.filter((a) => a.inScope).map((a) => a.systemId));
  const systems = profile.systems.filter((s) => inScope.has(s.id));
  if (systems.length === 0) {
    return {
      level: "low",
      factors: [],
      measuresTaken: [],
      // An open scope is not an answer: where it is unknown whether BIPA reaches a system, say so.
      summary: report.applicability.some((a) => a.status === "unknown")
        ? "Not established: no system is shown to be in scope, but whether BIPA reaches one or more of them is unknown; once the facts that decide it are stated, this view weighs them."
        : "Not applicable: no system is shown to be in scope, so on the stated facts BIPA gives no ground for an injunction against these practices.",
    };
  }
  // A breach counts once it may have happened by asOf (a partial or unknown date may fall before it).
  const occurred = (date: string) => date === "unknown" || compareDates(date, report.asOf) !== "after";

  const breached = systems.filter((s) => s.breaches.some((b) => occurred(b.date) && b.exposed.some((e) => BIOMETRIC_EXPOSURES.has(e))));
  const otherBreaches = systems.filter((s) => s.breaches.some((b) => occurred(b.date) && !b.exposed.some((e) => BIOMETRIC_EXPOSURES.has(e))));
  const unlawfulCollection = new Set(
    report.findings.filter((f) => f.severity === "violation" && f.basis === "fact" && sectionOf(f) === "b").map((f) => f.systemId),
  );
  const continuing = systems.filter((s) => unlawfulCollection.has(s.id) && stillCollectingWithoutRelease(s, report.asOf));
  const filtered = continuing.filter((s) => s.geofencing?.collectionFilter?.enabled === true);
  const unaddressed = continuing.filter((s) => !filtered.includes(s));
  const offshoreAffiliates = profile.organization.offshoreAffiliates.filter((a) => a.accessToBiometricData !== false);
  const transfers = systems.filter((s) => s.crossBorderTransfers.some((t) => t.biometricData === true));

  const measures = MEASURES.map((m) => {
    const relevant = systems.filter(m.relevant);
    return { ...m, relevant, systems: relevant.filter((s) => m.fact(s) === true), unknown: relevant.filter((s) => m.fact(s) === "unknown") };
  }).filter((m) => m.relevant.length > 0);
  const taken = measures.filter((m) => m.systems.length > 0);

  const gaps = (s: System) => {
    const g = s.geofencing;
    const known = [...(g?.knownGaps ?? [])];
    const coverage = g?.collectionFilter?.coverage;
    return `${typeof coverage === "number" ? `measured coverage ${Math.round(coverage * 100)}%` : "coverage not measured"}${known.length > 0 ? `; known gaps: ${known.join("; ")}` : ""}`;
  };

  const factors: InjunctionFactor[] = [
    {
      id: "biometric-data-breached",
      pointsToHarm: true,
      direction: "toward-harm",
      present: breached.length > 0,
      description:
        breached.length > 0
          ? `A breach exposed biometric data (${names(breached)}). This is the fact whose absence the Clearview court relied on: breaches there exposed source code, employee information and a client list, not facial images or vectors, and showed only "a mere possibility of irreparable harm". A past breach alone does not make the level elevated.`
          : "No breach on record exposed biometric templates, vectors or images.",
      systemIds: ids(breached),
    },
    {
      id: "collection-continuing-without-release",
      pointsToHarm: true,
      direction: "toward-harm",
      present: unaddressed.length > 0,
      description:
        unaddressed.length > 0
          ? `Collection continues in breach of 15(b) (${names(unaddressed)}), with no filter keeping Illinois residents out of new collection. Stopping collection without notice and release was among the relief the Clearview plaintiffs sought.${filtered.length > 0 ? ` ${names(filtered)} filter${filtered.length === 1 ? "s" : ""} Illinois residents out of new collection (${filtered.map(gaps).join("; ")}), a measure the Clearview court noted.` : ""}`
          : filtered.length > 0
            ? `Collection continues in breach of 15(b) (${names(filtered)}), but ${filtered.length === 1 ? "it filters" : "they filter"} Illinois residents out of new collection (${filtered.map(gaps).join("; ")}): the measure the Clearview court noted when it found no likely irreparable harm. Existing data and the filter's gaps remain for the merits.`
            : "No system is shown to be still collecting in breach of 15(b).",
      systemIds: ids(unaddressed.length > 0 ? unaddressed : filtered),
    },
    {
      id: "offshore-data-movement",
      pointsToHarm: false,
      direction: "argued-rejected",
      present: offshoreAffiliates.length > 0 || transfers.length > 0,
      description:
        offshoreAffiliates.length > 0 || transfers.length > 0
          ? `${capitalize(
              [
                offshoreAffiliates.length > 0 ? `offshore affiliates that hold or may reach biometric data (${offshoreAffiliates.map((a) => `${a.name}, ${a.country}`).join("; ")})` : "",
                transfers.length > 0 ? `biometric data transferred abroad (${names(transfers)})` : "",
              ]
                .filter(Boolean)
                .join("; "),
            )}. Argued and rejected: the Clearview plaintiffs argued in their reply that offshore subsidiaries (Panama and Singapore) could move data out of reach, and the court found the argument did not establish likely irreparable harm. Shown because plaintiffs raise it; it never raises the level.`
          : "No offshore affiliate with access to biometric data, and no cross-border transfer of it, is recorded.",
      systemIds: ids(transfers),
    },
    {
      id: "breaches-without-biometric-data",
      pointsToHarm: false,
      direction: "not-a-factor",
      present: otherBreaches.length > 0,
      description:
        otherBreaches.length > 0
          ? `Breaches of ${names(otherBreaches)} exposed no biometric data. Not a factor either way: on such breaches the Clearview court saw only "a mere possibility of irreparable harm". They bear on the 15(e) standard of care, not on this view.`
          : "No breach that exposed only non-biometric data is recorded.",
      systemIds: ids(otherBreaches),
    },
    ...measures.map(
      (m): InjunctionFactor => ({
        id: m.id,
        pointsToHarm: false,
        direction: "against-harm",
        present: m.systems.length > 0,
        ...(m.systems.length === 0 && m.unknown.length > 0 ? { unknown: true as const } : {}),
        description:
          m.systems.length > 0
            ? `In place: ${m.words} (${names(m.systems)}). One of the six measures the Clearview court noted; it weighs against irreparable harm but does not cure a Sec. 15 violation.`
            : m.unknown.length > 0
              ? `Not established: ${m.words} (the profile leaves it unknown for ${names(m.unknown)}). One of the six measures the Clearview court noted; no credit is given until it is shown to be in place.`
              : `Not in place: ${m.words} (one of the six measures the Clearview court noted).`,
        systemIds: ids(m.systems.length > 0 ? m.systems : m.unknown),
      }),
    ),
  ];

  const exposed = breached.length > 0;
  const collecting = unaddressed.length > 0;
  const level: InjunctionRiskView["level"] =
    collecting && (exposed || taken.length === 0) ? "elevated" : collecting || exposed ? "moderate" : "low";

  const toward = factors.filter((f) => f.direction === "toward-harm" && f.present).length;
  return {
    level,
    factors,
    measuresTaken: taken.map((m) => `${capitalize(m.words)} (${names(m.systems)})`),
    summary:
      `${capitalize(level)}: ${toward} factor${toward === 1 ? "" : "s"} toward irreparable harm, ${taken.length} of the ${measures.length} Clearview measures relevant here in place. ` +
      `Modeled on ${RULING}, which found the plaintiffs had not shown likely irreparable harm; this is a heuristic reading of one ruling, not a prediction. ${INJUNCTION_SCOPE} ` +
      "It concerns preliminary relief only: the measures weigh on harm, not liability, and Sec. 20(a)(4) allows an injunction as final relief.",
  };
}

/**
 * Whether capture without a prior notice and release goes on past asOf: read from the same facts as
 * the estimate (people who signed late, or left, no longer count), on the narrowest reading. With no
 * countable people, whether capture itself goes on past asOf.
 */
function stillCollectingWithoutRelease(s: System, asOf: string): boolean {
  const last = s.collection.lastCaptureDate;
  const runs = last === "ongoing" || (last !== "unknown" && (compareDates(last, asOf) === "after" || compareDates(last, asOf) === "overlap"));
  if (!runs) return false;
  const ctx: DateContext = { asOf, windowStart: shiftYears(asOf, -LOOKBACK_YEARS), windowEnd: asOf, lookbackStart: shiftYears(asOf, -LOOKBACK_YEARS), forward: false };
  const people = systemPeople(s, pairsOf(s, ctx, "one-method").span, ctx, new Notes());
  if (!people.countable) return true;
  return [...people.collection.narrow.main, ...people.collection.narrow.apart].some((span) => span.captureEnd >= asOf);
}

function names(systems: readonly System[]): string {
  return systems.map((s) => s.name).join(", ");
}

function ids(systems: readonly System[]): string[] {
  return systems.map((s) => s.id);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
