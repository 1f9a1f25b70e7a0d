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

/**
 * Writes `JSON.stringify(value, null, indent)` through `write`, in pieces, without lone surrogates.
 * The top levels and every long array are walked here; everything below is one JSON.stringify call
 * per value, re-indented, so the pieces stay small and the work stays native. (A value too large for
 * one string even so is walked instead.)
 */
export function writeJson(value: unknown, write: (piece: string) => void, indent = 2): void {
  const unit = " ".repeat(indent);
  // Each piece goes straight to `write`: gathered here into a string, the pieces made a rope that
  // V8 flattened again when it was encoded (src/util/utf8-batches.ts).
  const out = write;
  const native = (data: unknown, pad: string): boolean => {
    let text: string;
    try {
      text = JSON.stringify(data, null, indent);
    } catch (error) {
      if (error instanceof RangeError) return false; // longer than a string can be: walk it
      throw error;
    }
    out(wellFormed(pad === "" ? text : text.replace(/\n/g, `\n${pad}`)));
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
      for (let i = 0; i < data.length; i++) {
        out(i === 0 ? `\n${inner}` : `,\n${inner}`);
        if (!walk(data[i], String(i), inner, depth + 1)) out("null");
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
