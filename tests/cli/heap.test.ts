import { spawnSync } from "node:child_process";
import { truncateSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HEAP_PER_INPUT_BYTE, heapToRunWith, PLAN_HEAP_PER_INPUT_BYTE, SEMI_SPACE_MIB, sizedRun, type HeapFacts } from "../../src/cli/heap.js";
import { useCli } from "./helpers/cli.js";

/*
 * Profiles too large for Node's default heap: a 207 MB, 100,000-system profile peaked at 4.0–4.3 GB
 * (docs/performance.md) against a default heap of 4,144 MiB on this 24 GiB machine, and past the heap
 * V8 aborts the process. Such inputs are audited in a second process with a heap sized to them.
 */

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const facts = (over: Partial<HeapFacts> = {}): HeapFacts => ({
  jsonBytes: 200 * MiB,
  yamlBytes: 0,
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
    expect(HEAP_PER_INPUT_BYTE).toEqual({ json: 32, yaml: 80 });
    expect(heapToRunWith(facts())).toBe(6_656);
    const run = sizedRun(facts())!;
    expect(run.nodeFlags).toEqual(["--max-old-space-size=6656", "--max-semi-space-size=64"]);
    expect(run.note).toBe(
      "bipa-check: 209,715,200 bytes of profile need more heap than this process's 4,144 MiB; auditing in a second Node process with 6,656 MiB (NODE_OPTIONS=--max-old-space-size=<MiB> sets it yourself)\n",
    );
  });

  it("gives the second process a 64 MiB young generation, unless the user sets one (the same output, less time scavenging)", () => {
    expect(SEMI_SPACE_MIB).toBe(64);
    expect(sizedRun(facts({ execArgv: ["--max-semi-space-size=32"] }))!.nodeFlags).toEqual(["--max-old-space-size=6656"]);
    expect(sizedRun(facts({ nodeOptions: "--max_semi_space_size=8" }))!.nodeFlags).toEqual(["--max-old-space-size=6656"]);
  });

  it("allows YAML more: its parser builds a token tree and a document before the profile", () => {
    // 50 MiB of JSON and 50 MiB of YAML: 256 + 50 × 32 + 50 × 80 = 256 + 1,600 + 4,000 = 5,856 MiB.
    expect(heapToRunWith(facts({ jsonBytes: 50 * MiB, yamlBytes: 50 * MiB }))).toBe(5_856);
    // 40 MiB of YAML alone: 256 + 40 × 80 = 3,456 MiB, within the 4,144 MiB heap: audited here.
    expect(heapToRunWith(facts({ jsonBytes: 0, yamlBytes: 40 * MiB }))).toBeUndefined();
  });

  // docs/performance.md: `plan` kept 695 MB live on a 20.7 MB profile, and HTML at 100,000 systems
  // ran out of the audit's allowance (6,592 MiB for its 207 MB profile).
  it("allows a run that computes the remediation plan twice as much (plan, and audit --format html)", () => {
    expect(PLAN_HEAP_PER_INPUT_BYTE).toEqual({ json: 64, yaml: 112 });
    // 256 MiB + 200 MiB × 64 = 256 + 12,800 = 13,056 MiB, under 3/4 of 24 GiB (18,432 MiB).
    expect(heapToRunWith(facts({ plan: true }))).toBe(13_056);
    // 50 MiB of JSON and 50 of YAML: 256 + 50 × 64 + 50 × 112 = 256 + 3,200 + 5,600 = 9,056 MiB.
    expect(heapToRunWith(facts({ jsonBytes: 50 * MiB, yamlBytes: 50 * MiB, plan: true }))).toBe(9_056);
    // 30 MiB of JSON: 256 + 1,920 = 2,176 MiB, within the 4,144 MiB heap: computed here.
    expect(heapToRunWith(facts({ jsonBytes: 30 * MiB, plan: true }))).toBeUndefined();
  });

  it("gives at most three quarters of the machine's memory", () => {
    // 1 GiB of profile needs 256 MiB + 32 GiB; 3/4 of 24 GiB is 18,432 MiB.
    expect(heapToRunWith(facts({ jsonBytes: GiB }))).toBe(18_432);
  });

  it("audits here when the input fits, the user chose the heap, this is the second process, or there is no more memory", () => {
    // 10 MiB (the default --max-bytes) needs 256 + 320 = 576 MiB.
    expect(heapToRunWith(facts({ jsonBytes: 10 * MiB }))).toBeUndefined();
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
   * A sparse file: 200 MiB of NUL bytes by its size, no disk. Within `--max-bytes 300000000`, so it
   * is sized for; the second process reads it and refuses it (exit 2, "expected object"), which shows
   * it ran the audit: the first never reads a profile.
   */
  const HUGE = 200 * MiB;
  const LIMIT = ["--max-bytes", "300000000"];
  const hugeFile = () => {
    const big = join(cli.dir, "huge.json");
    writeFileSync(big, "");
    truncateSync(big, HUGE);
  };
  const heapLimit = () => Number(spawnSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } }).stdout);
  const REFUSED = /^huge\.json:1:1: expected object, received string$/;

  it("runs the audit in a second process, with the date it chose, and passes its exit code on", () => {
    hugeFile();
    const limit = heapLimit();
    const expected = heapToRunWith(facts({ jsonBytes: HUGE, heapLimit: limit, totalMemory: totalmem() }));
    const r = cli.run(["audit", "huge.json", "--format", "json", ...LIMIT], { cwd: cli.dir, env: { NODE_OPTIONS: undefined } });
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
    expect(lines[1]).toBe(`bipa-check: 209,715,200 bytes of profile need more heap than this process's ${Math.floor(limit / MiB).toLocaleString("en-US")} MiB; auditing in a second Node process with ${expected.toLocaleString("en-US")} MiB (NODE_OPTIONS=--max-old-space-size=<MiB> sets it yourself)`);
    expect(lines.slice(2)).toEqual([expect.stringMatching(REFUSED)]);
    expect(lines.filter((l) => l.includes("no --as-of given"))).toHaveLength(1);
  });

  it.each([
    ["plan", ["plan", "huge.json"], { plan: true }],
    ["diff", ["diff", "huge.json", "huge.json"], { jsonBytes: 2 * HUGE }],
    ["audit --format html", ["audit", "huge.json", "--format", "html"], { plan: true }],
  ] as const)("does the same for %s, which audits whole profiles too", (_name, args, over) => {
    hugeFile();
    const r = cli.run([...args, "--as-of", "2026-11-22", ...LIMIT], { cwd: cli.dir, env: { NODE_OPTIONS: undefined } });
    expect(r.code).toBe(2);
    // diff sizes both sides (400 MiB of profile); plan and HTML compute the remediation plan.
    const expected = heapToRunWith(facts({ jsonBytes: HUGE, heapLimit: heapLimit(), totalMemory: totalmem(), ...over }));
    if (expected !== undefined) expect(r.stderr).toContain(`auditing in a second Node process with ${expected.toLocaleString("en-US")} MiB`);
    expect(r.stderr.trimEnd().split("\n").some((l) => REFUSED.test(l))).toBe(true);
  });

  it("leaves the heap to the user who sets it", () => {
    hugeFile();
    const r = cli.run(["audit", "huge.json", "--format", "json", "--as-of", "2026-11-22", ...LIMIT], { cwd: cli.dir, env: { NODE_OPTIONS: "--max-old-space-size=4096" } });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(REFUSED)]);
  });

  it("does not size for a file over --max-bytes, which is refused unread", () => {
    hugeFile();
    const r = cli.run(["audit", "huge.json", "--format", "json", "--as-of", "2026-11-22"], { cwd: cli.dir, env: { NODE_OPTIONS: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual(["huge.json: input is 209715200 bytes, over the limit of 10485760 (raise it with limits.maxBytes / --max-bytes)"]);
  });
});
