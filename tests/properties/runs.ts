/**
 * fast-check settings shared by the property tests: a fixed seed and a modest number of runs in
 * `npm test`; `npm run fuzz` (scripts/fuzz.mjs) sets FC_SEED and FC_RUNS for a long, varied run.
 */
export function fcRuns(defaultRuns: number): { seed: number; numRuns: number } {
  const seed = Number(process.env.FC_SEED ?? 20261122);
  const runs = process.env.FC_RUNS === undefined ? defaultRuns : Number(process.env.FC_RUNS);
  return { seed, numRuns: runs };
}
