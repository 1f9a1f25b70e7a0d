import { createReadStream, readFileSync } from "node:fs";
import { audit } from "../../../src/audit.js";
import { parseProfile } from "../../../src/practices/load.js";
import { auditNdjson } from "../../../src/stream/index.js";
import { fmt, kib, mib, systems, verdict } from "../harness/format.js";
import { jsonProfileFile, ndjsonFile } from "../harness/inputs.js";
import type { BenchModule, Row } from "../harness/types.js";

/*
 * Peak memory, each figure from a fresh process (process.resourceUsage().maxRSS):
 * - whole profile, the library path: JSON.parse + validate + audit, the report kept alive; the
 *   figure per system is the growth between two sizes, so Node's own footprint cancels out;
 * - the NDJSON stream: auditNdjson over a file, each result serialized (as the CLI writes it) and
 *   dropped; bounded means it hardly grows with the number of systems.
 */

const AS_OF = "2026-11-22";

interface Peak {
  systems: number;
  seconds: number;
  peakRssBytes: number;
}

const peak = (count: number, started: number): Peak => ({
  systems: count,
  seconds: (performance.now() - started) / 1000,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
});

export const memory: BenchModule = {
  id: "memory",
  description: "peak RSS per system, whole profile (library) and NDJSON stream",
  probes: {
    async whole([file]) {
      const started = performance.now();
      const loaded = parseProfile(JSON.parse(readFileSync(file!, "utf8")));
      if (!loaded.ok) throw new Error("invalid profile");
      const report = audit(loaded, { asOf: AS_OF });
      return peak(report.summary.systems, started);
    },
    async stream([file]) {
      const started = performance.now();
      let count = 0;
      let outputBytes = 0;
      for await (const result of auditNdjson(createReadStream(file!), { asOf: AS_OF })) {
        if (result.kind === "error") throw new Error(`line ${result.line}: ${result.problems[0]?.message}`);
        if (result.kind === "system") count++;
        outputBytes += JSON.stringify(result).length + 1;
      }
      return { ...peak(count, started), outputBytes };
    },
  },
  async run(ctx) {
    const [small, large] = ctx.quick ? [1_000, 3_000] : [1_000, 5_000];
    const [streamSmall, streamLarge] = [1_000, 4_000];
    const whole: Peak[] = [];
    for (const n of [small, large]) {
      ctx.log(`whole profile, ${systems(n)}`);
      whole.push(await ctx.probe<Peak>("memory", "whole", [await jsonProfileFile(ctx, n)]));
    }
    const stream: Peak[] = [];
    for (const n of [streamSmall, streamLarge]) {
      ctx.log(`stream, ${systems(n)}`);
      stream.push(await ctx.probe<Peak>("memory", "stream", [await ndjsonFile(ctx, n)]));
    }
    const perSystem = (whole[1]!.peakRssBytes - whole[0]!.peakRssBytes) / (large - small);
    const streamGrowth = (stream[1]!.peakRssBytes - stream[0]!.peakRssBytes) / (streamLarge - streamSmall);
    const rows: Row[] = [
      {
        measure: `memory per system, whole profile (JSON.parse + validate + audit, report kept; growth of peak RSS from ${fmt(small)} to ${fmt(large)} systems)`,
        result: `${kib(perSystem)}/system (${mib(whole[0]!.peakRssBytes)} at ${fmt(small)}, ${mib(whole[1]!.peakRssBytes)} at ${fmt(large)})`,
        target: "≤ 10 KiB/system (100,000 systems in 1 GB)",
        met: verdict(perSystem <= 10 * 1024, `${fmt(perSystem / (10 * 1024), 1)}× over`),
      },
      {
        measure: `peak RSS, NDJSON stream (${systems(streamSmall)} → ${fmt(streamLarge)}; each result serialized and dropped)`,
        result: `${mib(stream[0]!.peakRssBytes)} → ${mib(stream[1]!.peakRssBytes)} (${fmt(Math.max(0, streamGrowth))} bytes/system; ${fmt(streamLarge / stream[1]!.seconds)} systems/s)`,
        target: "bounded (4× the systems, < 1.5× the peak)",
        met: verdict(stream[1]!.peakRssBytes < 1.5 * stream[0]!.peakRssBytes, "grows"),
      },
    ];
    return { rows, raw: { whole, stream } };
  },
};
