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

/** Joins words as "a, b or c". */
export function joinWords(words: readonly string[], last: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}
