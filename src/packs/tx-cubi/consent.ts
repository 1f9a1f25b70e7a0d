import type { System } from "../../practices/schema.js";

/**
 * Whether a written release (BIPA's, recorded in `release`) was signed by every person before their
 * first capture: Texas asks for consent in any form, so such a release is consent before capture.
 */
export function writtenReleaseBeforeCapture(system: System): boolean {
  const r = system.release;
  return (r.type === "wet-signature" || r.type === "electronic-signature") && r.obtainedBeforeEachCapture === true && r.coversAllSubjects === true;
}

/** Joins words as "a, b or c". */
export function joinWords(words: readonly string[], last: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}
