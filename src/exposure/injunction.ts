import type { Practices, System } from "../practices/schema.js";
import type { Report } from "../report/types.js";
import { sectionOf } from "./damages.js";
import type { InjunctionFactor, InjunctionRiskView } from "./types.js";

const BIOMETRIC_EXPOSURES = new Set(["biometric-templates", "face-vectors", "biometric-images"]);

const RULING = "the Clearview MDL order denying a preliminary injunction (N.D. Ill., reported in 2021; the exact date is unverified)";

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
 * The injunction-risk view: the factors the Clearview court weighed for irreparable harm when it
 * denied a preliminary injunction, read from the profile and the report's findings.
 *
 * Toward harm: biometric data exposed in a breach (the fact the court found missing); collection
 * continuing in breach of 15(b); offshore affiliates or transfers (argued by the plaintiffs, and found
 * not to establish likely irreparable harm). Against: the six measures the court noted, and breaches
 * that exposed no biometric data ("a mere possibility of irreparable harm").
 *
 * The level is the project's heuristic, not a prediction: "elevated" when biometric data was exposed,
 * or collection in breach of 15(b) continues with none of the relevant measures; "moderate" when another
 * factor toward harm is present; "low" otherwise. It concerns preliminary relief only; a violation
 * alone makes a person aggrieved (Rosenbach), and Sec. 20(a)(4) allows an injunction as final relief.
 */
export function assessInjunctionRisk(report: Report, profile: Practices): InjunctionRiskView {
  const inScope = new Set(report.applicability.filter((a) => a.inScope).map((a) => a.systemId));
  const systems = profile.systems.filter((s) => inScope.has(s.id));
  if (systems.length === 0) {
    return {
      level: "low",
      factors: [],
      measuresTaken: [],
      summary: "Not applicable: no system is in scope, so BIPA gives no ground for an injunction against these practices.",
    };
  }
  const occurred = (date: string) => date === "unknown" || date <= report.asOf;

  const breached = systems.filter((s) => s.breaches.some((b) => occurred(b.date) && b.exposed.some((e) => BIOMETRIC_EXPOSURES.has(e))));
  const otherBreaches = systems.filter(
    (s) => !breached.includes(s) && s.breaches.some((b) => occurred(b.date) && !b.exposed.some((e) => BIOMETRIC_EXPOSURES.has(e))),
  );
  const unlawfulCollection = new Set(
    report.findings.filter((f) => f.severity === "violation" && f.basis === "fact" && sectionOf(f) === "b").map((f) => f.systemId),
  );
  const stillCollecting = (s: System) => {
    const last = s.collection.lastCaptureDate;
    return last === "ongoing" || (last !== "unknown" && last > report.asOf);
  };
  const continuing = systems.filter((s) => unlawfulCollection.has(s.id) && stillCollecting(s));
  const filtered = continuing.filter((s) => s.geofencing?.collectionFilter?.enabled === true);
  const offshoreAffiliates = profile.organization.offshoreAffiliates.filter((a) => a.accessToBiometricData !== false);
  const transfers = systems.filter((s) => s.crossBorderTransfers.some((t) => t.biometricData === true));

  const measures = MEASURES.map((m) => {
    const relevant = systems.filter(m.relevant);
    return { ...m, relevant, systems: relevant.filter((s) => m.fact(s) === true), unknown: relevant.filter((s) => m.fact(s) === "unknown") };
  }).filter((m) => m.relevant.length > 0);
  const taken = measures.filter((m) => m.systems.length > 0);

  const factors: InjunctionFactor[] = [
    {
      id: "biometric-data-breached",
      pointsToHarm: true,
      present: breached.length > 0,
      description:
        breached.length > 0
          ? `A breach exposed biometric data (${names(breached)}). This is the fact whose absence the Clearview court relied on: breaches there exposed source code, employee information and a client list, not facial images or vectors, and showed only "a mere possibility of irreparable harm".`
          : "No breach on record exposed biometric templates, vectors or images.",
      systemIds: ids(breached),
    },
    {
      id: "collection-continuing-without-release",
      pointsToHarm: true,
      present: continuing.length > 0,
      description:
        continuing.length > 0
          ? `Collection continues in breach of 15(b) (${names(continuing)})${filtered.length > 0 ? `; ${names(filtered)} filter${filtered.length === 1 ? "s" : ""} Illinois residents out of new collection, a measure the Clearview court noted` : ""}. Stopping collection without notice and release was among the relief the Clearview plaintiffs sought.`
          : "No system is shown to be still collecting in breach of 15(b).",
      systemIds: ids(continuing),
    },
    {
      id: "offshore-data-movement",
      pointsToHarm: true,
      present: offshoreAffiliates.length > 0 || transfers.length > 0,
      description:
        offshoreAffiliates.length > 0 || transfers.length > 0
          ? `${[
              offshoreAffiliates.length > 0 ? `offshore affiliates that hold or may reach biometric data (${offshoreAffiliates.map((a) => `${a.name}, ${a.country}`).join("; ")})` : "",
              transfers.length > 0 ? `biometric data transferred abroad (${names(transfers)})` : "",
            ]
              .filter(Boolean)
              .join("; ")
              .replace(/^./, (c) => c.toUpperCase())}. The Clearview plaintiffs argued that offshore subsidiaries could move data out of reach; the court found the argument did not establish likely irreparable harm. It is listed because plaintiffs raise it, not because it prevailed.`
          : "No offshore affiliate with access to biometric data, and no cross-border transfer of it, is recorded.",
      systemIds: ids(transfers),
    },
    {
      id: "breaches-without-biometric-data",
      pointsToHarm: false,
      present: otherBreaches.length > 0,
      description:
        otherBreaches.length > 0
          ? `Breaches of ${names(otherBreaches)} exposed no biometric data. On such breaches the Clearview court saw only "a mere possibility of irreparable harm"; they still bear on the 15(e) standard of care.`
          : "No breach that exposed only non-biometric data is recorded.",
      systemIds: ids(otherBreaches),
    },
    ...measures.map(
      (m): InjunctionFactor => ({
        id: m.id,
        pointsToHarm: false,
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

  const level: InjunctionRiskView["level"] =
    breached.length > 0 || (continuing.length > 0 && taken.length === 0)
      ? "elevated"
      : factors.some((f) => f.pointsToHarm && f.present)
        ? "moderate"
        : "low";

  const toward = factors.filter((f) => f.pointsToHarm && f.present).length;
  return {
    level,
    factors,
    measuresTaken: taken.map((m) => `${capitalize(m.words)} (${names(m.systems)})`),
    summary:
      `${capitalize(level)}: ${toward} factor${toward === 1 ? "" : "s"} toward irreparable harm, ${taken.length} of the ${measures.length} Clearview measures relevant here in place. ` +
      `Modeled on ${RULING}, which found the plaintiffs had not shown likely irreparable harm; this is a heuristic reading of one ruling, not a prediction. ` +
      "It concerns preliminary relief only: the measures weigh on harm, not liability, and Sec. 20(a)(4) allows an injunction as final relief.",
  };
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
