import type { CountBounds } from "../../practices/counts.js";
import { peopleCountIn, presence, type Territory } from "../../practices/places.js";
import type { System } from "../../practices/schema.js";

/** Colorado, the state (bipa-reference.md §4); where a system's people and capture are is read by src/practices/places.ts. */
export const TERRITORY: Territory = { code: "US-CO", name: "Colorado" };

export interface Reach {
  status: "yes" | "no" | "unknown";
  reason: string;
  evidence: string[];
}

/** People or capture in Colorado bring a system in; it is out only when both are known to be absent. */
export function reach(system: System): Reach {
  const p = presence(system, TERRITORY);
  return { status: p.status, reason: p.reasons.join(" "), evidence: p.evidence };
}

/** How many of the system's people are in Colorado; `undefined` when the profile does not say. */
export function peopleInTerritory(system: System): CountBounds | undefined {
  return peopleCountIn(system, TERRITORY.code);
}
