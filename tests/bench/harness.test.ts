import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fmt, ratio, sizesLabel, verdict } from "./harness/format.js";
import { interleaved, median } from "./harness/timing.js";
import { BENCH_MODULES } from "./rows/index.js";
import { growth, scalingRow } from "./rows/scaling.js";

/* The bench's own plumbing (its figures are measured by `npm run bench`, never in tests). */
describe("bench harness", () => {
  it("takes the median, of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("runs every task in every round, sync and async, and returns a figure for each", async () => {
    const calls = { sync: 0, async: 0 };
    const result = await interleaved(
      {
        sync: () => calls.sync++,
        async: async () => {
          calls.async++;
        },
      },
      { rounds: 3, warmup: 1, minRoundMs: 0 },
    );
    expect(Object.keys(result)).toEqual(["sync", "async"]);
    for (const value of Object.values(result)) expect(value).toBeGreaterThanOrEqual(0);
    // minRoundMs 0: no batching and no sizing call, so one call per round, the warm-up included.
    expect(calls).toEqual({ sync: 4, async: 4 });
  });

  it("formats figures the same on every machine", () => {
    expect(fmt(1234567.8)).toBe("1,234,568");
    expect([ratio(52.4), ratio(2.44), ratio(1.041), ratio(0.954)]).toEqual(["52×", "2.4×", "1.04×", "0.95×"]);
    expect(verdict(true, "x")).toBe("yes");
    expect(verdict(false, "3× short")).toBe("no (3× short)");
    expect(sizesLabel([1, 100, 10_000])).toBe("1 / 100 / 10,000 systems");
  });

  it("registers modules with unique ids and a description each", () => {
    const ids = BENCH_MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of BENCH_MODULES) expect(m.description.length).toBeGreaterThan(10);
  });

  it("lists its modules in table order (`node scripts/bench.mjs --list`), and refuses an unknown one", () => {
    const root = join(import.meta.dirname, "..", "..");
    const list = spawnSync(process.execPath, ["scripts/bench.mjs", "--list"], { cwd: root, encoding: "utf8" });
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split("\n").map((line) => line.split(/\s+/)[0])).toEqual(BENCH_MODULES.map((m) => m.id));
    const unknown = spawnSync(process.execPath, ["scripts/bench.mjs", "--only", "nope"], { cwd: root, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown module(s): nope");
  });

  it("calls growth linear when the time per unit stays under 2× from the smallest size to the largest", () => {
    // 100 ms at 1,000 is 0.1 ms a unit; 450 ms at 4,000 is 0.1125: 0.1125 / 0.1 = 1.125×.
    expect(growth({ sizes: [1_000, 2_000, 4_000], ms: [100, 210, 450] })).toBeCloseTo(1.125, 10);
    const linear = scalingRow({ case: "systems", unit: "systems", sizes: [1_000, 2_000, 4_000], ms: [100, 210, 450] });
    expect(linear.result).toBe("1,000: 100 ms / 2,000: 210 ms / 4,000: 450 ms; 1.13×");
    expect(linear.met).toBe("yes");
    // Quadratic: 16× the time for 4× the units is 4× per unit.
    const quadratic = scalingRow({ case: "systems", unit: "systems", sizes: [1_000, 2_000, 4_000], ms: [100, 400, 1_600] });
    expect(quadratic.met).toBe("no (4.0× per unit at 4,000)");
  });
});
