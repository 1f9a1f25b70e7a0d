import { subjectPlaces } from "../../practices/places.js";
import type { Practices, System } from "../../practices/schema.js";
import { countBounds, isPositive, isZero } from "../../practices/counts.js";
import { hasNoRelationship } from "../../practices/relationship.js";

/*
 * The facts the GDPR pack decides on, read once so applicability, rules and penalty agree.
 * Each answer is "yes", "no" or "unknown".
 */

export type Answer = "yes" | "no" | "unknown";

/**
 * Application date, Art. 99(2). Not in the legal reference: checked against two reproductions of
 * the regulation's text (not the Official Journal itself), see authority eu-gdpr-art-99.
 */
export const GDPR_APPLIES_FROM = "2018-05-25";

/** The 27 EU member states as ISO 3166-1 codes (Greece is GR). The EEA states are not included. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

/** Whether a place code is in an EU member state ("FR", "DE-BY", "FR/paris"). */
export function inEu(place: string): boolean {
  return EU_MEMBER_STATES.has(place.slice(0, 2)) && (place.length === 2 || place[2] === "-" || place[2] === "/");
}

/** Whether a place code is in the United Kingdom (the UK GDPR, a parallel regime). */
export function inUk(place: string): boolean {
  return place === "GB" || place.startsWith("GB-") || place.startsWith("GB/");
}

export interface People {
  answer: Answer;
  low: number;
  high: number | undefined;
  places: string[];
}

/** Whether the system has people in places matching `where`, and how many. */
export function peopleIn(system: System, where: (place: string) => boolean): People {
  // The shared reading of where people live (the Illinois facts fill in when places lists nobody).
  const { entries: all, complete } = subjectPlaces(system);
  const entries = all.filter((s) => where(s.place));
  let low = 0;
  let high: number | undefined = 0;
  for (const entry of entries) {
    const b = countBounds(entry.count);
    if (b === undefined) {
      high = undefined;
      continue;
    }
    low += b.low;
    high = high === undefined || b.high === undefined ? undefined : high + b.high;
  }
  const places = [...new Set(entries.filter((e) => !isZero(e.count)).map((e) => e.place))].sort();
  if (entries.some((e) => isPositive(e.count))) return { answer: "yes", low, high, places };
  if (entries.length > 0 && entries.every((e) => isZero(e.count))) return { answer: "no", low: 0, high: 0, places: [] };
  if (entries.length === 0 && complete) return { answer: "no", low: 0, high: 0, places: [] };
  return { answer: "unknown", low, high, places };
}

/** Whether the organization lists an establishment in the EU (an empty list lists none). */
export function establishedInEu(profile: Practices): boolean {
  return profile.organization.establishedIn.some(inEu);
}

/** Whether the product or service is offered in the EU. */
export function offeredInEu(system: System): Answer {
  const offered = system.places.offeredIn;
  if (offered === "unknown") return "unknown";
  return offered.some(inEu) ? "yes" : "no";
}

/**
 * Whether biometric data is processed for the purpose of uniquely identifying a person (Art. 9(1)).
 * The stated purpose decides; failing it, the matching mode: 1:N identification and 1:1
 * verification single out one person, detection does not.
 */
export function identifiesPeople(system: System): { answer: Answer; pointer: string } {
  if (system.modalities.length === 0 && system.otherTraits.length === 0) return { answer: "no", pointer: "/modalities" };
  const stated = system.dataProtection.purposeUniquelyIdentifies;
  if (stated !== "unknown") return { answer: stated ? "yes" : "no", pointer: "/dataProtection/purposeUniquelyIdentifies" };
  const matching = system.faceMatching;
  if (matching === "identification" || matching === "verification") return { answer: "yes", pointer: "/faceMatching" };
  if (matching === "detection-only") return { answer: "no", pointer: "/faceMatching" };
  return { answer: "unknown", pointer: "/dataProtection/purposeUniquelyIdentifies" };
}

/** How the GDPR reaches the system territorially, if it does (Art. 3). */
export type Reach =
  | { answer: "yes"; basis: "establishment" | "monitoring" | "offering" }
  | { answer: "no"; why: string }
  | { answer: "unknown"; fields: string[] };

export function territorialReach(profile: Practices, system: System): Reach {
  if (establishedInEu(profile)) return { answer: "yes", basis: "establishment" };
  const people = peopleIn(system, inEu);
  if (people.answer === "no") return { answer: "no", why: "it has no people in the EU and the organization lists no establishment there" };
  if (people.answer === "unknown") return { answer: "unknown", fields: ["places.subjects", "places.complete"] };
  const monitors = system.dataProtection.monitorsBehaviour;
  if (monitors === true) return { answer: "yes", basis: "monitoring" };
  const offered = offeredInEu(system);
  // Art. 3(2)(a) reaches the offering of goods or services "to such data subjects": the people whose
  // data is processed. People the entity has no relationship with (scraped images, non-users) are not
  // offered anything, whoever its customers in the EU are.
  const offeredToThem = system.subjects.some((g) => !hasNoRelationship(g));
  if (offered === "yes" && offeredToThem) return { answer: "yes", basis: "offering" };
  if (monitors === false && offered === "yes") {
    return {
      answer: "no",
      why: "its people in the EU are not monitored, and its goods or services offered in the EU are not offered to them (Art. 3(2)(a) reaches the offering \"to such data subjects\"; every group has no relationship with the entity), and the organization lists no establishment there. The Clearview decisions found reach by monitoring (bipa-reference.md §4.7, §3.4): check dataProtection.monitorsBehaviour against them",
    };
  }
  if (monitors === false && offered === "no") {
    return { answer: "no", why: "its people in the EU are neither monitored nor offered its goods or services there, and the organization lists no establishment there" };
  }
  return {
    answer: "unknown",
    fields: [...(monitors === "unknown" ? ["dataProtection.monitorsBehaviour"] : []), ...(offered === "unknown" ? ["places.offeredIn"] : [])],
  };
}

/** Populations whose consent is weak because of the power imbalance (employment). */
export const WORKFORCE = new Set(["employees", "contractors", "job-applicants"]);
