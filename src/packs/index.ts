import type { Pack } from "../core/pack.js";
import { bipaPack } from "./bipa/index.js";

/**
 * The shipped packs, in the order they run and appear in reports. Adding a law is a folder
 * `src/packs/<id>/` whose `index.ts` exports its `Pack`, plus one entry here.
 */
export const SHIPPED_PACKS: readonly Pack[] = [bipaPack];

/** The ids of the shipped packs, in order. */
export const PACK_IDS: readonly string[] = SHIPPED_PACKS.map((p) => p.id);

/** A shipped pack by id. */
export function packById(id: string): Pack | undefined {
  return SHIPPED_PACKS.find((p) => p.id === id);
}

/** The title of a remedy id of any shipped pack (the id itself if no pack has it). */
export function remedyTitleOf(id: string): string {
  for (const pack of SHIPPED_PACKS) {
    const remedy = pack.remedies.find((r) => r.id === id);
    if (remedy) return remedy.title;
  }
  return id;
}
