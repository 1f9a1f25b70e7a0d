import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trivialProfile } from "../hardening/helpers.js";
import { ROOT, useCli } from "./helpers/cli.js";

/*
 * A report piped to a reader slower than the writer. Through `process.stdout`, Node queued what the
 * reader had not taken: the whole report, in memory (a 100,000-system JUnit report, 1.4 GB, ended in
 * "write ENOBUFS", exit 2). The CLI now writes standard output synchronously (src/cli/sync-output.ts):
 * it waits for the reader, and holds a piece at a time.
 */
const cli = useCli();
const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
const PRELOAD = join(ROOT, "tests", "bench", "harness", "rss-at-exit.cjs");

describe("a slow reader of standard output", () => {
  it.runIf(hasBash)("gets the whole report, and the writer waits for it instead of holding it in memory (runs where bash exists)", () => {
    writeFileSync(join(cli.dir, "t1500.json"), trivialProfile(1_500));
    const run = (tail: string, tag: string) => {
      const rss = join(cli.dir, `rss-${tag}`);
      const cmd = `"${process.execPath}" -r "${PRELOAD}" "${cli.path}" audit t1500.json --as-of 2026-11-22 --format json --fail-on never ${tail}; echo "\${PIPESTATUS[0]}"`;
      const r = spawnSync("bash", ["-c", cmd], { cwd: cli.dir, encoding: "utf8", env: { ...process.env, BENCH_RSS_FILE: rss }, maxBuffer: 1 << 20 });
      const peaks = readdirSync(cli.dir).filter((f) => f.startsWith(`rss-${tag}.`));
      return { r, peak: Number(readFileSync(join(cli.dir, peaks[0]!), "utf8")) };
    };
    // The reader sleeps a second before it reads anything, then counts the bytes.
    const slow = run("| (sleep 1; wc -c > slow.bytes)", "slow");
    const fast = run("> fast.json", "fast");
    expect(slow.r.stdout.trim()).toBe("0");
    expect(fast.r.stdout.trim()).toBe("0");
    const bytes = readFileSync(join(cli.dir, "fast.json")).length;
    expect(Number(readFileSync(join(cli.dir, "slow.bytes"), "utf8").trim())).toBe(bytes);
    expect(bytes).toBeGreaterThan(20 * 2 ** 20);
    // Queued, the report would add its own size to the peak; waited for, the two peaks are alike.
    expect(slow.peak - fast.peak).toBeLessThan(bytes / 4);
  }, 120_000);
});
