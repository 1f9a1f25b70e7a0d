import { parseProfile } from "../../src/practices/load.js";
import type { Practices, PracticesInput } from "../../src/practices/schema.js";
import { generateProfile } from "./generate.js";

/** The sizes every throughput benchmark runs at (systems per profile). */
export const SIZES = [1, 100, 10_000] as const;

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

/**
 * How long to run a benchmark of `systems` systems: small profiles for time, large ones for a few
 * iterations (one pass over 10,000 systems takes seconds, and the figure is per system anyway).
 */
export function budget(systems: number): { time: number; iterations: number; warmupTime: number; warmupIterations: number } {
  if (systems >= 10_000) return { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 };
  if (systems >= 100) return { time: 1_500, iterations: 10, warmupTime: 300, warmupIterations: 5 };
  return { time: 1_000, iterations: 50, warmupTime: 200, warmupIterations: 20 };
}

/** Bench task names carry the size so scripts/bench.mjs can compute per-system rates and ratios. */
export const label = (systems: number) => `${systems.toLocaleString("en-US")} system${systems === 1 ? "" : "s"}`;
