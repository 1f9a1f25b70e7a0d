#!/usr/bin/env node
// `npm run bench`: every bipa-check benchmark, one table (Markdown on stdout, progress on stderr).
//
//   node scripts/bench.mjs [--quick] [--only a,b] [--skip-build] [--json <file>] [--list]
//
//   --quick       smaller inputs and fewer rounds: a smoke run of about a minute (the 100,000-system
//                 and scaling rows are not run)
//   --only a,b    only these modules (see --list)
//   --skip-build  use dist/cli.js as it is (by default it is rebuilt when a source is newer)
//   --json FILE   also write every raw figure
//
// Each module of tests/bench/rows runs in a fresh process (tests/bench/harness/child.ts, bundled here
// with esbuild) and returns its rows; the table lists them in the order of tests/bench/rows/index.ts.
// One module runs at a time: two side by side on a two-core machine slowed each by about 1.6× (the
// figures are absolute as well as ratios). Generated inputs are kept in node_modules/.cache/bipa-bench
// between runs.
import { spawn, spawnSync } from "node:child_process";
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
const childScript = join(work, "child.mjs");
await bundle("tests/bench/harness/child.ts", childScript);
const env = { ...process.env, BENCH_ROOT: root, BENCH_WORK: work, BENCH_CLI: cli };
const modules = JSON.parse(spawnSync(process.execPath, [childScript, "list"], { env, encoding: "utf8" }).stdout);
if (flag("--list")) {
  for (const m of modules) process.stdout.write(`${m.id.padEnd(20)} ${m.description}\n`);
  process.exit(0);
}
const only = option("--only")?.split(",");
const unknown = only?.filter((id) => !modules.some((m) => m.id === id)) ?? [];
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
  for (const f of ["tsup.config.ts", "package.json", "scripts/code-cache.mjs"]) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
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
const results = new Map();

/** Runs one module in its own process; its rows (or a row saying it failed) go to `results`. */
function runModule(m) {
  log(`${m.id}: ${m.description}`);
  const t = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [childScript, "run", m.id, ...(quick ? ["--quick"] : [])], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (out += chunk));
    child.on("close", (status) => {
      const seconds = Number(((performance.now() - t) / 1000).toFixed(1));
      if (status !== 0) {
        // No figure is printed for a module that failed: its row says so.
        results.set(m.id, { rows: [{ measure: m.description, result: `not measured: the module failed (exit ${status}; see stderr)`, target: "", met: "" }], seconds });
        log(`${m.id}: FAILED after ${seconds} s`);
      } else {
        results.set(m.id, { ...JSON.parse(out.trim().split("\n").pop()), seconds });
        log(`${m.id}: ${seconds} s`);
      }
      done();
    });
  });
}
for (const m of selected) await runModule(m);
const rows = [];
const raw = {};
for (const m of selected) {
  const r = results.get(m.id);
  for (const row of r.rows) rows.push({ module: m.id, ...row });
  raw[m.id] = { seconds: r.seconds, ...(r.raw !== undefined ? { raw: r.raw } : {}) };
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
