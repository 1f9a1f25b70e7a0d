import type { Practices, System } from "../practices/schema.js";
import type { Report } from "../report/types.js";
import { sectionOf } from "./damages.js";
import type { InjunctionFactor, InjunctionRiskView } from "./types.js";

const BIOMETRIC_EXPOSURES = new Set(["biometric-templates", "face-vectors", "biometric-images"]);

const RULING = "the Clearview MDL order denying a preliminary injunction (N.D. Ill., reported in 2021; the exact date is unverified)";

/** The six measures the Clearview court noted, each read from the profile. */
const MEASURES: ReadonlyArray<{ id: string; words: string; inPlace: (s: System) => boolean }> = [
  {
    id: "measure-illinois-geolocation-exclusion",
    words: "Illinois-geolocated photos excluded from search results",
    inPlace: (s) => s.geofencing?.geolocationExclusion?.enabled === true,
  },
  { id: "measure-illinois-ip-blocking", words: "logins from Illinois IP addresses blocked", inPlace: (s) => s.geofencing?.ipBlocking?.enabled === true },
  {
    id: "measure-illinois-collection-filter",
    words: "collection changed to avoid Illinois residents",
    inPlace: (s) => s.geofencing?.collectionFilter?.enabled === true,
  },
  { id: "measure-employee-cybersecurity-training", words: "employee cybersecurity training", inPlace: (s) => s.security.staffTraining === true },
  { id: "measure-vector-encryption", words: "templates or facial vectors encrypted", inPlace: (s) => s.security.templateEncryption === true },
  { id: "measure-anti-intrusion", words: "anti-intrusion devices", inPlace: (s) => s.security.intrusionDetection === true },
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
 * or collection in breach of 15(b) continues with none of the six measures; "moderate" when another
 * factor toward harm is present; "low" otherwise. It concerns preliminary relief only; a violation
 * alone makes a person aggrieved (Rosenbach), and Sec. 20(a)(4) allows an injunction as final relief.
 */
export function assessInjunctionRisk(report: Report, profile: Practices): InjunctionRiskView {
  const inScope = new Set(report.applicability.filter((a) => a.inScope).map((a) => a.systemId));
  const systems = profile.systems.filter((s) => inScope.has(s.id));
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

  const measures = MEASURES.map((m) => ({ ...m, systems: systems.filter(m.inPlace) }));
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
        description:
          m.systems.length > 0
            ? `In place: ${m.words} (${names(m.systems)}). One of the six measures the Clearview court noted; it weighs against irreparable harm but does not cure a Sec. 15 violation.`
            : `Not in place: ${m.words} (one of the six measures the Clearview court noted).`,
        systemIds: ids(m.systems),
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
      `${capitalize(level)}: ${toward} factor${toward === 1 ? "" : "s"} toward irreparable harm, ${taken.length} of the 6 Clearview measures in place. ` +
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
