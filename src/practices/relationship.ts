import type { Population, SubjectGroup } from "./schema.js";

/*
 * Whether the entity has a relationship with a group of people: a fact several laws turn on (BIPA
 * 15(b) notice and 15(d) consent, GDPR Art. 3(2)(a) offering), so it is decided once, here.
 */

/** Populations with no relationship to the entity by their nature (bipa-reference.md §5.1, item 10). */
export const NO_RELATIONSHIP_POPULATIONS: readonly Population[] = ["scraped-public-images", "non-users-in-uploads"];

/** Whether a population has no relationship with the entity by its nature (scraped images, non-users). */
export function noRelationshipByNature(population: Population): boolean {
  return NO_RELATIONSHIP_POPULATIONS.includes(population);
}

/** Whether a group is made of people the entity has no relationship with: by nature, or stated `relationship: none`. */
export function hasNoRelationship(group: SubjectGroup): boolean {
  return noRelationshipByNature(group.population) || group.relationship === "none";
}
