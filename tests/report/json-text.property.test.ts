import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonText, writeJson } from "../../src/format/json-text.js";

/*
 * writeJson writes a report of any size in pieces: the top levels walked, long arrays a batch of
 * items at a time, each batch stringified inside wrapping arrays so that the serializer indents it.
 * Whatever the shape, the pieces put together must be exactly JSON.stringify's text (with lone
 * surrogates made well formed, as jsonText does).
 */

const SEED = 20261203;

/** Values JSON.stringify treats specially: left out of objects, `null` in arrays, or read through toJSON. */
const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol("s"), new Date(Date.UTC(2026, 11, 3)), { toJSON: (key: string) => `toJSON:${key}` }, Number.NaN, -0);

const leaf = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), odd);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object"), tie("long")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ unit: "binary", maxLength: 6 }), tie("value"), { maxKeys: 5 }),
  // Longer than the walk's threshold (256 items), so batched; items of every kind, odd ones included.
  long: fc.array(fc.oneof(leaf, fc.dictionary(fc.string({ maxLength: 4 }), leaf, { maxKeys: 3 }), fc.array(leaf, { maxLength: 3 })), { minLength: 257, maxLength: 400 }),
}));

/** A value nested `depth` levels under objects and arrays, so that long arrays land at every depth. */
const nested = fc.tuple(value, fc.integer({ min: 0, max: 7 }), fc.boolean()).map(([v, depth, inArray]) => {
  let out: unknown = v;
  for (let i = 0; i < depth; i++) out = inArray ? [out, i] : { [`k${i}`]: out, n: i };
  return out;
});

const written = (v: unknown, indent?: number): string => {
  const pieces: string[] = [];
  writeJson(v, (p) => pieces.push(p), indent);
  return pieces.join("");
};

describe("writeJson", () => {
  it("is JSON.stringify's text, well formed, for any value at any depth (indent 2)", () => {
    fc.assert(
      fc.property(nested, (v) => {
        expect(written(v)).toBe(jsonText(v, 2));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("is JSON.stringify's text for any indent (1 to 10 walked; any other in one piece, as JSON.stringify writes it)", () => {
    fc.assert(
      fc.property(nested, fc.constantFrom(-1, 0, 0.5, 1, 2.7, 4, 10, 12), (v, indent) => {
        expect(written(v, indent)).toBe(jsonText(v, indent));
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it("writes a long array of records in batches, each item indented as JSON.stringify indents it", () => {
    // 1,000 findings-like records three levels down (as a report's findings are): 1,000 / 64 = 16 batches.
    const findings = Array.from({ length: 1_000 }, (_, i) => ({ ruleId: `r${i % 7}`, evidence: [{ pointer: `/systems/${i}`, line: i + 1 }], note: i % 3 === 0 ? undefined : "x" }));
    const envelope = { reports: [{ findings }] };
    const pieces: string[] = [];
    writeJson(envelope, (p) => pieces.push(p));
    expect(pieces.join("")).toBe(JSON.stringify(envelope, null, 2));
    // The items come in batches, not one piece each: fewer pieces than items.
    expect(pieces.length).toBeLessThan(findings.length / 10);
  });

  it("batches a long array near the top when its first item is small, and walks it when the first is large", () => {
    const count = (v: unknown) => {
      const pieces: string[] = [];
      writeJson(v, (p) => pieces.push(p));
      expect(pieces.join("")).toBe(JSON.stringify(v, null, 2));
      return pieces.length;
    };
    // GitLab-like issues at the top level: 300 small records. The first is walked (12 pieces), the
    // other 299 go in ceil(299 / 64) = 5 batches of 2 pieces (separator, text), plus "[" and "]": 24.
    // Walked, each record would be 12 pieces: 3,600.
    const small = Array.from({ length: 300 }, (_, i) => ({ check_name: `r${i}`, location: { path: "p.yaml", lines: { begin: i } } }));
    expect(count(small)).toBe(24);
    // 300 records of 20,000 characters each (over the 16 KiB an item may take): walked, several pieces an item.
    const large = Array.from({ length: 300 }, (_, i) => ({ id: i, text: "x".repeat(20_000), more: { a: 1 } }));
    expect(count(large)).toBeGreaterThan(300 * 3);
    // Small first, large after: the first batch of large ones sends the rest back to the walk.
    const mixed = [...small.slice(0, 1), ...large];
    expect(count(mixed)).toBeGreaterThan(200 * 3);
  });

  it("gives an item with its own toJSON its index as the key, as JSON.stringify does", () => {
    const items = Array.from({ length: 300 }, (_, i) => (i === 290 ? { toJSON: (key: string) => `at ${key}` } : i));
    const v = { a: { b: { c: items } } };
    expect(written(v)).toBe(JSON.stringify(v, null, 2));
    expect(written(v)).toContain('"at 290"');
  });
});
