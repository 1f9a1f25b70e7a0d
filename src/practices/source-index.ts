import type { Position } from "./source-map.js";

/** Node kinds in the index. */
export const LEAF = 0;
export const OBJECT = 1;
export const ARRAY = 2;
export type NodeKind = typeof LEAF | typeof OBJECT | typeof ARRAY;
/** Set on a JSON member whose key has escapes: its decoded name is kept aside. */
const ESCAPED = 4;
const KIND = 3;

/**
 * Containers with more children than this get a lookup table on first use, so that a hostile
 * document (an object of 100,000 keys, each looked up) stays linear; smaller ones are walked.
 */
const WALK_LIMIT = 32;
/** While an object is being read, its keys are compared one by one up to this many, then kept in a set. */
const COMPARE_LIMIT = 8;

/**
 * A source map kept as numbers: every key and item of the document, in document order, with the
 * offset where it starts and the size of its subtree. A `Map` from pointer strings to positions
 * cost ten times `JSON.parse` on large inventories (a string and an object per field, and hashing
 * every pointer); this costs a few typed-array writes per field. Pointers are resolved by walking
 * their segments, and line and column are computed only for the positions asked for.
 *
 * It is a `ReadonlyMap<string, Position>`: iterating it lists the same entries the `Map` held.
 */
export class SourceIndex implements ReadonlyMap<string, Position> {
  /** Entries with a position (nodes without one, such as a YAML pair with no range, are walked through). */
  readonly size: number;
  private readonly tables = new Map<number, Int32Array | Map<string, number>>();
  /** Where the last {@link walk} got to: reused, so a lookup allocates nothing. */
  private readonly walked = { best: -1 };

  /** @internal Built by {@link SourceIndexBuilder}. */
  constructor(
    private readonly offsets: Int32Array,
    private readonly sizes: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly names: NodeNames,
    private readonly count: number,
    private readonly lineStarts: readonly number[],
    positioned: number,
  ) {
    this.size = positioned;
  }

  get(pointer: string): Position | undefined {
    const node = this.find(pointer, false);
    return node < 0 ? undefined : this.position(node);
  }

  has(pointer: string): boolean {
    const node = this.find(pointer, false);
    return node >= 0 && this.offsets[node]! >= 0;
  }

  /** The position of `pointer`, or of its nearest ancestor that has one (what `locate` answers). */
  nearest(pointer: string): Position | undefined {
    const node = this.find(pointer, true);
    return node < 0 ? undefined : this.position(node);
  }

  /**
   * `nearest(pointer)` and `has(pointer)` in one walk: evidence asks both for every field it cites,
   * and walking each pointer twice was a measurable share of the audit.
   */
  locateField(pointer: string): { position: Position | undefined; present: boolean } {
    const node = this.walk(pointer);
    const best = this.walked.best;
    return { position: best < 0 ? undefined : this.position(best), present: node >= 0 && this.offsets[node]! >= 0 };
  }

  *entries(): MapIterator<[string, Position]> {
    if (this.count === 0) return;
    // Pointers are built only here, for callers that list the whole map.
    const pointers: string[] = new Array<string>(this.count);
    const stack: Array<{ node: number; end: number; index: number }> = [];
    for (let node = 0; node < this.count; node++) {
      while (stack.length > 0 && node >= stack[stack.length - 1]!.end) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) pointers[node] = "";
      else {
        const inArray = (this.kinds[parent.node]! & KIND) === ARRAY;
        const segment = inArray ? String(parent.index++) : escape(this.names.name(node, this.offsets[node]!, this.kinds[node]!) ?? "");
        pointers[node] = `${pointers[parent.node]}/${segment}`;
      }
      const position = this.position(node);
      if (position) yield [pointers[node]!, position];
      if ((this.kinds[node]! & KIND) !== LEAF) stack.push({ node, end: node + this.sizes[node]!, index: 0 });
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<Position> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, Position]> {
    return this.entries();
  }

  forEach(callback: (value: Position, key: string, map: ReadonlyMap<string, Position>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  /** 1-based line and column of a node (as the YAML library's LineCounter computes them), if it has a position. */
  private position(node: number): Position | undefined {
    const offset = this.offsets[node]!;
    if (offset < 0) return undefined;
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1 };
    if (low === 0) return { line: 0, column: offset };
    return { line: low, column: offset - starts[low - 1]! + 1 };
  }

  /**
   * The node at `pointer`, or -1. With `nearest`, the deepest node on the pointer's path that has a
   * position (-1 if none), which is what walking up the parents of a missing pointer finds.
   */
  private find(pointer: string, nearest: boolean): number {
    const node = this.walk(pointer);
    return nearest ? this.walked.best : node;
  }

  /**
   * The node at `pointer`, or -1; leaves in `walked.best` the deepest node on the pointer's path
   * that has a position (-1 if none).
   */
  private walk(pointer: string): number {
    this.walked.best = -1;
    if (this.count === 0) return -1;
    let node = 0;
    if (this.offsets[0]! >= 0) this.walked.best = 0;
    if (pointer === "") return 0;
    if (pointer.charCodeAt(0) !== 47) return -1;
    let start = 1;
    for (;;) {
      const end = pointer.indexOf("/", start);
      const raw = end < 0 ? pointer.slice(start) : pointer.slice(start, end);
      const child = this.child(node, raw.includes("~") ? unescape(raw) : raw);
      if (child < 0) return -1;
      node = child;
      if (this.offsets[node]! >= 0) this.walked.best = node;
      if (end < 0) return node;
      start = end + 1;
    }
  }

  private child(node: number, segment: string): number {
    const kind = this.kinds[node]! & KIND;
    if (kind === LEAF) return -1;
    const table = this.tables.get(node);
    if (kind === ARRAY) {
      if (!isIndex(segment)) return -1;
      const wanted = Number(segment);
      if (table) return wanted < (table as Int32Array).length ? (table as Int32Array)[wanted]! : -1;
      const end = node + this.sizes[node]!;
      let child = node + 1;
      for (let index = 0; child < end; index++) {
        if (index === wanted) return child;
        if (index === WALK_LIMIT) return this.child(this.buildTable(node), segment);
        child += this.sizes[child]!;
      }
      return -1;
    }
    if (table) return (table as Map<string, number>).get(segment) ?? -1;
    const end = node + this.sizes[node]!;
    let child = node + 1;
    for (let index = 0; child < end; index++) {
      if (this.names.is(child, this.offsets[child]!, this.kinds[child]!, segment)) return child;
      if (index === WALK_LIMIT) return this.child(this.buildTable(node), segment);
      child += this.sizes[child]!;
    }
    return -1;
  }

  /** Builds the lookup table of a large container; returns the container, for the caller to retry. */
  private buildTable(node: number): number {
    const end = node + this.sizes[node]!;
    if ((this.kinds[node]! & KIND) === ARRAY) {
      const children: number[] = [];
      for (let child = node + 1; child < end; child += this.sizes[child]!) children.push(child);
      this.tables.set(node, Int32Array.from(children));
    } else {
      const children = new Map<string, number>();
      for (let child = node + 1; child < end; child += this.sizes[child]!) children.set(this.names.name(child, this.offsets[child]!, this.kinds[child]!)!, child);
      this.tables.set(node, children);
    }
    return node;
  }
}

/**
 * Collects the nodes of one document in document order (a parser calls `add` for each key or item,
 * and `close` when a container ends), then hands out the {@link SourceIndex}. Keys are either kept as
 * strings (YAML, whose composer has made them already) or read back from the JSON text on demand
 * (so a JSON scan allocates no string per key).
 */
export class SourceIndexBuilder {
  private offsets: Int32Array;
  private sizes: Int32Array;
  private kinds: Uint8Array;
  private readonly names: NodeNames;
  private count = 0;
  private positioned = 0;

  /**
   * With `jsonText`, keys are read from that text: a member's offset must be its key's opening quote.
   * `textLength` sizes the arrays (a profile has about one node per 20 characters), so they seldom grow.
   */
  constructor(textLength: number, jsonText?: string) {
    const capacity = Math.max(256, Math.ceil(textLength / 16));
    this.offsets = new Int32Array(capacity);
    this.sizes = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.names = jsonText === undefined ? new KeptNames() : new JsonNames(jsonText);
  }

  /**
   * Adds a node: `offset` is where its key (or, for an item, its value) starts, -1 if unknown; `key`
   * its name in its parent object (undefined for array items and the root; for JSON members, given
   * only when the key has escapes, since the others are read back from the text). Returns its number.
   */
  add(offset: number, key: string | undefined, kind: NodeKind): number {
    if (this.count === this.offsets.length) this.grow();
    const node = this.count++;
    this.offsets[node] = offset;
    this.sizes[node] = 1;
    this.kinds[node] = kind | this.names.add(node, key);
    if (offset >= 0) this.positioned++;
    return node;
  }

  /** Ends a container: its subtree is every node added since it. */
  close(node: number): void {
    this.sizes[node] = this.count - node;
  }

  /** The key of a node (for error messages built while parsing). */
  keyOf(node: number): string | undefined {
    return this.names.name(node, this.offsets[node]!, this.kinds[node]!);
  }

  /**
   * Whether the open object `frame.node` already has a child named `key`: its children are walked
   * while they are few, and a set is kept once they are many (each key check stays constant time).
   */
  hasKey(frame: KeyFrame, key: string): boolean {
    if (frame.keySet) {
      if (frame.keySet.has(key)) return true;
      frame.keySet.add(key);
      return false;
    }
    const end = this.count;
    let children = 0;
    for (let child = frame.node + 1; child < end; child += this.sizes[child]!, children++) {
      if (this.names.is(child, this.offsets[child]!, this.kinds[child]!, key)) return true;
    }
    if (children >= COMPARE_LIMIT) {
      frame.keySet = new Set([key]);
      for (let child = frame.node + 1; child < end; child += this.sizes[child]!) frame.keySet.add(this.keyOf(child)!);
    }
    return false;
  }

  /** The index; `lineStarts` are the offsets where lines start, ascending, the first one 0. */
  finish(lineStarts: readonly number[]): SourceIndex {
    return new SourceIndex(this.offsets, this.sizes, this.kinds, this.names, this.count, lineStarts, this.positioned);
  }

  private grow(): void {
    const capacity = this.offsets.length * 2;
    const offsets = new Int32Array(capacity);
    offsets.set(this.offsets);
    const sizes = new Int32Array(capacity);
    sizes.set(this.sizes);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.offsets = offsets;
    this.sizes = sizes;
    this.kinds = kinds;
  }
}

/** How an index knows its keys: kept as strings, or read from the JSON text. */
interface NodeNames {
  /** Records a key; returns flags for the node's kind. */
  add(node: number, key: string | undefined): number;
  name(node: number, offset: number, kind: number): string | undefined;
  is(node: number, offset: number, kind: number, key: string): boolean;
}

class KeptNames implements NodeNames {
  private readonly names: (string | undefined)[] = [];
  add(_node: number, key: string | undefined): number {
    this.names.push(key);
    return 0;
  }
  name(node: number): string | undefined {
    return this.names[node];
  }
  is(node: number, _offset: number, _kind: number, key: string): boolean {
    return this.names[node] === key;
  }
}

/** Keys read back from JSON text: a member's offset is its opening quote; keys with escapes are kept decoded. */
class JsonNames implements NodeNames {
  readonly escaped = new Map<number, string>();
  constructor(private readonly text: string) {}
  add(node: number, key: string | undefined): number {
    if (key === undefined) return 0;
    this.escaped.set(node, key);
    return ESCAPED;
  }
  /** Only for object members (an array item's offset may be a string value's quote too). */
  name(node: number, offset: number, kind: number): string | undefined {
    if (kind & ESCAPED) return this.escaped.get(node);
    return this.text.slice(offset + 1, this.text.indexOf('"', offset + 1));
  }
  is(node: number, offset: number, kind: number, key: string): boolean {
    if (kind & ESCAPED) return this.escaped.get(node) === key;
    // The first quote after the opening one must close the key: an unescaped key holds no quote.
    const start = offset + 1;
    return this.text.startsWith(key, start) && this.text.indexOf('"', start) === start + key.length;
  }
}

/** What a parser keeps per open object so that {@link SourceIndexBuilder.hasKey} stays fast. */
export interface KeyFrame {
  node: number;
  keySet?: Set<string>;
}

function isIndex(segment: string): boolean {
  const n = segment.length;
  if (n === 0 || n > 9) return false; // more items than 999,999,999 cannot be in memory
  if (n > 1 && segment.charCodeAt(0) === 48) return false;
  for (let i = 0; i < n; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function escape(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
