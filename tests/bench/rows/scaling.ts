import { fmt, verdict } from "../harness/format.js";
import type { BenchModule, Row } from "../harness/types.js";
import { timeCase } from "../scaling/cases.js";

/*
 * The scaling rows of the reliability work: each dimension of the input grown ×2 and ×4, timed in a
 * process of its own (tests/bench/scaling/cases.ts), with the time per unit at each size. Linear growth
 * keeps the time per unit flat: a row passes when the largest size costs less than twice per unit what
 * the smallest does (room for a shared machine's noise; a quadratic step is 4×).
 */

interface Timed {
  case: string;
  unit: string;
  sizes: number[];
  ms: number[];
}

/**
 * The sizes of each case: small enough that the eight cases take about half a minute here (a full
 * bench must stay under three minutes on a loaded two-core machine), large enough that the fixed
 * cost of a run does not hide a quadratic step at ×4 (the smallest size of each takes 0.2–0.7 s).
 */
export const CASES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["systems", [100, 200, 400]],
  ["plan", [25, 50, 100]],
  ["disclosures", [1_500, 3_000, 6_000]],
  ["breaches", [2_000, 4_000, 8_000]],
  ["waivers", [2_500, 5_000, 10_000]],
  ["baseline entries", [10_000, 20_000, 40_000]],
  ["files", [50, 100, 200]],
  ["name length", [200_000, 400_000, 800_000]],
];

/** Time per unit at the largest size ÷ at the smallest. */
export function growth(t: Pick<Timed, "sizes" | "ms">): number {
  return t.ms[t.ms.length - 1]! / t.sizes[t.sizes.length - 1]! / (t.ms[0]! / t.sizes[0]!);
}

export function scalingRow(t: Timed): Row {
  const g = growth(t);
  return {
    measure: `scaling, ${t.unit} ×2 and ×4 (time at each size; per unit, the largest ÷ the smallest)`,
    result: `${t.sizes.map((n, i) => `${fmt(n)}: ${fmt(t.ms[i]!)} ms`).join(" / ")}; ${fmt(g, 2)}×`,
    target: "linear (< 2× per unit)",
    met: verdict(g < 2, `${fmt(g, 1)}× per unit at ${fmt(t.sizes[t.sizes.length - 1]!)}`),
  };
}

export const scaling: BenchModule = {
  id: "scaling",
  description: "each dimension of the input grown ×2 and ×4: linear or not (full runs only)",
  probes: {
    async case([name, ...sizes]) {
      return timeCase(name!, sizes.map(Number));
    },
  },
  async run(ctx) {
    if (ctx.quick) {
      return { rows: [{ measure: "scaling: each dimension of the input grown ×2 and ×4", result: "not run with --quick", target: "linear (< 2× per unit)", met: "" }] };
    }
    const timed: Timed[] = [];
    for (const [name, sizes] of CASES) {
      ctx.log(`${name}: ${sizes.map((n) => fmt(n)).join(", ")}`);
      timed.push(await ctx.probe<Timed>("scaling", "case", [name, ...sizes.map(String)]));
    }
    const waivers = timed.find((t) => t.case === "waivers")!;
    const largest = waivers.ms[waivers.ms.length - 1]!;
    const rows: Row[] = [
      ...timed.map(scalingRow),
      {
        measure: `waivers: ${fmt(waivers.sizes[waivers.sizes.length - 1]!)} waivers against 8,000 findings (read from a JSON file, matched, gated)`,
        result: `${fmt(largest)} ms`,
        target: "< 2,000 ms",
        met: verdict(largest < 2_000, `${fmt(largest)} ms`),
      },
    ];
    return { rows, raw: { timed } };
  },
};
