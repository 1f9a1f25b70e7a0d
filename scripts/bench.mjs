#!/usr/bin/env node
// Runs every bipa-check benchmark and prints ONE table with the figures, the targets and the ratios.
//
//   node scripts/bench.mjs [--skip-build] [--json <file>]
//
// 1-3: the vitest benches in tests/bench (run one file at a time, so they do not share the CPU).
// 4:   CLI cold start: dist/cli.js (built here with tsup) against `node -e 0`, median of 21 runs each.
// 5:   peak memory, each size in a fresh child process (scripts/bench-memory.ts, bundled with esbuild).
// 6:   scaling: each dimension of the input grown ×2 and ×4 (scripts/bench-scaling.mjs), one more table.
// Progress goes to stderr; the table (Markdown) goes to stdout.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "node_modules", ".cache", "bipa-bench");
mkdirSync(work, { recursive: true });
const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const AS_OF = "2026-11-22";

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const run = (cmd, argv, options = {}) => execFileSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, ...options });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (n) => `${n >= 10 ? fmt(n) : fmt(n, 1)}×`;
const mb = (bytes) => `${fmt(bytes / 2 ** 20)} MiB`;
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KiB`;

// ── build ─────────────────────────────────────────────────────────────────────────────────────
if (!args.includes("--skip-build")) {
  log("building dist with tsup");
  run("npx", ["tsup"], { stdio: ["ignore", "ignore", "inherit"] });
}
log("bundling scripts/bench-memory.ts");
run("npx", ["esbuild", "scripts/bench-memory.ts", "--bundle", "--platform=node", "--format=esm", "--packages=external", `--outfile=${join(work, "bench-memory.mjs")}`, "--log-level=warning"]);
const memoryScript = join(work, "bench-memory.mjs");

// ── 1-3: vitest benches ───────────────────────────────────────────────────────────────────────
const benchJson = join(work, "vitest-bench.json");
log("running vitest bench (about three minutes)");
run("npx", ["vitest", "bench", "--run", "--no-file-parallelism", "--outputJson", benchJson], { stdio: ["ignore", "ignore", "inherit"] });
const groups = new Map();
for (const file of JSON.parse(readFileSync(benchJson, "utf8")).files) {
  for (const group of file.groups) {
    const name = group.fullName.split(" > ").pop();
    groups.set(name, new Map(group.benchmarks.map((b) => [b.name, b.median])));
  }
}
/** Median milliseconds of one bench task. */
const ms = (group, task) => {
  const value = groups.get(group)?.get(task);
  if (value === undefined) throw new Error(`no bench "${task}" in "${group}"`);
  return value;
};
const sizes = [1, 100, 10_000];
const label = (n) => `${n.toLocaleString("en-US")} system${n === 1 ? "" : "s"}`;
const perSizes = (fn) => sizes.map(fn).join(" / ");

// ── 4: CLI cold start ─────────────────────────────────────────────────────────────────────────
const onePath = join(work, "one-system.json");
run("node", [memoryScript, "write-json", "1", onePath]);
const cli = join(root, "dist", "cli.js");
const hasAudit = spawnSync("node", [cli, "audit", "--help"], { encoding: "utf8" }).status === 0;
const cliArgs = hasAudit ? [cli, "audit", onePath, "--format", "json", "--as-of", AS_OF] : [cli, "--version"];
const wall = (argv) => {
  const started = process.hrtime.bigint();
  const result = spawnSync("node", argv, { stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${argv.join(" ")} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
};
log(`cold start: ${hasAudit ? "audit --format json" : "--version"} against node -e 0`);
const bare = [];
const cold = [];
const version = [];
for (let i = 0; i < 21; i++) {
  bare.push(wall(["-e", "0"]));
  cold.push(wall(cliArgs));
  version.push(wall([cli, "--version"]));
}

// ── 5: memory ─────────────────────────────────────────────────────────────────────────────────
const measure = (mode, file) => JSON.parse(run("node", [memoryScript, mode, file]).trim().split("\n").pop());
const memory = { profile: {}, stream: {}, load: {} };
for (const n of [10_000, 50_000, 100_000]) {
  const json = join(work, `profile-${n}.json`);
  log(`memory: whole profile, ${label(n)}`);
  run("node", [memoryScript, "write-json", String(n), json]);
  memory.profile[n] = measure("profile", json);
}
for (const n of [10_000, 100_000]) {
  const ndjson = join(work, `inventory-${n}.ndjson`);
  log(`memory: stream, ${label(n)}`);
  run("node", [memoryScript, "write-ndjson", String(n), ndjson]);
  memory.stream[n] = measure("stream", ndjson);
}
for (const n of [1_000, 10_000]) {
  const json = join(work, `profile-${n}.json`);
  log(`memory: loadProfile (JSON reader), ${label(n)}`);
  run("node", [memoryScript, "write-json", String(n), json]);
  memory.load[n] = measure("load", json);
}

// ── the table ─────────────────────────────────────────────────────────────────────────────────
const rows = [];
const row = (n, measureText, result, target, met) => rows.push([n, measureText, result, target, met]);
const verdict = (ok, short) => (ok ? "yes" : `no (${short})`);

const tp = (n) => (n * 1000) / ms(`throughput: validate + audit, ${label(n)}`, "bipa-check validate + audit");
for (const n of sizes) {
  row("1", `validate + audit, ${label(n)} (full pack, exposure included)`, `${fmt(tp(n))} systems/s`, "≥ 100,000 systems/s", verdict(tp(n) >= 100_000, `${ratio(100_000 / tp(n))} short`));
}
const peer = (n) => `peer: 15(b), 15(d), 15(e) decisions, ${label(n)}`;
const peerRatio = (n, theirs, ours) => ms(peer(n), theirs) / ms(peer(n), ours);
const peerRow = (ours, theirs, text) => {
  const r = sizes.map((n) => peerRatio(n, theirs, ours));
  row("2", `${text} (1 / 100 / 10,000 systems)`, r.map(ratio).join(" / "), "≥ 50×", verdict(r[2] >= 50, `${ratio(50 / r[2])} short at 10,000`));
};
peerRow("bipa-check same rules, decisions only", "json-rules-engine flat facts", "json-rules-engine (flat facts) ÷ bipa-check, same 8 rules, decisions only");
peerRow("bipa-check same rules, decisions only", "json-rules-engine JSONPath facts", "json-rules-engine (JSONPath facts) ÷ bipa-check, same 8 rules, decisions only");
peerRow("bipa-check same rules, full report", "json-rules-engine flat facts", "json-rules-engine (flat facts) ÷ bipa-check, same 8 rules, full report");
peerRow("bipa-check validate + full audit", "json-rules-engine flat facts", "json-rules-engine (flat facts, 8 rules) ÷ bipa-check validate + full pack");

const floor = (n) => `parse floor: JSON text of ${label(n)}`;
const floorRow = (task, text) => {
  const r = sizes.map((n) => ms(floor(n), task) / ms(floor(n), "JSON.parse"));
  row("3", `${text} ÷ JSON.parse of the same bytes (1 / 100 / 10,000 systems)`, r.map(ratio).join(" / "), "≤ 3×", verdict(r[2] <= 3, `${ratio(r[2] / 3)} over at 10,000`));
};
floorRow("bipa-check load + validate + audit", "loadProfile + audit");
floorRow("JSON.parse + validate + audit", "JSON.parse + validate + audit");

const coldRatio = median(cold) / median(bare);
row(
  "4",
  `CLI cold start, one-system profile: \`bipa-check ${hasAudit ? "audit <file> --format json" : "--version"}\` ÷ \`node -e 0\``,
  `${ratio(coldRatio)} (${fmt(median(cold))} ms vs ${fmt(median(bare))} ms)`,
  "≤ 2×",
  verdict(coldRatio <= 2, `${ratio(coldRatio / 2)} over`),
);
const versionRatio = median(version) / median(bare);
row("4", "CLI cold start: `bipa-check --version` ÷ `node -e 0`", `${ratio(versionRatio)} (${fmt(median(version))} ms)`, "≤ 2×", verdict(versionRatio <= 2, `${ratio(versionRatio / 2)} over`));

const p = memory.profile;
const slope1 = (p[50_000].peakRssBytes - p[10_000].peakRssBytes) / 40_000;
const slope2 = (p[100_000].peakRssBytes - p[50_000].peakRssBytes) / 50_000;
row(
  "5",
  "peak RSS, whole profile of 100,000 systems (JSON.parse + validate + audit)",
  `${mb(p[100_000].peakRssBytes)}; ${kb(slope1)}/system from 10k→50k, ${kb(slope2)}/system from 50k→100k`,
  "linear, small per system",
  verdict(Math.abs(slope2 - slope1) / slope1 < 0.25, "not linear"),
);
const s = memory.stream;
row(
  "5",
  "peak RSS, NDJSON stream of 100,000 systems (each result serialized and dropped)",
  `${mb(s[100_000].peakRssBytes)} (${mb(s[10_000].peakRssBytes)} at 10,000)`,
  "bounded",
  verdict(s[100_000].peakRssBytes < 2 * s[10_000].peakRssBytes, "grows"),
);
const l = memory.load;
row(
  "5",
  "peak RSS, loadProfile (JSON.parse + one-pass source map) + audit, 10,000 systems",
  `${mb(l[10_000].peakRssBytes)}; ${kb((l[10_000].peakRssBytes - l[1_000].peakRssBytes) / 9_000)}/system`,
  "linear, small per system",
  "see note",
);
row("·", "stream throughput, 10,000 systems (vitest bench; NDJSON lines in memory)", `${fmt((10_000 * 1000) / ms("stream: NDJSON, 10,000 systems", "bipa-check stream audit"))} systems/s`, "", "");
row("·", "JSON.parse alone (10,000 systems)", `${fmt((10_000 * 1000) / ms(floor(10_000), "JSON.parse"))} systems/s`, "", "");

const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? cpus()[0]?.model ?? "unknown";
const nproc = run("nproc", []).trim();
const machine = `${cpu}, nproc ${nproc}, Node ${process.version}, load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`;
const lines = [
  `bipa-check benchmarks: ${machine}`,
  "",
  "| # | Measure | Result | Target | Met |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
];
process.stdout.write(`${lines.join("\n")}\n`);
// 6: how the work grows with each dimension of the input (scripts/bench-scaling.mjs).
log("scaling: systems, disclosures, breaches, waivers, baseline entries, files, name length");
process.stdout.write(`\n${run("node", ["scripts/bench-scaling.mjs"], { stdio: ["ignore", "pipe", "inherit"] })}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ machine, rows, medianMs: Object.fromEntries([...groups].map(([g, m]) => [g, Object.fromEntries(m)])), coldStartMs: { bare, cold, version }, memory }, null, 2));
}
