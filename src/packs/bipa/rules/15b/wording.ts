import { isZero } from "../../../../practices/counts.js";
import type { Modality, Population, SubjectGroup, System } from "../../../../practices/schema.js";
import { countWords } from "../wording.js";

export { countWords, formatCount, joinWords } from "../wording.js";
export { hasNoRelationship, NO_RELATIONSHIP_POPULATIONS, noRelationshipByNature } from "../../../../practices/relationship.js";
import { hasNoRelationship, noRelationshipByNature } from "../../../../practices/relationship.js";
import { joinWords } from "../wording.js";

/*
 * Shared facts and phrasing for the 15(b) rules, so every message names people and identifiers the
 * same way. Pure functions of the profile; no locale or clock is read, so output is deterministic.
 */

/** PA 103-0769 took effect on signing, 2 Aug 2024 (bipa-reference.md §1.0), adding "electronic signature". */
export const AMENDMENT_EFFECTIVE = "2024-08-02";


const POPULATION_WORDS: Record<Population, string> = {
  employees: "employees",
  contractors: "contractors",
  "job-applicants": "job applicants",
  customers: "customers",
  users: "users",
  minors: "minors",
  "non-users-in-uploads": "people who are not users but appear in uploaded content",
  "scraped-public-images": "people in scraped public images",
  visitors: "visitors",
  drivers: "drivers",
  patients: "patients",
};

const MODALITY_WORDS: Record<Modality, string> = {
  fingerprint: "fingerprints",
  "face-geometry": "face geometry",
  iris: "iris scans",
  retina: "retina scans",
  voiceprint: "voiceprints",
  "hand-geometry": "hand geometry",
};

/** A population in plain words, e.g. `job applicants`. */
export function populationWords(population: Population): string {
  return POPULATION_WORDS[population];
}

/** The distinct populations of some groups, in plain words and profile order. */
export function populationsWords(groups: readonly SubjectGroup[]): string {
  return joinWords([...new Set(groups.map((g) => populationWords(g.population)))]);
}

/** What the system captures, e.g. `fingerprints and face geometry`; `biometric identifiers` if unstated. */
export function modalityWords(system: System): string {
  return system.modalities.length === 0 ? "biometric identifiers" : joinWords(system.modalities.map((m) => MODALITY_WORDS[m]));
}

/** Modalities named as mass nouns ("face geometry"), which take a singular verb alone. */
const SINGULAR_MODALITIES: ReadonlySet<Modality> = new Set(["face-geometry", "hand-geometry"]);

/** `are` or `is`, agreeing with {@link modalityWords} (`face geometry is`, `fingerprints are`). */
export function modalityVerb(system: System): "is" | "are" {
  const [only, ...rest] = system.modalities;
  return only !== undefined && rest.length === 0 && SINGULAR_MODALITIES.has(only) ? "is" : "are";
}

/** How many people a group holds and how many are in Illinois, as far as the profile says. */
export function groupSizeWords(group: SubjectGroup): string {
  const total = countWords(group.count, "person", "people");
  const illinois = group.illinoisCount === "unknown" ? "how many are in Illinois is not stated" : `${countWords(group.illinoisCount, "", "").trim()} of them in Illinois`;
  return `${total} (${illinois})`;
}


/**
 * A group of people the entity has no relationship with, some of them possibly in Illinois (a group
 * stated to hold no Illinois residents is outside BIPA's reach): they cannot in practice be asked for
 * a release before collection, nor for consent before a disclosure.
 */
export function unaskedInIllinois(group: SubjectGroup): boolean {
  return hasNoRelationship(group) && !isZero(group.illinoisCount);
}

/** Who they are: by nature ("people in scraped public images") or by the profile's relationship none. */
export function noRelationshipWho(group: SubjectGroup, organization: string): string {
  return noRelationshipByNature(group.population) ? populationWords(group.population) : `${populationWords(group.population)} with no relationship to ${organization}`;
}

/** The field that says they have no relationship: the population itself, or the relationship. */
export function noRelationshipPointer(group: SubjectGroup, index: number): string {
  return `/subjects/${index}/${noRelationshipByNature(group.population) ? "population" : "relationship"}`;
}
