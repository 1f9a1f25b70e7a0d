import fc from "fast-check";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/practices/json-source-map.js";
import { loadProfile } from "../../src/practices/load.js";
import { buildSourceMap } from "../../src/practices/source-map.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { profileArb } from "../helpers/arbitraries.js";

/** The map the YAML path builds for the same text: the fast path must agree with it exactly. */
function yamlMap(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return buildSourceMap(doc.contents, lineCounter, 1000);
}

const runs = { seed: Number(process.env.FC_SEED ?? 20261122), numRuns: Number(process.env.FC_RUNS ?? 100) };

describe("JSON fast path", () => {
  it("gives the same source map as the YAML parser, compact or pretty", () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(undefined, 2, "\t"), (profile, indent) => {
        const text = JSON.stringify(profile, null, indent);
        const scan = scanJson(text, 64);
        expect(scan.ok).toBe(true);
        if (scan.ok) expect(new Map(scan.map)).toEqual(new Map(yamlMap(text)));
      }),
      runs,
    );
  });

  it("handles escaped keys and strings", () => {
    const text = '{"a/b": {"c~d": "x\\"y", "e": ["\\u0041", {"f": null}]}}';
    const scan = scanJson(text, 64);
    expect(scan.ok && [...scan.map.keys()]).toEqual(["", "/a~1b", "/a~1b/c~0d", "/a~1b/e", "/a~1b/e/0", "/a~1b/e/1", "/a~1b/e/1/f"]);
  });

  it("refuses duplicate keys that JSON.parse would silently resolve", () => {
    const result = loadProfile('{\n  "version": 1,\n  "version": 1\n}', { file: "p.json" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: "/version", code: "yaml", line: 3, column: 3, message: 'duplicate key "version" (each key may appear once)' }]);
  });

  it("refuses a duplicate in a large object, and only within one object", () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    const duplicated = scanJson(`{${keys.join(", ")}, "k3": 0}`, 64);
    expect(duplicated.ok || duplicated.refusal).toMatchObject({ kind: "duplicate-key", pointer: "/k3", key: "k3" });
    const nested = scanJson(`{"a": {${keys.join(", ")}}, "b": {${keys.join(", ")}}, "c": [{"k1": 1}, {"k1": 1}]}`, 64);
    expect(nested.ok).toBe(true);
    const deep = scanJson(`{"a": {"b": {${keys.join(", ")}, "k39": 1}}}`, 64);
    expect(deep.ok || deep.refusal).toMatchObject({ kind: "duplicate-key", pointer: "/a/b/k39" });
    // A key seen in a sibling object's list never counts against the next object at that depth.
    const siblings = scanJson(`[{${keys.slice(0, 20).join(", ")}}, {"k0": 0, "k0": 1}]`, 64);
    expect(siblings.ok || siblings.refusal).toMatchObject({ kind: "duplicate-key", pointer: "/1/k0" });
  });

  it("treats a key spelled with escapes as the same key, in small and large objects, either one first", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `"f${i}": ${i}`).join(", ");
    for (const [first, second] of [
      ['"ab"', '"a\\u0062"'],
      ['"a\\u0062"', '"ab"'],
      ['"a\\u0062"', '"\\u0061b"'],
    ]) {
      for (const body of [`${first}: 1, ${second}: 2`, `${first}: 1, ${filler}, ${second}: 2`, `${filler}, ${first}: 1, ${second}: 2`]) {
        const scan = scanJson(`{${body}}`, 64);
        expect(scan.ok || scan.refusal).toMatchObject({ kind: "duplicate-key", pointer: "/ab", key: "ab" });
      }
    }
    const distinct = scanJson('{"a\\"b": 1, "a\\\\b": 2, "ab": 3, "a/b": 4}', 64);
    expect(distinct.ok).toBe(true);
  });

  it("names the member that nests too deep by its key", () => {
    const scan = scanJson('{"outer": {"inner": [[1]]}}', 3);
    expect(scan.ok || scan.refusal).toMatchObject({ kind: "too-deep", pointer: "/outer/inner/0" });
    const escaped = scanJson('{"a\\/b": {"c": {}}}', 2);
    expect(escaped.ok || escaped.refusal).toMatchObject({ kind: "too-deep", pointer: "/a~1b/c" });
  });

  it("enforces the depth limit without building values", () => {
    const result = loadProfile(`{"x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "limit", message: expect.stringContaining("nesting deeper than 64") });
  });

  it("sends invalid JSON to the YAML reader, which reports where it broke", () => {
    const result = loadProfile('{\n  "version": 1,\n  "organization": {,}\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "yaml", line: 3 });
  });

  it("reads a valid JSON profile with the lines of its fields", () => {
    const text = JSON.stringify(compliantProfile, null, 2);
    const result = loadProfile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(new Map(result.sourceMap)).toEqual(new Map(yamlMap(text)));
  });
});
