import { spawnSync } from "node:child_process";
import { truncateSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HEAP_PER_INPUT_BYTE, heapToRunWith, sizedRun, type HeapFacts } from "../../src/cli/heap.js";
import { useCli } from "./helpers/cli.js";

/*
 * Profiles too large for Node's default heap: a 207 MB, 100,000-system profile peaked at 4.0–4.3 GB
 * (docs/performance.md) against a default heap of 4,144 MiB on this 24 GiB machine, and past the heap
 * V8 aborts the process. Such inputs are audited in a second process with a heap sized to them.
 */

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const facts = (over: Partial<HeapFacts> = {}): HeapFacts => ({
  inputBytes: 200 * MiB,
  heapLimit: 4_144 * MiB,
  totalMemory: 24 * GiB,
  execArgv: [],
  nodeOptions: undefined,
  sized: false,
  ...over,
});

describe("the heap an audit runs with", () => {
  it("sizes a second process to the input: 256 MiB + 32 bytes a byte of profile", () => {
    // 256 MiB + 200 MiB × 32 = 256 + 6,400 = 6,656 MiB, under 3/4 of 24 GiB (18,432 MiB).
    expect(HEAP_PER_INPUT_BYTE).toBe(32);
    expect(heapToRunWith(facts())).toBe(6_656);
    const run = sizedRun(facts())!;
    expect(run.nodeFlags).toEqual(["--max-old-space-size=6656"]);
    expect(run.note).toBe(
      "bipa-check: 209,715,200 bytes of profile need more heap than this process's 4,144 MiB; auditing in a second Node process with 6,656 MiB (NODE_OPTIONS=--max-old-space-size=<MiB> sets it yourself)\n",
    );
  });

  it("gives at most three quarters of the machine's memory", () => {
    // 1 GiB of profile needs 256 MiB + 32 GiB; 3/4 of 24 GiB is 18,432 MiB.
    expect(heapToRunWith(facts({ inputBytes: GiB }))).toBe(18_432);
  });

  it("audits here when the input fits, the user chose the heap, this is the second process, or there is no more memory", () => {
    // 10 MiB (the default --max-bytes) needs 256 + 320 = 576 MiB.
    expect(heapToRunWith(facts({ inputBytes: 10 * MiB }))).toBeUndefined();
    expect(heapToRunWith(facts({ execArgv: ["--max-old-space-size=2048"] }))).toBeUndefined();
    expect(heapToRunWith(facts({ nodeOptions: "--max_old_space_size=8192 --enable-source-maps" }))).toBeUndefined();
    expect(heapToRunWith(facts({ sized: true }))).toBeUndefined();
    // 4 GiB of memory: 3/4 is 3,072 MiB, less than the 4,144 MiB heap already there.
    expect(heapToRunWith(facts({ totalMemory: 4 * GiB }))).toBeUndefined();
    expect(sizedRun(facts({ sized: true }))).toBeUndefined();
  });
});

describe("the CLI on a profile too large for its heap", () => {
  const cli = useCli();
  /**
   * A sparse file: 1 GiB by its size, no disk. Over the default --max-bytes, so the second process
   * refuses it unread (exit 2), which shows it ran the audit: the first never reads a profile.
   */
  const hugeFile = () => {
    const big = join(cli.dir, "huge.json");
    writeFileSync(big, "");
    truncateSync(big, GiB);
  };

  it("runs the audit in a second process, with the date it chose, and passes its exit code on", () => {
    hugeFile();
    const heapLimit = Number(spawnSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } }).stdout);
    const expected = heapToRunWith(facts({ inputBytes: GiB, heapLimit, totalMemory: totalmem() }));
    const r = cli.run(["audit", "huge.json", "--format", "json"], { cwd: cli.dir, env: { NODE_OPTIONS: undefined } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    if (expected === undefined) {
      // A machine whose memory is no larger than Node's heap: nothing to gain, audited here.
      expect(lines.some((l) => l.includes("second Node process"))).toBe(false);
      return;
    }
    // The first process notes the date and the second process; the second, given that date, only refuses the file.
    expect(lines[0]).toMatch(/^bipa-check: no --as-of given; auditing as of \d{4}-\d{2}-\d{2}/);
    expect(lines[1]).toBe(`bipa-check: 1,073,741,824 bytes of profile need more heap than this process's ${Math.floor(heapLimit / MiB).toLocaleString("en-US")} MiB; auditing in a second Node process with ${expected.toLocaleString("en-US")} MiB (NODE_OPTIONS=--max-old-space-size=<MiB> sets it yourself)`);
    expect(lines.slice(2).join("\n")).toMatch(/^huge\.json: .*over the limit of 10485760/);
    expect(lines.filter((l) => l.includes("no --as-of given"))).toHaveLength(1);
  });

  it.each([
    ["plan", ["plan", "huge.json"]],
    ["diff", ["diff", "huge.json", "huge.json"]],
  ])("does the same for %s, which audits whole profiles too", (_name, args) => {
    hugeFile();
    const r = cli.run([...args, "--as-of", "2026-11-22"], { cwd: cli.dir, env: { NODE_OPTIONS: undefined } });
    expect(r.code).toBe(2);
    const heapLimit = Number(spawnSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } }).stdout);
    const expected = heapToRunWith(facts({ inputBytes: args.length === 3 ? 2 * GiB : GiB, heapLimit, totalMemory: totalmem() }));
    // diff sizes both sides: 2 GiB of profile.
    if (expected !== undefined) expect(r.stderr).toContain(`auditing in a second Node process with ${expected.toLocaleString("en-US")} MiB`);
    expect(r.stderr).toMatch(/huge\.json: .*over the limit of 10485760/);
  });

  it("leaves the heap to the user who sets it", () => {
    hugeFile();
    const r = cli.run(["audit", "huge.json", "--format", "json", "--as-of", "2026-11-22"], { cwd: cli.dir, env: { NODE_OPTIONS: "--max-old-space-size=4096" } });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("second Node process");
    expect(r.stderr).toMatch(/^huge\.json: .*over the limit of 10485760/);
  });
});
