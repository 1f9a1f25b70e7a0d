import { parseProfile } from "../../src/practices/load.js";
import type { Practices, PracticesInput } from "../../src/practices/schema.js";
import { generateProfile } from "./generate.js";

/** The evaluation date for every benchmark (fixed: nothing reads the clock). */
export const AS_OF = "2026-11-22";

/** One generated inventory in the forms the benchmarks start from. */
export interface Fixture {
  systems: number;
  /** Plain data, as JSON.parse or a YAML reader would give it. */
  data: PracticesInput;
  /** The same profile as JSON text (compact, as tools write it). */
  json: string;
  /** The same profile, validated (defaults filled). */
  profile: Practices;
}

const cache = new Map<number, Fixture>();

/** The fixture for `systems` systems, built once per process (seeded: the same bytes every run). */
export function fixture(systems: number): Fixture {
  const hit = cache.get(systems);
  if (hit) return hit;
  const data = generateProfile(systems);
  const loaded = parseProfile(data);
  if (!loaded.ok) throw new Error(`generated profile of ${systems} systems does not validate`);
  const built = { systems, data, json: JSON.stringify(data), profile: loaded.profile };
  cache.set(systems, built);
  return built;
}
