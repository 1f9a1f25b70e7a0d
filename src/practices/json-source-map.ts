import { JsonKeyGuard } from "./json-keys.js";
import { ARRAY, LEAF, OBJECT, SourceIndexBuilder, type SourceIndex } from "./source-index.js";
import type { Position } from "./source-map.js";

/** Why a JSON text was refused by the scan: a key given twice, or nesting past the limit. */
export type JsonScanRefusal =
  | { kind: "duplicate-key"; pointer: string; key: string; position: Position }
  | { kind: "too-deep"; pointer: string; position: Position };

interface Frame {
  node: number;
  array: boolean;
  /** Items seen so far (arrays). */
  items: number;
}

/**
 * One pass over a JSON text that `JSON.parse` has already accepted: records where every key and
 * array item starts (the same map the YAML path builds), and refuses duplicate keys (which
 * `JSON.parse` silently resolves to the last) and nesting deeper than `maxDepth`. Builds no values,
 * no pointers and (unless a key has escapes) no strings, so reading JSON costs little more than
 * `JSON.parse` itself.
 *
 * Precondition: `text` is valid JSON. On other text the result is meaningless (but it terminates).
 */
export function scanJson(text: string, maxDepth: number): { ok: true; map: SourceIndex } | { ok: false; refusal: JsonScanRefusal } {
  const index = new SourceIndexBuilder(text.length, text);
  const lineStarts = [0];
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const stack: Frame[] = [];
  const keys = new JsonKeyGuard(text);
  // Where the next backslash is (n: none): a key holds an escape if one falls inside it. Only ever
  // moves forward, so finding escapes costs one pass over the text, not one per key.
  let nextBackslash = -1;
  const hasEscape = (start: number, end: number): boolean => {
    if (nextBackslash < start) {
      const found = text.indexOf("\\", start);
      nextBackslash = found < 0 ? n : found;
    }
    return nextBackslash < end;
  };
  // Refusals only: JSON strings hold no raw newline, so a key starts on the current line.
  const at = (offset: number): Position => ({ line, column: offset - lineStart + 1 });
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = i + 1;
        lineStarts.push(lineStart);
      } else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  /** Steps over the string whose opening quote is at `i`. */
  const skipString = () => {
    let end = text.indexOf('"', i + 1);
    // A quote after an odd number of backslashes is inside the string. (The opening quote stops the count.)
    for (;;) {
      if (end < 0) {
        i = n;
        return;
      }
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    i = end + 1;
  };
  /** The pointer of a new child of the innermost open container (built only to report a refusal). */
  const childPointer = (key: string | undefined): string => {
    const frame = stack[stack.length - 1];
    if (!frame) return "";
    return `${containerPointer(stack, index)}/${frame.array ? String(frame.items - 1) : escape(key!)}`;
  };
  /** Adds the node whose value starts at `i` (its key, if any, at `offset`): steps over a scalar, or opens a container. */
  const enterValue = (offset: number, key: string | undefined, keepKey = false): JsonScanRefusal | undefined => {
    const kept = keepKey ? key : undefined;
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) {
        // A member's key, unless kept decoded, is read back from the text at its opening quote.
        const name = key ?? (stack[stack.length - 1]?.array === false ? text.slice(offset + 1, text.indexOf('"', offset + 1)) : undefined);
        return { kind: "too-deep", pointer: childPointer(name), position: at(i) };
      }
      stack.push({ array: c === 91, node: index.add(offset, kept, c === 91 ? ARRAY : OBJECT), items: 0 });
      if (c === 123) keys.open(stack.length);
      i++;
      return undefined;
    }
    index.add(offset, kept, LEAF);
    if (c === 34) skipString();
    else
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      }
    return undefined;
  };
  skipSpace();
  const rootRefusal = enterValue(i, undefined);
  if (rootRefusal) return { ok: false, refusal: rootRefusal };
  // `i < n` guards against looping forever on text that is not valid JSON after all.
  while (stack.length > 0 && i < n) {
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
      index.close(frame.node);
      stack.pop();
      continue;
    }
    const offset = i;
    let key: string | undefined;
    let escapedKey = false;
    if (frame.array) frame.items++;
    else {
      skipString();
      escapedKey = hasEscape(offset + 1, i - 1);
      const decoded = escapedKey ? (JSON.parse(text.slice(offset, i)) as string) : undefined;
      if (keys.seen(stack.length, offset + 1, i - 1, decoded)) {
        const key = decoded ?? text.slice(offset + 1, i - 1);
        return { ok: false, refusal: { kind: "duplicate-key", pointer: childPointer(key), key, position: at(offset) } };
      }
      key = decoded;
      skipSpace();
      i++; // the colon
      skipSpace();
    }
    // Keys without escapes are read back from the text when looked up; the others are kept decoded.
    const refusal = enterValue(offset, key, escapedKey);
    if (refusal) return { ok: false, refusal };
  }
  return { ok: true, map: index.finish(lineStarts) };
}

/** The pointer of the innermost open container. */
function containerPointer(stack: readonly Frame[], index: SourceIndexBuilder): string {
  let pointer = "";
  for (let k = 0; k + 1 < stack.length; k++) {
    const frame = stack[k]!;
    pointer += `/${frame.array ? String(frame.items - 1) : escape(index.keyOf(stack[k + 1]!.node)!)}`;
  }
  return pointer;
}

function escape(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}
