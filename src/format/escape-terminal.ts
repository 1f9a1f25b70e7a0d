/*
 * Escaping for a terminal (the text formats, and every message on standard error). A string that
 * came from input (a profile value or key, a file name, waiver text) may carry characters a terminal
 * acts on: ESC sequences (colours, hyperlinks, clipboard writes, screen clears), other C0 and C1
 * controls, a carriage return that overwrites the line, a newline that forges one, and bidi controls
 * that reorder what is shown. Each becomes a visible escape (`\x1B`, `\r`, `\u{202E}`), so the reader
 * sees it and the terminal does nothing; lone surrogates become U+FFFD.
 */

/** C0 and C1 controls, DEL, bidi controls and marks, line and paragraph separators, the BOM, lone surrogates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const TEST = new RegExp(UNSAFE.source);

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The visible form of one unsafe character. */
export function visibleEscape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return "\ufffd";
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** One line of input-derived text for a terminal: every control, newline included, as a visible escape. */
export function escapeTerminal(text: string): string {
  return TEST.test(text) ? text.replace(UNSAFE, visibleEscape) : text;
}

/** Text that may span lines (help, a whole message): like {@link escapeTerminal}, but newlines stay. */
export function escapeTerminalLines(text: string): string {
  return TEST.test(text) ? text.replace(UNSAFE_BUT_NEWLINE, visibleEscape) : text;
}

/**
 * {@link escapeTerminal} after doubling every backslash, so that no escape can be confused with the
 * text: a profile's own `\x1B` reads `\\x1B`, an ESC `\x1B` (GitHub annotations, whose paths use `/`).
 */
export function escapeVisible(text: string): string {
  return escapeTerminal(text.includes("\\") ? text.replace(/\\/g, "\\\\") : text);
}

/** Whether text holds anything {@link escapeTerminal} would change. */
export function hasTerminalControls(text: string): boolean {
  return TEST.test(text);
}

/**
 * Every string in a value (object keys included) through `escape`, for a formatter that prints the
 * value's strings. Objects and arrays with nothing to change are returned as they are, so the common
 * case costs one read of the value and no copy.
 */
export function mapStrings<T>(value: T, escape: (s: string) => string = escapeTerminal): T {
  return walk(value, escape, 0, new Set()) as T;
}

/**
 * `same` holds the keys already seen to come through `escape` unchanged: a report repeats a few
 * dozen keys millions of times, and a set lookup costs less than running the escape on each.
 */
function walk(value: unknown, escape: (s: string) => string, depth: number, same: Set<string>): unknown {
  if (typeof value === "string") return escape(value);
  if (value === null || typeof value !== "object" || depth > 200) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = walk(item, escape, depth + 1, same);
      if (mapped !== item && copy === undefined) copy = value.slice(0, i);
      if (copy !== undefined) copy.push(mapped);
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = record[key];
    let mappedKey = key;
    if (!same.has(key)) {
      mappedKey = escape(key);
      if (mappedKey === key) same.add(key);
    }
    const mapped = walk(item, escape, depth + 1, same);
    if ((mapped !== item || mappedKey !== key) && copy === undefined) {
      copy = {};
      for (let j = 0; j < i; j++) setOwn(copy, keys[j]!, record[keys[j]!]);
    }
    if (copy !== undefined) setOwn(copy, mappedKey, mapped);
  }
  return copy ?? value;
}

/** `target[key] = value` as an own property, even for a key such as `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
