/*
 * JSON text for every JSON destination (the JSON and SARIF formats, the plan's JSON, the stream's
 * NDJSON). Two guarantees beyond JSON.stringify: the text never carries a lone surrogate (which
 * JSON.stringify writes as a `\udXXX` escape, valid JSON that many readers reject or mangle), and it
 * can be produced in pieces, so that an output larger than the longest string V8 can hold (about
 * 512 MiB) is still written, byte for byte what JSON.stringify would have given.
 */

/** Whether the code unit is a lowercase hex digit (JSON.stringify writes its escapes in lowercase). */
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

/**
 * JSON.stringify output with every lone surrogate as U+FFFD: each `\udXXX` escape (the only kind
 * JSON.stringify writes for a surrogate) not itself escaped by a backslash. A scan with indexOf, not
 * a regular expression: a lookbehind at every position made a 180 MB report take seconds.
 */
function wellFormed(json: string): string {
  let at = json.indexOf("\\ud");
  if (at < 0) return json;
  let out = "";
  let done = 0;
  while (at >= 0) {
    let slashes = 0;
    for (let k = at - 1; k >= done && json.charCodeAt(k) === 92; k--) slashes++;
    // (The escape replaced last ends in a hex digit, so the count may stop at `done`.)
    const third = json.charCodeAt(at + 3);
    const escape = slashes % 2 === 0 && ((third >= 56 && third <= 57) || (third >= 97 && third <= 102)) && isHex(json.charCodeAt(at + 4)) && isHex(json.charCodeAt(at + 5));
    if (escape) {
      out += `${json.slice(done, at)}\\ufffd`;
      done = at + 6;
      at = json.indexOf("\\ud", done);
    } else {
      at = json.indexOf("\\ud", at + 1);
    }
  }
  return out + json.slice(done);
}

/** `JSON.stringify(value, null, indent)`, without lone surrogates. */
export function jsonText(value: unknown, indent = 2): string {
  return wellFormed(JSON.stringify(value, null, indent) ?? "null");
}

/** One compact JSON line with its newline (NDJSON), without lone surrogates. */
export function jsonLine(value: unknown): string {
  return `${wellFormed(JSON.stringify(value) ?? "null")}\n`;
}

/** Arrays longer than this are written element by element; shorter ones below `NATIVE_DEPTH` in one piece. */
const LONG_ARRAY = 256;
/** From this depth on, objects (and short arrays) are written by JSON.stringify in one piece. */
const NATIVE_DEPTH = 4;
/** How many items of a long array one JSON.stringify call writes. */
const BATCH = 64;
/** Characters an item near the top may take, on average, and still be batched. */
const SMALL_ITEM = 16 * 1024;

/**
 * Whether an array item may be written in a batch: not a long array (walked, to keep pieces small),
 * and without a `toJSON` (which JSON.stringify would call with the item's index in the batch).
 */
function batchable(item: unknown): boolean {
  if (item === null || typeof item !== "object") return true;
  if (Array.isArray(item)) return item.length <= LONG_ARRAY;
  return typeof (item as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * Writes `JSON.stringify(value, null, indent)` through `write`, in pieces, without lone surrogates.
 * The top levels and every long array are walked here; everything below is one JSON.stringify call
 * per value (per batch of a long array's items), indented by the serializer itself, so the pieces
 * stay small and the work stays native. (A value too large for one string even so is walked instead.)
 */
export function writeJson(value: unknown, write: (piece: string) => void, indent = 2): void {
  // The walk indents by whole units of 1 to 10 spaces; any other `space` is JSON.stringify's own affair.
  if (!Number.isInteger(indent) || indent < 1 || indent > 10) {
    write(jsonText(value, indent));
    return;
  }
  const unit = " ".repeat(indent);
  // Each piece goes straight to `write`: gathered here into a string, the pieces made a rope that
  // V8 flattened again when it was encoded (src/util/utf8-batches.ts).
  let written = 0;
  const out = (piece: string) => {
    written += piece.length;
    write(piece);
  };
  /**
   * The items as JSON.stringify writes them at `level` levels of indentation, joined as an array's
   * items are: stringified inside `level - 1` wrapping arrays and cut out, so the native serializer
   * indents them (no re-indenting pass over the text). Undefined when the text would be longer than a
   * string can be.
   */
  const nativeAt = (items: readonly unknown[], level: number): string | undefined => {
    let wrapped: unknown = items;
    for (let k = 1; k < level; k++) wrapped = [wrapped];
    let text: string;
    try {
      text = JSON.stringify(wrapped, null, indent);
    } catch (error) {
      if (error instanceof RangeError) return undefined; // longer than a string can be: walk it
      throw error;
    }
    // Each wrapper opens with "[\n" and the pad of its first item, and closes with "\n", its own pad and "]".
    let head = 0;
    let tail = 0;
    for (let k = 1; k <= level; k++) head += 2 + indent * k;
    for (let k = 0; k < level; k++) tail += 2 + indent * k;
    return text.slice(head, text.length - tail);
  };
  const native = (data: unknown, pad: string): boolean => {
    if (pad === "") {
      let text: string;
      try {
        text = JSON.stringify(data, null, indent);
      } catch (error) {
        if (error instanceof RangeError) return false;
        throw error;
      }
      out(wellFormed(text));
      return true;
    }
    const text = nativeAt([data], pad.length / indent);
    if (text === undefined) return false;
    out(wellFormed(text));
    return true;
  };
  const walk = (v: unknown, key: string, pad: string, depth: number): boolean => {
    const data = toJsonValue(v, key);
    if (data === undefined) return false;
    if (data === null || typeof data !== "object") {
      out(wellFormed(JSON.stringify(data)));
      return true;
    }
    if (depth >= NATIVE_DEPTH && !(Array.isArray(data) && data.length > LONG_ARRAY) && native(data, pad)) return true;
    const inner = pad + unit;
    if (Array.isArray(data)) {
      if (data.length === 0) {
        out("[]");
        return true;
      }
      out("[");
      // Items that would each be written natively are written natively a batch at a time.
      let batching = depth + 1 >= NATIVE_DEPTH;
      // Nearer the top, a long array's items are batched too once the first shows them small (the
      // GitLab format's issues); a long array of whole reports stays walked, a piece at a time.
      let probe = !batching && data.length > LONG_ARRAY;
      const level = inner.length / indent;
      let before = 0;
      let i = 0;
      while (i < data.length) {
        if (probe && i === 1) {
          batching = written - before <= SMALL_ITEM;
          probe = false;
        }
        let end = i;
        if (batching) while (end < data.length && end - i < BATCH && batchable(data[end])) end++;
        if (end > i) {
          const body = nativeAt(data.slice(i, end), level);
          if (body !== undefined) {
            out(i === 0 ? `\n${inner}` : `,\n${inner}`);
            out(wellFormed(body));
            // Items near the top that turn out large go back to the walk.
            if (depth + 1 < NATIVE_DEPTH && body.length > (end - i) * SMALL_ITEM) batching = false;
            i = end;
            continue;
          }
          batching = false; // too long for one string: item by item from here on
        }
        out(i === 0 ? `\n${inner}` : `,\n${inner}`);
        if (i === 0) before = written;
        if (!walk(data[i], String(i), inner, depth + 1)) out("null");
        i++;
      }
      out(`\n${pad}]`);
      return true;
    }
    let first = true;
    for (const k of Object.keys(data)) {
      const item = toJsonValue((data as Record<string, unknown>)[k], k);
      if (item === undefined) continue;
      out(`${first ? "{" : ","}\n${inner}${wellFormed(JSON.stringify(k))}: `);
      first = false;
      walk(item, k, inner, depth + 1);
    }
    out(first ? "{}" : `\n${pad}}`);
    return true;
  };
  if (!walk(value, "", "", 0)) out("null");
}

/** What JSON.stringify would write for a value: toJSON applied; undefined for what it leaves out. */
function toJsonValue(value: unknown, key: string): unknown {
  let v = value;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    v = (v as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (v === undefined || typeof v === "function" || typeof v === "symbol") return undefined;
  return v;
}
