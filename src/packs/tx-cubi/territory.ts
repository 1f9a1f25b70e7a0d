import { presence, type Presence, type Territory } from "../../practices/places.js";
import type { System } from "../../practices/schema.js";

/** Texas as a territory; a city code inside it ("US-TX/...") is in Texas too. */
export const TERRITORY: Territory = { code: "US-TX", name: "Texas" };

/** Whether a system touches Texas (people there, or capture there), with the fields that decide it (src/practices/places.ts). */
export function texasPresence(system: System): Presence {
  return presence(system, TERRITORY);
}
