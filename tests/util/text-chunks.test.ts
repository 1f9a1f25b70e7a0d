import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeInBatches } from "../../src/cli/outputs.js";
import { textChunks } from "../../src/util/text-chunks.js";

const runs = { seed: Number(process.env.FC_SEED ?? 20261202), numRuns: Number(process.env.FC_RUNS ?? 300) };
const utf8 = (pieces: readonly string[]) => Buffer.concat(pieces.map((p) => Buffer.from(p, "utf8")));

describe("textChunks", () => {
  it("never cuts a surrogate pair: the chunks encoded one by one give the bytes of the whole", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.integer({ min: 2, max: 12 }), (text, size) => {
        const chunks = textChunks(text, size);
        expect(chunks.join("")).toBe(text);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(size);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
        expect(utf8(chunks).equals(Buffer.from(text, "utf8"))).toBe(true);
      }),
      runs,
    );
  });

  it("moves a pair that would straddle the cut into the next chunk", () => {
    // "ab" + U+1F600 (two code units) + "c", cut every 3: "ab" then the pair and "c".
    expect(textChunks("ab\u{1F600}c", 3)).toEqual(["ab", "\u{1F600}c"]);
    // A lone high surrogate at the cut has no pair to keep whole: cut where the size says.
    expect(textChunks("ab\ud83dxy", 3)).toEqual(["ab\ud83d", "xy"]);
  });
});

describe("writeInBatches", () => {
  it("writes an emoji that falls on a 1 MiB batch boundary whole", () => {
    // The pair's first half is the 1,048,576th code unit: a plain slice there wrote two U+FFFD.
    const text = `${"a".repeat((1 << 20) - 1)}\u{1F600}b`;
    const pieces: string[] = [];
    writeInBatches(text, (p) => pieces.push(p));
    expect(pieces.length).toBe(2);
    expect(utf8(pieces).equals(Buffer.from(text, "utf8"))).toBe(true);
  });
});
