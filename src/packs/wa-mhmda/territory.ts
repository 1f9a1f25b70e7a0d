import { presence, type Presence, type Territory } from "../../practices/places.js";
import type { System } from "../../practices/schema.js";

/** Washington as a territory; a city code inside it ("US-WA/...") is in Washington too. */
export const TERRITORY: Territory = { code: "US-WA", name: "Washington" };

/** Whether a system touches Washington (people there, or capture there), with the fields that decide it (src/practices/places.ts). */
export function washingtonPresence(system: System): Presence {
  return presence(system, TERRITORY);
}
