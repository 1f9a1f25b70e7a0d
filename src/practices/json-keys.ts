/**
 * Keys of an object are compared one by one up to this many, then kept in a set (a profile's largest
 * objects, its systems, have about 25 keys: comparing is quicker than hashing them).
 */
const COMPARE_LIMIT = 32;

interface Level {
  /** Keys without escapes, as spans of the text. */
  starts: number[];
  lengths: number[];
  count: number;
  /** Keys with escapes, decoded. */
  escaped: string[];
  /** Every key as a string, once the object has more than COMPARE_LIMIT of them. */
  set: Set<string> | undefined;
}

/**
 * Finds a key given twice in a JSON object, for a scanner that reads the text once (`JSON.parse`
 * keeps the last and says nothing). It keeps the keys of the object open at each depth, reusing the
 * storage of each depth for the next object there, and compares spans of the text, so a key costs no
 * string unless it has escapes or its object is large.
 */
export class JsonKeyGuard {
  private readonly levels: Level[] = [];

  constructor(private readonly text: string) {}

  /** An object starts at `depth`: forget the keys of the one before it there. */
  open(depth: number): void {
    const level = this.levels[depth];
    if (level) {
      level.count = 0;
      level.escaped.length = 0;
      level.set = undefined;
    } else this.levels[depth] = { starts: [], lengths: [], count: 0, escaped: [], set: undefined };
  }

  /**
   * Whether the object open at `depth` already has the key whose text (between the quotes) is
   * `text[start, end)`; `decoded` is that key decoded, given when it holds escapes. Records the key.
   */
  seen(depth: number, start: number, end: number, decoded?: string): boolean {
    const level = this.levels[depth]!;
    const text = this.text;
    if (level.set) return this.inSet(level.set, decoded ?? text.slice(start, end));
    const length = decoded?.length ?? end - start;
    for (let j = 0; j < level.count; j++) {
      if (level.lengths[j] !== length) continue;
      if (decoded !== undefined ? text.startsWith(decoded, level.starts[j]!) : this.sameSpan(level.starts[j]!, start, length)) return true;
    }
    for (const other of level.escaped) {
      if (decoded !== undefined ? other === decoded : other.length === length && text.startsWith(other, start)) return true;
    }
    if (decoded !== undefined) level.escaped.push(decoded);
    else {
      level.starts[level.count] = start;
      level.lengths[level.count] = length;
      level.count++;
    }
    if (level.count + level.escaped.length >= COMPARE_LIMIT) {
      const set = new Set(level.escaped);
      for (let j = 0; j < level.count; j++) set.add(text.slice(level.starts[j]!, level.starts[j]! + level.lengths[j]!));
      level.set = set;
    }
    return false;
  }

  private inSet(set: Set<string>, key: string): boolean {
    if (set.has(key)) return true;
    set.add(key);
    return false;
  }

  private sameSpan(a: number, b: number, length: number): boolean {
    const text = this.text;
    for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
    return true;
  }
}
