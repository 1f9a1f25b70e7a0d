import { isMap, isPair, isScalar, isSeq, LineCounter, type Node } from "yaml";
import { parentPointer, toPointer, type PathSegment } from "./pointer.js";

/** 1-based line and column in the profile file. */
export interface Position {
  line: number;
  column: number;
}

/** JSON pointer → where that field starts in the file (the key, for object members). */
export type SourceMap = ReadonlyMap<string, Position>;

/**
 * The position of a pointer, or of its nearest ancestor present in the file. Defaulted fields
 * (omitted, so "unknown") point at the object that should have held them.
 */
export function locate(map: SourceMap | undefined, pointer: string): Position | undefined {
  if (!map) return undefined;
  let current: string | undefined = pointer;
  while (current !== undefined) {
    const hit = map.get(current);
    if (hit) return hit;
    current = parentPointer(current);
  }
  return undefined;
}

/** Thrown when the document nests deeper than the configured limit. */
export class DepthLimitError extends Error {
  constructor(
    readonly pointer: string,
    readonly position: Position | undefined,
    readonly limit: number,
  ) {
    super(`nesting deeper than ${limit} levels`);
  }
}

/**
 * Thrown for a mapping key the profile cannot use: one given twice (the YAML parser's own check is
 * quadratic in the number of keys, so it is done here in one pass), or a key that is not plain text
 * (a map or sequence used as a key, which would become "[object Object]").
 */
export class KeyRefusedError extends Error {
  constructor(
    readonly pointer: string,
    readonly position: Position | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Walks the YAML AST once, records where every key and item starts, and refuses repeated or non-text keys. */
export function buildSourceMap(root: Node | null, lineCounter: LineCounter, maxDepth: number): Map<string, Position> {
  const map = new Map<string, Position>();
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: root, path: [] }];
  const rootPos = at(root?.range?.[0]);
  if (rootPos) map.set("", rootPos);
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (path.length > maxDepth) throw new DepthLimitError(toPointer(path), at(rangeStart(node)), maxDepth);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const pos = at(rangeStart(pair.key) ?? rangeStart(pair.value));
        if (!isScalar(pair.key)) {
          throw new KeyRefusedError(toPointer(path), pos, "a key must be plain text, not a map, a list or an alias");
        }
        const key = String(pair.key.value);
        const childPath = [...path, key];
        const pointer = toPointer(childPath);
        if (map.has(pointer)) throw new KeyRefusedError(pointer, pos, `duplicate key "${key}" (each key may appear once)`);
        if (pos) map.set(pointer, pos);
        stack.push({ node: pair.value, path: childPath });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const childPath = [...path, index];
        const pos = at(rangeStart(item));
        if (pos) map.set(toPointer(childPath), pos);
        stack.push({ node: item, path: childPath });
      });
    }
  }
  return map;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
