import { audit } from "../../../src/audit.js";
import { loadProfile, parseProfile } from "../../../src/practices/load.js";
import { AS_OF, fixture } from "../fixtures.js";
import { fmt, ratio, sizesLabel, systems, verdict } from "../harness/format.js";
import { interleaved, type Plan } from "../harness/timing.js";
import type { BenchModule, Row } from "../harness/types.js";

/*
 * Validate + audit throughput (plain data in, the full Report out: every rule of the pack, the Sec. 20
 * exposure estimate, the injunction-risk view), and the floor: the same compact JSON text through
 * JSON.parse alone, through JSON.parse + validate + audit, and through loadProfile (the reader that
 * gives every field its line) + audit. All four are timed in turn on the same generated profile.
 */

const limits = { maxBytes: Number.MAX_SAFE_INTEGER };

export function sizesFor(quick: boolean): number[] {
  // 5,000 systems, not 10,000: the rates and ratios were alike at both, and the largest size is most
  // of the bench's time (three tasks of seconds each, two rounds).
  return quick ? [1, 100, 1_000] : [1, 100, 5_000];
}

/** Rounds by size: many short rounds where a call is cheap (a steadier median on a busy machine), few where it takes seconds. */
export function planFor(count: number, quick: boolean): Plan {
  // The smaller sizes have warmed the JIT by then; a call at 5,000 systems takes seconds. Two
  // rounds: with one, a collection landing in the JSON.parse halved the floor ratio (13× in one run
  // at 10,000 systems, 26× in the next).
  if (count >= 5_000) return { rounds: 2, warmup: 0, minRoundMs: 0 };
  if (count >= 1_000) return { rounds: quick ? 3 : 5, warmup: 1, minRoundMs: 0 };
  if (count >= 100) return { rounds: quick ? 5 : 9, warmup: 2, minRoundMs: 40 };
  return { rounds: quick ? 7 : 15, warmup: 3, minRoundMs: 40 };
}

export const throughput: BenchModule = {
  id: "throughput",
  description: "validate + audit systems/s, and audit ÷ JSON.parse of the same bytes",
  async run(ctx) {
    const sizes = sizesFor(ctx.quick);
    const perSize: Record<number, Record<string, number>> = {};
    for (const n of sizes) {
      ctx.log(systems(n));
      const { data, json } = fixture(n);
      perSize[n] = await interleaved(
        {
          "JSON.parse": () => JSON.parse(json),
          "validate + audit": () => {
            const loaded = parseProfile(data);
            if (!loaded.ok) throw new Error("invalid");
            return audit(loaded, { asOf: AS_OF });
          },
          "JSON.parse + validate + audit": () => {
            const loaded = parseProfile(JSON.parse(json));
            if (!loaded.ok) throw new Error("invalid");
            return audit(loaded, { asOf: AS_OF });
          },
          "loadProfile + audit": () => {
            const loaded = loadProfile(json, { limits });
            if (!loaded.ok) throw new Error("invalid");
            return audit(loaded, { asOf: AS_OF });
          },
        },
        planFor(n, ctx.quick),
      );
    }
    const largest = sizes[sizes.length - 1]!;
    const rate = (n: number) => (n * 1000) / perSize[n]!["validate + audit"]!;
    const floor = (n: number, task: string) => perSize[n]![task]! / perSize[n]!["JSON.parse"]!;
    const rows: Row[] = [
      {
        measure: `validate + audit, systems/s (full pack with exposure and injunction view; ${sizesLabel(sizes)})`,
        result: sizes.map((n) => fmt(rate(n))).join(" / "),
        target: "≥ 100,000 systems/s",
        met: verdict(rate(largest) >= 100_000, `${ratio(100_000 / rate(largest))} short at ${fmt(largest)}`),
      },
      ...(["JSON.parse + validate + audit", "loadProfile + audit"] as const).map((task) => ({
        measure: `${task} ÷ JSON.parse of the same bytes (${sizesLabel(sizes)})`,
        result: sizes.map((n) => ratio(floor(n, task))).join(" / "),
        target: "≤ 3×",
        met: verdict(floor(largest, task) <= 3, `${ratio(floor(largest, task) / 3)} over at ${fmt(largest)}`),
      })),
      {
        measure: `JSON.parse alone, systems/s (${sizesLabel(sizes)}): the floor`,
        result: sizes.map((n) => fmt((n * 1000) / perSize[n]!["JSON.parse"]!)).join(" / "),
        target: "",
        met: "",
      },
    ];
    return { rows, raw: { medianMsPerCall: perSize } };
  },
};
