import { spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fmt, mib, seconds } from "../harness/format.js";
import { jsonProfileFile } from "../harness/inputs.js";
import type { BenchContext, BenchModule, Row } from "../harness/types.js";

/*
 * The CLI on a whole 100,000-system profile (about 200 MB of JSON), `--format text` and
 * `--format json`, output to /dev/null: wall time and peak RSS. The two run side by side (one per
 * core of a two-core machine) to keep the bench within its time budget; each is stopped at the time
 * limit or past the memory cap (the machine is shared), and the row says so.
 */

const COUNT = 100_000;
const TIME_LIMIT_MS = 60_000;
// Above Node's default heap: a profile this size is audited in a second process with a larger one
// (src/cli/heap.ts), and each run peaked at 4.4–4.9 GB when run alone to the end.
const RSS_CAP_BYTES = 6 * 2 ** 30;

interface Outcome {
  format: string;
  ms: number;
  exitCode: number | null;
  stopped?: "time" | "memory";
  /** Peak RSS: from the processes themselves at exit (added up), else the highest sampled from /proc (a lower bound). */
  peakRssBytes?: number;
  peakExact: boolean;
  stderrTail: string;
}

/** The process and its descendants (a large profile is audited by a second Node process). */
function tree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // Gone, or no /proc: no children to add.
  }
  return [pid, ...children.flatMap(tree)];
}

function kill(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The resident memory of the process tree now, from /proc (a lower bound of its peak). */
function sampledRss(pid: number): number | undefined {
  let total = 0;
  for (const p of tree(pid)) {
    try {
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // Exited between the listing and the read.
    }
  }
  return total > 0 ? total : undefined;
}

/** The peaks the processes of one run wrote at exit (rss-at-exit.cjs), added up; undefined when none did. */
function exactPeak(ctx: BenchContext, prefix: string): number | undefined {
  const files = readdirSync(ctx.work).filter((f) => f.startsWith(`${prefix}.`));
  if (files.length === 0) return undefined;
  const total = files.reduce((sum, f) => sum + Number(readFileSync(join(ctx.work, f), "utf8")), 0);
  for (const f of files) rmSync(join(ctx.work, f), { force: true });
  return total;
}

function runCli(ctx: BenchContext, file: string, format: string): Promise<Outcome> {
  const rssPrefix = `rss-${format}-${process.pid}`;
  const rssFile = join(ctx.work, rssPrefix);
  exactPeak(ctx, rssPrefix);
  const devNull = openSync("/dev/null", "w");
  const argv = ["-r", join(ctx.root, "tests", "bench", "harness", "rss-at-exit.cjs"), ctx.cli, "audit", file, "--format", format, "--as-of", "2026-11-22", "--no-config", "--max-bytes", "2000000000"];
  const started = performance.now();
  const child = spawn(process.execPath, argv, { stdio: ["ignore", devNull, "pipe"], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
  closeSync(devNull);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-2000)));
  let peak = 0;
  let stopped: Outcome["stopped"];
  const poll = setInterval(() => {
    peak = Math.max(peak, sampledRss(child.pid!) ?? 0);
    if (peak > RSS_CAP_BYTES) stopped = "memory";
    else if (performance.now() - started > TIME_LIMIT_MS) stopped = "time";
    // The whole tree: a second process auditing a large profile would outlive its parent.
    if (stopped) for (const p of tree(child.pid!).reverse()) kill(p);
  }, 200);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      const exact = stopped ? undefined : exactPeak(ctx, rssPrefix);
      resolve({
        format,
        ms: performance.now() - started,
        exitCode: code,
        ...(stopped ? { stopped } : {}),
        ...(exact !== undefined ? { peakRssBytes: exact } : peak > 0 ? { peakRssBytes: peak } : {}),
        peakExact: exact !== undefined,
        stderrTail: stderr.trim().split("\n").slice(-3).join(" | "),
      });
    });
  });
}

function describe(o: Outcome): { result: string; met: string } {
  const rss = o.peakRssBytes === undefined ? "peak RSS not measured" : `${o.peakExact ? "" : "≥ "}${mib(o.peakRssBytes)} peak RSS`;
  if (o.stopped === "time") return { result: `did not finish: stopped after ${seconds(o.ms)} (${rss})`, met: "no (over a minute)" };
  if (o.stopped === "memory") return { result: `stopped after ${seconds(o.ms)}, past the ${mib(RSS_CAP_BYTES)} cap the bench allows (${rss})`, met: "no (memory)" };
  if (o.exitCode !== 0 && o.exitCode !== 1) return { result: `failed after ${seconds(o.ms)}, exit ${o.exitCode}: ${o.stderrTail || "no message"} (${rss})`, met: "no (failed)" };
  const fast = o.ms < TIME_LIMIT_MS;
  const small = o.peakRssBytes !== undefined && o.peakRssBytes < 2 ** 30;
  return {
    result: `${seconds(o.ms)}, ${rss}`,
    met: fast && small ? "yes" : `no (${[fast ? "" : "time", small ? "" : "memory"].filter(Boolean).join(", ")})`,
  };
}

export const wholeProfileCli: BenchModule = {
  id: "whole-profile-cli",
  description: "the CLI on a 100,000-system profile, --format text and json: time and peak RSS",
  async run(ctx) {
    if (ctx.quick) {
      const rows: Row[] = ["text", "json"].map((format) => ({
        measure: `CLI \`audit\` of a whole ${fmt(COUNT)}-system profile, \`--format ${format}\`: time, peak RSS`,
        result: "not run with --quick",
        target: "< 1 min, < 1 GB",
        met: "",
      }));
      return { rows };
    }
    ctx.log(`writing the ${fmt(COUNT)}-system profile (once; kept for later runs)`);
    const file = await jsonProfileFile(ctx, COUNT);
    ctx.log(`audit --format text and --format json, side by side (each stopped at ${TIME_LIMIT_MS / 1000} s or ${mib(RSS_CAP_BYTES)})`);
    const outcomes = await Promise.all([runCli(ctx, file, "text"), runCli(ctx, file, "json")]);
    const rows: Row[] = outcomes.map((o) => ({
      measure: `CLI \`audit\` of a whole ${fmt(COUNT)}-system profile, \`--format ${o.format}\` (the two formats run side by side): time, peak RSS`,
      ...describe(o),
      target: "< 1 min, < 1 GB",
    }));
    return { rows: rows.map(({ measure, result, target, met }) => ({ measure, result, target, met })), raw: { outcomes } };
  },
};
