import { escapeUTF8 } from "entities/escape";
import { visibleEscape } from "../escape-terminal.js";

/*
 * HTML escaping for the report. Every interpolation in an `html` template is escaped unless it is
 * itself an `Html` fragment, so a profile string can only ever become text: it cannot open a tag,
 * close one, or leave a quoted attribute. The markup characters are escaped by the `entities`
 * package (the one parse5 and htmlparser2 use); the template only strips characters HTML forbids.
 */

/** A part of a fragment: markup, a nested fragment, or a list made only when it is written (see {@link each}). */
type Part = string | Html | (() => Iterable<Html>);

/**
 * A fragment of markup that is already safe to insert. Only `html`, `raw`, `each` and `joinHtml`
 * make one. A fragment keeps its parts rather than one string: the report of 100,000 systems is
 * gigabytes of HTML, more than one string can hold, so the page is written part by part
 * ({@link writeHtml}), and its long lists are built row by row as they are written.
 */
export class Html {
  readonly #parts: readonly Part[];
  private constructor(parts: readonly Part[]) {
    this.#parts = parts;
  }
  /** @internal Used by this module; never call with text that came from a profile. */
  static trusted(value: string): Html {
    return new Html([value]);
  }
  /** @internal */
  static ofParts(parts: readonly Part[]): Html {
    return new Html(parts);
  }
  /** @internal The parts, for {@link writeHtml}. */
  get parts(): readonly Part[] {
    return this.#parts;
  }
  /** The markup as one string (for pages that fit in one; see {@link writeHtml} for the others). */
  toString(): string {
    const pieces: string[] = [];
    writeHtml(this, (piece) => pieces.push(piece));
    return pieces.join("");
  }
}

/** Writes the markup of `fragment` through `write`, in order, in pieces of about 64 KiB (a longer part is a piece of its own size). */
export function writeHtml(fragment: Html, write: (piece: string) => void): void {
  let buffer = "";
  const out = (text: string) => {
    buffer += text;
    if (buffer.length >= 1 << 16) {
      write(buffer);
      buffer = "";
    }
  };
  const walk = (f: Html) => {
    for (const part of f.parts) {
      if (typeof part === "string") out(part);
      else if (part instanceof Html) walk(part);
      else for (const item of part()) walk(item);
    }
  };
  walk(fragment);
  if (buffer.length > 0) write(buffer);
}

/** What a template accepts: text (escaped), numbers, fragments, lists of fragments; `undefined` and `false` print nothing. */
export type HtmlValue = Html | string | number | readonly Html[] | undefined | false | null;

/**
 * Control characters other than tab and newline, carriage returns (the parser would turn them into
 * newlines), lone surrogates and the two noncharacters U+FFFE/U+FFFF: dropped, so text round-trips.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidi controls (embeddings, overrides, isolates, marks) and line/paragraph separators. HTML allows
 * them, but a browser obeys them: U+202E in a system name would show the reader reversed text. The
 * report is read by people, not parsed back, so they are shown as the text format shows them (`\u{202E}`).
 */
const BIDI = /[\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Text with the characters HTML forbids removed and bidi controls made visible (what a reader of the parsed page sees). */
export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, "").replace(BIDI, visibleEscape);
}

/** Escapes text for an element's content or a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return escapeUTF8(cleanText(value));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (see {@link HtmlValue}). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  const parts: Part[] = [strings[0] ?? ""];
  values.forEach((v, i) => {
    if (v instanceof Html) parts.push(v);
    else if (typeof v === "string") parts.push(escapeHtml(v));
    else if (typeof v === "number") parts.push(escapeHtml(String(v)));
    else if (Array.isArray(v)) for (const f of v as readonly Html[]) parts.push(f);
    parts.push(strings[i + 1] ?? "");
  });
  return Html.ofParts(parts);
}

/**
 * The fragments `render` makes of `items`, in order, made only when the page is written and let go
 * after: a list of 100,000 systems' findings is never held as markup all at once.
 */
export function each<T>(items: readonly T[], render: (item: T, index: number) => Html): Html {
  return Html.ofParts([
    function* () {
      for (let i = 0; i < items.length; i++) yield render(items[i]!, i);
    },
  ]);
}

/** Markup written by this project's code (the style sheet, numbers it formatted), never profile text. */
export function raw(markup: string): Html {
  return Html.trusted(markup);
}

/** Fragments joined with a separator (itself markup). */
export function joinHtml(parts: readonly Html[], separator = ""): Html {
  const joined: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && separator !== "") joined.push(separator);
    joined.push(p);
  });
  return Html.ofParts(joined);
}
