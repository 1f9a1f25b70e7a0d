#!/usr/bin/env node
// `npm run bench`: every bipa-check benchmark, one table (Markdown on stdout, progress on stderr).
//
//   node scripts/bench.mjs [--quick] [--only a,b] [--skip-build] [--json <file>] [--list]
//
//   --quick       smaller inputs and fewer rounds: a smoke run of about a minute (the 100,000-system
//                 rows are not run)
//   --only a,b    only these modules (see --list)
//   --skip-build  use dist/cli.js as it is (by default it is rebuilt when a source is newer)
//   --json FILE   also write every raw figure
//
// Each module of tests/bench/rows runs in a fresh process (tests/bench/harness/child.ts, bundled here
// with esbuild), in the order of tests/bench/rows/index.ts, and returns its rows. Generated inputs
// are kept in node_modules/.cache/bipa-bench between runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "node_modules", ".cache", "bipa-bench");
const cli = join(root, "dist", "cli.js");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag("--quick");
const started = performance.now();
const log = (message) => process.stderr.write(`bench: ${message}\n`);
mkdirSync(work, { recursive: true });

const bundle = async (entry, outfile) =>
  build({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });

// ── the child that runs the modules ───────────────────────────────────────────────────────────
const child = join(work, "child.mjs");
await bundle("tests/bench/harness/child.ts", child);
const env = { ...process.env, BENCH_ROOT: root, BENCH_WORK: work, BENCH_CLI: cli };
const modules = JSON.parse(spawnSync(process.execPath, [child, "list"], { env, encoding: "utf8" }).stdout);
if (flag("--list")) {
  for (const m of modules) process.stdout.write(`${m.id.padEnd(20)} ${m.description}\n`);
  process.stdout.write(`${"scaling".padEnd(20)} each dimension of the input grown ×2 and ×4 (full runs only)\n`);
  process.exit(0);
}
const only = option("--only")?.split(",");
const unknown = only?.filter((id) => id !== "scaling" && !modules.some((m) => m.id === id)) ?? [];
if (unknown.length > 0) {
  log(`unknown module(s): ${unknown.join(", ")}; --list shows them`);
  process.exit(2);
}
const selected = modules.filter((m) => !only || only.includes(m.id));

// ── the CLI, rebuilt when a source is newer than it ───────────────────────────────────────────
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else newest = Math.max(newest, stat.mtimeMs);
    }
  };
  walk(join(root, "src"));
  for (const f of ["tsup.config.ts", "package.json"]) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}
if (!flag("--skip-build") && (!existsSync(cli) || statSync(cli).mtimeMs < newestSource())) {
  log("building dist/cli.js");
  const builder = join(work, "build-cli.mjs");
  await bundle("tests/bench/harness/build-cli.ts", builder);
  const built = spawnSync(process.execPath, [builder], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (built.status !== 0) process.exit(1);
}

// ── the modules, one process each ─────────────────────────────────────────────────────────────
const machine = () => {
  const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? cpus()[0]?.model ?? "unknown CPU";
  const load = existsSync("/proc/loadavg") ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "unknown";
  return { cpu, cores: cpus().length, node: process.version, load };
};
const before = machine();
const rows = [];
const raw = {};
for (const m of selected) {
  log(`${m.id}: ${m.description}`);
  const t = performance.now();
  const result = spawnSync(process.execPath, [child, "run", m.id, ...(quick ? ["--quick"] : [])], {
    env,
    encoding: "utf8",
    maxBuffer: 2 ** 28,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    // No figure is printed for a module that failed: its row says so.
    rows.push({ module: m.id, measure: m.description, result: `not measured: the module failed (exit ${result.status}; see stderr)`, target: "", met: "" });
    log(`${m.id}: FAILED after ${seconds} s`);
    continue;
  }
  const out = JSON.parse(result.stdout.trim().split("\n").pop());
  for (const row of out.rows) rows.push({ module: m.id, ...row });
  raw[m.id] = { seconds: Number(seconds), ...(out.raw !== undefined ? { raw: out.raw } : {}) };
  log(`${m.id}: ${seconds} s`);
}
const after = machine();
const elapsed = (performance.now() - started) / 1000;

// ── the table ─────────────────────────────────────────────────────────────────────────────────
const cell = (s) => String(s).replace(/\|/g, "\\|");
const lines = [
  `bipa-check benchmarks${quick ? " (--quick)" : ""}: ${before.cpu}, ${before.cores} cores, Node ${before.node}; load average ${before.load} at the start, ${after.load} at the end`,
  "",
  "| # | Measure | Result | Target | Met |",
  "|---|---|---|---|---|",
  ...rows.map((r, i) => `| ${i + 1} | ${cell(r.measure)} | ${cell(r.result)} | ${cell(r.target)} | ${cell(r.met)} |`),
  "",
  `Ran in ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s.`,
];
process.stdout.write(`${lines.join("\n")}\n`);
const jsonOut = option("--json");
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ quick, machine: { before, after }, seconds: elapsed, rows, raw }, null, 2)}\n`);

// The scaling table of the reliability work (scripts/bench-scaling.mjs): how the work grows with each
// dimension of the input. Part of a full run, and of `--only scaling`.
if (!quick && (!only || only.includes("scaling"))) {
  log("scaling: systems, disclosures, breaches, waivers, baseline entries, files, name length");
  const scaling = spawnSync(process.execPath, [join(root, "scripts", "bench-scaling.mjs")], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(scaling.status === 0 ? `\n${scaling.stdout}` : `\nscaling: not measured (exit ${scaling.status}; see stderr)\n`);
}
