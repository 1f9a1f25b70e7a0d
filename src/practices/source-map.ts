import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import { parentPointer, toPointer, type PathSegment } from "./pointer.js";
import { ARRAY, LEAF, OBJECT, SourceIndex, SourceIndexBuilder, type KeyFrame } from "./source-index.js";

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
  if (map instanceof SourceIndex) return map.nearest(pointer);
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

interface MapFrame extends KeyFrame {
  node: number;
  collection: YAMLMap | YAMLSeq;
  next: number;
  depth: number;
  /** Where the collection sits in its parent (unused for the root). */
  segment: PathSegment;
}

/**
 * Walks the YAML AST once, in document order, records where every key and item starts, and
 * refuses repeated or non-text keys.
 */
export function buildSourceMap(root: Node | null, lineCounter: LineCounter, maxDepth: number): SourceIndex {
  const index = new SourceIndexBuilder(root?.range?.[2] ?? 0);
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (root === null) return index.finish(lineCounter.lineStarts);
  const frames: MapFrame[] = [];
  const open = (node: unknown, offset: number | undefined, key: string | undefined, segment: PathSegment, depth: number) => {
    if (isMap(node) || isSeq(node)) {
      frames.push({ node: index.add(offset ?? -1, key, isMap(node) ? OBJECT : ARRAY), collection: node, next: 0, depth, segment });
    } else index.add(offset ?? -1, key, LEAF);
  };
  /** The pointer of the innermost open collection, plus `segment` if given (built only to report a refusal). */
  const pointer = (...segments: PathSegment[]) => toPointer([...frames.slice(1).map((f) => f.segment), ...segments]);
  open(root, rangeStart(root), undefined, "", 0);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const items = frame.collection.items;
    if (frame.next >= items.length) {
      index.close(frame.node);
      frames.pop();
      continue;
    }
    const item: unknown = items[frame.next++];
    let child: unknown;
    let key: string | undefined;
    let offset: number | undefined;
    let segment: PathSegment;
    if (isMap(frame.collection)) {
      if (!isPair(item)) continue;
      offset = rangeStart(item.key) ?? rangeStart(item.value);
      if (!isScalar(item.key)) throw new KeyRefusedError(pointer(), at(offset), "a key must be plain text, not a map, a list or an alias");
      key = String(item.key.value);
      if (index.hasKey(frame, key)) throw new KeyRefusedError(pointer(key), at(offset), `duplicate key "${key}" (each key may appear once)`);
      child = item.value;
      segment = key;
    } else {
      child = item;
      offset = rangeStart(item);
      segment = frame.next - 1;
    }
    if (frame.depth + 1 > maxDepth) throw new DepthLimitError(pointer(segment), at(rangeStart(child)), maxDepth);
    open(child, offset, key, segment, frame.depth + 1);
  }
  return index.finish(lineCounter.lineStarts);
}
function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
