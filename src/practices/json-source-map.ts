import { type Position } from "./source-map.js";

/** Why a JSON text was refused by the scan: a key given twice, or nesting past the limit. */
export type JsonScanRefusal =
  | { kind: "duplicate-key"; pointer: string; key: string; position: Position }
  | { kind: "too-deep"; pointer: string; position: Position };

/**
 * One pass over a JSON text that `JSON.parse` has already accepted: records where every key and
 * array item starts (the same map the YAML path builds), and refuses duplicate keys (which
 * `JSON.parse` silently resolves to the last) and nesting deeper than `maxDepth`. Builds no values,
 * so reading JSON costs little more than `JSON.parse` itself.
 *
 * Precondition: `text` is valid JSON. On other text the result is meaningless (but it terminates).
 */
export function scanJson(text: string, maxDepth: number): { ok: true; map: Map<string, Position> } | { ok: false; refusal: JsonScanRefusal } {
  const map = new Map<string, Position>();
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const stack: Array<{ array: boolean; pointer: string; index: number }> = [];
  const escape = (s: string) => (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);
  const here = (): Position => ({ line, column: i - lineStart + 1 });
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
  const enterValue = (pointer: string): boolean => {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) return false;
      stack.push({ array: c === 91, pointer, index: 0 });
      i++;
    } else if (c === 34) readString();
    else
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      }
    return true;
  };
  skipSpace();
  map.set("", here());
  if (!enterValue("")) return { ok: false, refusal: { kind: "too-deep", pointer: "", position: here() } };
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
      stack.pop();
      continue;
    }
    const position = here();
    let pointer: string;
    if (frame.array) pointer = `${frame.pointer}/${frame.index++}`;
    else {
      const key = readString();
      pointer = `${frame.pointer}/${escape(key)}`;
      if (map.has(pointer)) return { ok: false, refusal: { kind: "duplicate-key", pointer, key, position } };
      skipSpace();
      i++; // the colon
      skipSpace();
    }
    map.set(pointer, position);
    if (!enterValue(pointer)) return { ok: false, refusal: { kind: "too-deep", pointer, position: here() } };
  }
  return { ok: true, map };
}
