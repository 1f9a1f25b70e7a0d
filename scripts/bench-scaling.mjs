#!/usr/bin/env node
// Scaling rows for `npm run bench`: each dimension of the input grown ×2 and ×4, timed in a fresh
// process (scripts/bench-scaling.ts, bundled here with esbuild), with the time per unit at each size.
// Linear growth keeps the time per unit flat: the check passes when the largest size costs less than
// twice per unit what the smallest does (room for a shared machine's noise; quadratic growth is 4×).
//
//   node scripts/bench-scaling.mjs [--json <file>]
//
// Progress goes to stderr; the table (Markdown) goes to stdout. scripts/bench.mjs runs this last.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "node_modules", ".cache", "bipa-bench");
mkdirSync(work, { recursive: true });
const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const log = (message) => process.stderr.write(`bench-scaling: ${message}\n`);
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const script = join(work, "bench-scaling.mjs");
execFileSync("npx", ["esbuild", "scripts/bench-scaling.ts", "--bundle", "--platform=node", "--format=esm", "--packages=external", `--outfile=${script}`, "--log-level=warning"], { cwd: root, stdio: "inherit" });

const CASES = [
  // Sizes chosen so the table takes about two minutes here; ×2 and ×4 still show a quadratic step.
  ["systems", [500, 1_000, 2_000]],
  ["disclosures", [4_000, 8_000, 16_000]],
  ["breaches", [2_000, 4_000, 8_000]],
  ["waivers", [2_500, 5_000, 10_000]],
  ["baseline entries", [10_000, 20_000, 40_000]],
  ["files", [250, 500, 1_000]],
  ["name length", [500_000, 1_000_000, 2_000_000]],
];

const results = [];
for (const [name, sizes] of CASES) {
  log(`${name}: ${sizes.join(", ")}`);
  const out = execFileSync("node", ["--max-old-space-size=8192", script, name, ...sizes.map(String)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  results.push(JSON.parse(out.trim().split("\n").pop()));
}

const rows = results.map((r) => {
  const perUnit = r.ms.map((ms, i) => ms / r.sizes[i]);
  const growth = perUnit[perUnit.length - 1] / perUnit[0];
  const cells = r.sizes.map((n, i) => `${fmt(n)}: ${fmt(r.ms[i])} ms`).join(" / ");
  return [r.case, r.unit, cells, `${fmt(growth, 2)}×`, growth < 2 ? "yes" : `no (${fmt(growth, 1)}× per unit at ${fmt(r.sizes.at(-1))})`];
});
const waivers = results.find((r) => r.case === "waivers");
const lines = [
  "| Dimension | Grown | Time at each size (best of 2) | Time per unit, largest ÷ smallest | Linear (< 2×) |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  `Waivers: 10,000 waivers against 8,000 findings (read from a JSON file, matched, gated): ${fmt(waivers.ms.at(-1))} ms; target < 2,000 ms: ${waivers.ms.at(-1) < 2_000 ? "met" : "not met"}.`,
];
process.stdout.write(`${lines.join("\n")}\n`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
