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
        if (scan.ok) expect(scan.map).toEqual(yamlMap(text));
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
    if (result.ok) expect(result.sourceMap).toEqual(yamlMap(text));
  });
});
