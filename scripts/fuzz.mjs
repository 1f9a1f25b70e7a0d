#!/usr/bin/env node
// The long property run: the same fast-check properties `npm test` runs with a fixed seed and a few
// hundred cases, here with many more cases and a fresh seed each time (or the one given), printed
// first so that a failure can be replayed:
//   npm run fuzz                         # random seed, 2,000 runs per property
//   npm run fuzz -- --seed 123 --runs 50000
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const PROPERTY_TESTS = [
  "tests/properties/report.property.test.ts",
  "tests/engine/audit.property.test.ts",
  "tests/practices/json-source-map.test.ts",
];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(option("seed") ?? process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(option("runs") ?? process.env.FC_RUNS ?? 2000);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: npm run fuzz -- [--seed N] [--runs N]");
  process.exit(2);
}

console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
console.log(`replay: npm run fuzz -- --seed ${seed} --runs ${runs}`);
const root = resolve(import.meta.dirname, "..");
const vitest = spawnSync(process.execPath, [resolve(root, "node_modules/vitest/vitest.mjs"), "run", ...PROPERTY_TESTS, "--testTimeout", "0"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FC_SEED: String(seed), FC_RUNS: String(runs) },
});
if (vitest.status !== 0) console.error(`fuzz: FAILED with seed ${seed}; replay: npm run fuzz -- --seed ${seed} --runs ${runs}`);
process.exit(vitest.status ?? 1);
