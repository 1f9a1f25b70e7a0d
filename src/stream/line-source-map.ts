import type { Position, SourceMap } from "../practices/source-map.js";

/** RFC 6901 escaping of one pointer segment. */
function escape(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

/**
 * A source map for one NDJSON line: every field written on the line points at that line (column 1,
 * the start of the line; the line is the location that matters in a stream). Fields filled by
 * defaults are absent, so evidence keeps its `present: false`.
 *
 * @param data the value parsed from the line
 * @param base where that value sits in the audited profile, e.g. `/systems/0` or `/organization`
 */
export function addLine(map: Map<string, Position>, data: unknown, base: string, line: number): Map<string, Position> {
  // One Position object per line: entries are read, never changed.
  const position: Position = { line, column: 1 };
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: data, pointer: base }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    map.set(pointer, position);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], pointer: `${pointer}/${i}` });
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], pointer: `${pointer}/${escape(key)}` });
    }
  }
  return map;
}

/** The source map of a one-system profile built from a header line (or none) and a system line. */
export function lineSourceMap(header: SourceMap | undefined, system: unknown, line: number): SourceMap {
  const map = new Map<string, Position>(header);
  map.set("/systems", { line, column: 1 });
  return addLine(map, system, "/systems/0", line);
}
