/*
 * A measured proposal for src/practices/load.ts (not used by the library yet): read JSON profiles with
 * JSON.parse and build the source map with a one-pass scanner, instead of sending JSON through the
 * YAML 1.2 parser. The scanner below gives exactly the map the YAML path gives (checked here on every
 * run), so findings keep their lines and columns. scripts/bench.mjs bundles and runs this file and
 * prints its figures as rows of the table; run alone: see docs/performance.md.
 *
 * What an adoption in load.ts must keep: the YAML path stays for YAML and for any JSON that
 * JSON.parse rejects (its errors carry line and column); duplicate keys are refused (the scanner
 * sees each key's pointer twice); the depth limit is the scanner's stack height.
 */
import { audit } from "../src/engine/audit.js";
import { parseProfile, parseText } from "../src/practices/load.js";
import type { Position, SourceMap } from "../src/practices/source-map.js";
import { generateProfile } from "../tests/bench/generate.js";

/** Pointer → position of every key and array item of a JSON text, in one pass; no values are built. */
export function jsonSourceMap(text: string): Map<string, Position> {
  const map = new Map<string, Position>();
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const stack: Array<{ array: boolean; pointer: string; index: number }> = [];
  const escape = (s: string) => (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = i + 1;
      } else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  const readString = (): string => {
    const start = ++i;
    let escaped = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        escaped = true;
        i++;
      } else if (c === 34) break;
    }
    const raw = text.slice(start, i++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  /** Steps over a scalar, or opens a container; `pointer` is where the value sits. */
  const enterValue = (pointer: string) => {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      stack.push({ array: c === 91, pointer, index: 0 });
      i++;
    } else if (c === 34) readString();
    else
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      }
  };
  skipSpace();
  map.set("", { line, column: i - lineStart + 1 });
  enterValue("");
  while (stack.length > 0) {
    skipSpace();
    const frame = stack[stack.length - 1]!;
    let c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      skipSpace();
      c = text.charCodeAt(i);
    }
    if (c === 125 || c === 93) {
      i++;
      stack.pop();
      continue;
    }
    const position = { line, column: i - lineStart + 1 };
    let pointer: string;
    if (frame.array) pointer = `${frame.pointer}/${frame.index++}`;
    else {
      pointer = `${frame.pointer}/${escape(readString())}`;
      skipSpace();
      i++; // the colon
      skipSpace();
    }
    map.set(pointer, position);
    enterValue(pointer);
  }
  return map;
}

function sameMap(a: SourceMap, b: SourceMap): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.line !== v.line || w.column !== v.column) return false;
  }
  return true;
}

function perSystemMicros(systems: number, fn: () => unknown, reps: number): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return ([...times].sort((x, y) => x - y)[Math.floor(reps / 2)]! * 1000) / systems;
}

const systems = Number(process.argv[2] ?? 2_000);
const results: Record<string, unknown> = { systems };
for (const [layout, indent] of [["compact", undefined], ["pretty", 2]] as const) {
  const text = JSON.stringify(generateProfile(systems), null, indent);
  const parsed = parseText(text, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) throw new Error("generated profile does not parse");
  const asOf = "2026-11-22";
  results[layout] = {
    sameMapAsYamlReader: sameMap(parsed.sourceMap, jsonSourceMap(text)),
    jsonParseMicros: perSystemMicros(systems, () => JSON.parse(text), 7),
    yamlReaderMicros: perSystemMicros(systems, () => parseText(text, { maxBytes: Number.MAX_SAFE_INTEGER }), 3),
    jsonReaderMicros: perSystemMicros(systems, () => [JSON.parse(text), jsonSourceMap(text)], 7),
    jsonReaderValidateAuditMicros: perSystemMicros(
      systems,
      () => {
        const loaded = parseProfile(JSON.parse(text), { sourceMap: jsonSourceMap(text) });
        if (loaded.ok) audit(loaded, { asOf });
      },
      5,
    ),
  };
}
console.log(JSON.stringify(results));
