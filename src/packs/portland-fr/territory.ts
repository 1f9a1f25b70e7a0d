import type { CountBounds } from "../../practices/counts.js";
import { peopleCountIn, premisesPresence, type Territory } from "../../practices/places.js";
import type { System } from "../../practices/schema.js";

/** Portland, Oregon (bipa-reference.md §4); where a system's people and capture are is read by src/practices/places.ts. */
export const TERRITORY: Territory = { code: "US-OR/portland", name: "Portland" };

export interface Reach {
  status: "yes" | "no" | "unknown";
  reason: string;
  evidence: string[];
}

/** Capture at premises in Portland bring a system in: a law about premises there (src/practices/places.ts, premisesPresence). */
export function reach(system: System): Reach {
  const p = premisesPresence(system, TERRITORY);
  return { status: p.status, reason: p.reasons.join(" "), evidence: p.evidence };
}

/** How many of the system's people are in Portland; `undefined` when the profile does not say. */
export function peopleInTerritory(system: System): CountBounds | undefined {
  return peopleCountIn(system, TERRITORY.code);
}
