import { hasNoRelationship } from "../../practices/relationship.js";
import type { System } from "../../practices/schema.js";

/** A written release (BIPA's, recorded in `release`) signed by everyone before their first capture is a consent before collection. */
export function writtenReleaseBeforeCapture(system: System): boolean {
  const r = system.release;
  return (r.type === "wet-signature" || r.type === "electronic-signature") && r.obtainedBeforeEachCapture === true && r.coversAllSubjects === true;
}

/** Collection limited to what a product or service the consumer asked for needs: the Act's alternative to consent. */
export function onlyAsNecessary(system: System): boolean {
  return system.dataProtection.usedBeyondNecessary === false;
}

/**
 * Whether the profile leaves open that the collection or sharing is only what a requested service
 * needs: the Act's other ground (§4.2 "Collect", "Share"). A missing consent then decides nothing on
 * its own, so the finding is a risk asking for the fact, and no penalty counts it.
 */
export function necessityOpen(system: System): boolean {
  return system.dataProtection.usedBeyondNecessary === "unknown" && !unaskedPeople(system);
}

/**
 * Whether the system holds people the entity has no relationship with (scraped images, non-users):
 * they asked for no product or service, so the necessity ground cannot cover collecting theirs.
 */
export function unaskedPeople(system: System): boolean {
  return system.subjects.some(hasNoRelationship);
}

/** The sentence a finding adds when {@link necessityOpen}: the fact that decides it, and the field. */
export const NECESSITY_OPEN =
  " The profile does not say whether it is only what a product or service the consumer asked for needs (dataProtection.usedBeyondNecessary), which the Act allows without consent; that fact decides the finding.";

/** Joins words as "a, b or c". */
export function joinWords(words: readonly string[], last: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}
