import fc from "fast-check";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/practices/json-source-map.js";
import { loadProfile } from "../../src/practices/load.js";
import { toPointer, type PathSegment } from "../../src/practices/pointer.js";
import { SourceIndex } from "../../src/practices/source-index.js";
import { buildSourceMap, locate, type Position } from "../../src/practices/source-map.js";
import { profileArb } from "../helpers/arbitraries.js";

/**
 * The reference the index must agree with: a plain Map from every pointer to the position of its key
 * (or item), built by a naive recursive walk of the YAML library's document, as the loader did before
 * it kept positions as numbers.
 */
function referenceMap(text: string): Map<string, Position> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const map = new Map<string, Position>();
  const put = (path: PathSegment[], offset: number | undefined) => {
    if (offset === undefined) return;
    const { line, col } = lineCounter.linePos(offset);
    map.set(toPointer(path), { line, column: col });
  };
  const start = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range?.[0];
  const walk = (node: Node | unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const childPath = [...path, String(pair.key.value)];
        put(childPath, start(pair.key) ?? start(pair.value));
        walk(pair.value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        put([...path, index], start(item));
        walk(item, [...path, index]);
      });
    }
  };
  put([], start(doc.contents));
  walk(doc.contents, []);
  return map;
}

function yamlIndex(text: string): SourceIndex {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  return buildSourceMap(doc.contents, lineCounter, 1000);
}

function jsonIndex(text: string): SourceIndex {
  const scan = scanJson(text, 1000);
  if (!scan.ok) throw new Error(`refused: ${JSON.stringify(scan.refusal)}`);
  return scan.map;
}

/** Every lookup the audit and the problem reports make, checked against the reference. */
function expectSameAnswers(index: SourceIndex, reference: Map<string, Position>, probes: readonly string[] = []): void {
  expect(new Map(index)).toEqual(reference);
  expect(index.size).toBe(reference.size);
  for (const [pointer, position] of reference) {
    expect(index.get(pointer)).toEqual(position);
    expect(index.has(pointer)).toBe(true);
    expect(index.locateField(pointer)).toEqual({ position, present: true });
  }
  for (const probe of probes) {
    expect(index.get(probe)).toEqual(reference.get(probe));
    expect(index.has(probe)).toBe(reference.has(probe));
    expect(locate(index, probe)).toEqual(locate(reference, probe));
    // The one-walk lookup the evidence uses answers both questions as the two lookups do.
    expect(index.locateField(probe)).toEqual({ position: locate(reference, probe), present: reference.has(probe) });
  }
}

/** Pointers that are not in the document: children of every entry, and look-alikes. */
function probesFor(reference: Map<string, Position>): string[] {
  const probes: string[] = ["/", "/nope", "/0", "x"];
  for (const pointer of reference.keys()) probes.push(`${pointer}/missing`, `${pointer}/0`, `${pointer}/00`, `${pointer}/1/x`, `${pointer}/-1`);
  return probes;
}

const runs = { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: Number(process.env.FC_RUNS ?? 100) };

describe("SourceIndex", () => {
  it("answers like a Map of every pointer, for generated profiles in JSON and in YAML", () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(undefined, 2), (profile, indent) => {
        const json = JSON.stringify(profile, null, indent);
        const fromJson = referenceMap(json);
        expectSameAnswers(jsonIndex(json), fromJson, probesFor(fromJson).slice(0, 200));
        const yaml = stringify(profile);
        const fromYaml = referenceMap(yaml);
        expectSameAnswers(yamlIndex(yaml), fromYaml, probesFor(fromYaml).slice(0, 200));
      }),
      { ...runs, numRuns: Math.ceil(runs.numRuns / 2) },
    );
  });

  it("answers like a Map for any JSON value: escaped keys, empty keys, keys with / and ~, nested lists", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("", "a/b", "~", "~1", "0", "01", 'q"uote', "back\\slash", "\u00e9", "tab\there"));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), tie("object"), tie("array")),
      object: fc.dictionary(key, tie("node"), { maxKeys: 6 }),
      array: fc.array(tie("node"), { maxLength: 6 }),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 1, "\t"), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        const reference = referenceMap(text);
        expectSameAnswers(jsonIndex(text), reference, probesFor(reference).slice(0, 200));
      }),
      runs,
    );
  });

  it("finds children of containers larger than the walk limit (lookup tables), and not past their end", () => {
    const data = { big: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])), list: Array.from({ length: 500 }, (_, i) => ({ i })) };
    for (const text of [JSON.stringify(data, null, 1), stringify(data)]) {
      const index = text.startsWith("{") ? jsonIndex(text) : yamlIndex(text);
      const reference = referenceMap(text);
      expectSameAnswers(index, reference, ["/big/k500", "/list/500", "/list/499/i", "/list/499/j", "/big/k499/x", "/list/0500"]);
      expect(index.get("/list/499/i")).toBeDefined();
      expect(index.get("/big/k0")).toBeDefined();
    }
  });

  it("does not read a key out of the text around it (a pointer segment that spans a key, its value and the next key)", () => {
    const index = jsonIndex('{"a":1,"b":2}');
    expect(index.get('/a":1,"b')).toBeUndefined();
    expect(index.get("/a")).toEqual({ line: 1, column: 2 });
    expect(index.get("/b")).toEqual({ line: 1, column: 8 });
  });

  it("treats a string in a list as a value, never as a key", () => {
    const index = jsonIndex('["a", {"a": 1}]');
    expect([...index.keys()]).toEqual(["", "/0", "/1", "/1/a"]);
    expect(index.get("/a")).toBeUndefined();
  });

  it("gives the nearest located ancestor for a defaulted field, as locate does for a Map", () => {
    const text = '{\n  "systems": [\n    {"id": "s"}\n  ]\n}';
    const index = jsonIndex(text);
    expect(locate(index, "/systems/0/release/type")).toEqual({ line: 3, column: 5 });
    expect(index.has("/systems/0/release/type")).toBe(false);
    expect(locate(index, "/elsewhere")).toEqual({ line: 1, column: 1 });
  });

  it("is what loadProfile returns, for YAML and for JSON", () => {
    const yaml = loadProfile("version: 1\norganization: {name: A, entityType: private-entity}\nsystems: [{id: s, name: S, modalities: [fingerprint]}]\n");
    const json = loadProfile('{"version": 1, "organization": {"name": "A", "entityType": "private-entity"}, "systems": [{"id": "s", "name": "S", "modalities": ["fingerprint"]}]}');
    expect(yaml.ok && yaml.sourceMap instanceof SourceIndex).toBe(true);
    expect(json.ok && json.sourceMap instanceof SourceIndex).toBe(true);
  });
});
