import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { auditNdjson } from "../../src/stream/index.js";
import { generateNdjsonLines } from "../bench/generate.js";

/*
 * The streaming audit must hold one line at a time, whatever the size of the inventory. These tests
 * check that structurally (how far reading runs ahead of the consumer) and by heap size after garbage
 * collection. Nothing here is timed: speed is measured in the benchmarks (tests/bench), not in tests.
 */

const AS_OF = "2026-11-22";

/** Chunks of NDJSON, one line each, counting how many lines have been handed to the reader. */
function countingSource(count: number, counter: { read: number }): Generator<string> {
  return (function* () {
    for (const line of generateNdjsonLines(count)) {
      counter.read += 1;
      yield `${line}\n`;
    }
  })();
}

/** A full garbage collection, without needing `node --expose-gc` on the command line. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
}

describe("auditNdjson memory", () => {
  it("reads no further ahead than the line being audited (the consumer's pace drives the reading)", async () => {
    const counter = { read: 0 };
    let results = 0;
    let maxLead = 0;
    for await (const result of auditNdjson(countingSource(500, counter), { asOf: AS_OF })) {
      if (result.kind === "summary") break;
      results += 1;
      // Line n has been read to produce result n; at most the next chunk may be in hand.
      maxLead = Math.max(maxLead, counter.read - results);
    }
    expect(results).toBe(501 + 1); // header, 500 systems, the organization result
    expect(maxLead).toBeLessThanOrEqual(1);
  });

  it("keeps the heap flat as lines go by: no report, line or finding is retained", async () => {
    const samples: Array<{ results: number; heap: number }> = [];
    let results = 0;
    for await (const result of auditNdjson(countingSource(4_000, { read: 0 }), { asOf: AS_OF, duplicateIds: "allow" })) {
      if (result.kind !== "system") continue;
      results += 1;
      if (results === 1_000 || results === 4_000) {
        collectGarbage();
        samples.push({ results, heap: process.memoryUsage().heapUsed });
      }
    }
    const [early, late] = samples as [{ results: number; heap: number }, { results: number; heap: number }];
    const perLine = (late.heap - early.heap) / (late.results - early.results);
    // One retained report is tens of kilobytes; the bound leaves room for V8's own noise (~0.2 KB/line).
    expect(perLine).toBeLessThan(2_048);
  });

  it("with duplicate-id checks on, grows only by the id set (a few hundred bytes per system at most)", async () => {
    const samples: number[] = [];
    let results = 0;
    for await (const result of auditNdjson(countingSource(4_000, { read: 0 }), { asOf: AS_OF })) {
      if (result.kind !== "system") continue;
      results += 1;
      if (results === 1_000 || results === 4_000) {
        collectGarbage();
        samples.push(process.memoryUsage().heapUsed);
      }
    }
    expect((samples[1]! - samples[0]!) / 3_000).toBeLessThan(2_048);
  });
});
