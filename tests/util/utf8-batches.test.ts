import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeUtf8 } from "../../src/cli/outputs.js";
import { Utf8Batches } from "../../src/util/utf8-batches.js";

const runs = { seed: Number(process.env.FC_SEED ?? 20261202), numRuns: Number(process.env.FC_RUNS ?? 300) };

/** Collects what the batches flush, copying each (the batch buffer is reused). */
function collect(size: number, pieces: readonly string[]): { bytes: Buffer; flushes: number[] } {
  const out: Buffer[] = [];
  const batches = new Utf8Batches((b) => out.push(Buffer.from(b)), size);
  for (const p of pieces) batches.write(p);
  batches.end();
  return { bytes: Buffer.concat(out), flushes: out.map((b) => b.length) };
}

describe("Utf8Batches", () => {
  it("gives the bytes of the pieces joined, whatever the pieces and the batch size", () => {
    // `unit: "binary"` draws any code unit, lone surrogates and pairs cut between pieces included.
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 16, max: 64 }), (pieces, size) => {
        const { bytes, flushes } = collect(size, pieces);
        expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        expect(flushes.every((n) => n > 0)).toBe(true);
      }),
      runs,
    );
  });

  it("joins a surrogate pair cut between two pieces into its one character", () => {
    // U+1F600 is \ud83d \ude00; written as two pieces, each half alone would be EF BF BD.
    expect(collect(16, ["a\ud83d", "\ude00b"]).bytes.toString("hex")).toBe(Buffer.from("a\u{1F600}b").toString("hex"));
  });

  it("writes a high surrogate left at the end as U+FFFD, as Buffer.from does", () => {
    expect(collect(16, ["a", "\ud83d"]).bytes.toString("hex")).toBe("61efbfbd");
  });

  it("flushes a full buffer before the piece that would not fit, and a piece larger than the buffer on its own", () => {
    // 16-byte buffer: "aaaaa" (5 chars, up to 15 bytes) fits; the next 5 would need up to 30, so
    // the first 5 bytes go out first; 10 chars (up to 30 bytes) exceed 16 and go out whole.
    expect(collect(16, ["aaaaa", "bbbbb", "cccccccccc"]).flushes).toEqual([5, 5, 10]);
  });
});

describe("writeUtf8", () => {
  it("writes text given whole and text given in pieces as the same bytes", () => {
    const text = `${"a".repeat((1 << 20) - 1)}\u{1F600}b é`;
    const whole: Buffer[] = [];
    const pieces: Buffer[] = [];
    writeUtf8(text, (b) => whole.push(Buffer.from(b)));
    writeUtf8((write) => {
      for (let i = 0; i < text.length; i += 4096) write(text.slice(i, i + 4096));
    }, (b) => pieces.push(Buffer.from(b)));
    expect(Buffer.concat(whole).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(Buffer.concat(pieces).equals(Buffer.from(text, "utf8"))).toBe(true);
  });
});
