import { escapeUTF8 } from "entities/escape";

/*
 * HTML escaping for the report. Every interpolation in an `html` template is escaped unless it is
 * itself an `Html` fragment, so a profile string can only ever become text: it cannot open a tag,
 * close one, or leave a quoted attribute. The markup characters are escaped by the `entities`
 * package (the one parse5 and htmlparser2 use); the template only strips characters HTML forbids.
 */

/** A fragment of markup that is already safe to insert. Only `html` and `raw` make one. */
export class Html {
  readonly #value: string;
  private constructor(value: string) {
    this.#value = value;
  }
  /** @internal Used by `html` and `raw`; never call with text that came from a profile. */
  static trusted(value: string): Html {
    return new Html(value);
  }
  toString(): string {
    return this.#value;
  }
}

/** What a template accepts: text (escaped), numbers, fragments, lists of fragments; `undefined` and `false` print nothing. */
export type HtmlValue = Html | string | number | readonly Html[] | undefined | false | null;

/**
 * Control characters other than tab and newline, carriage returns (the parser would turn them into
 * newlines), lone surrogates and the two noncharacters U+FFFE/U+FFFF: dropped, so text round-trips.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters HTML forbids removed (what a reader of the parsed page sees). */
export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/** Escapes text for an element's content or a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return escapeUTF8(cleanText(value));
}

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof Html) return value.toString();
  if (typeof value === "number") return escapeHtml(String(value));
  if (typeof value === "string") return escapeHtml(value);
  return value.map((v) => v.toString()).join("");
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (see {@link HtmlValue}). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return Html.trusted(out);
}

/** Markup written by this project's code (the style sheet, numbers it formatted), never profile text. */
export function raw(markup: string): Html {
  return Html.trusted(markup);
}

/** Fragments joined with a separator (itself markup). */
export function joinHtml(parts: readonly Html[], separator = ""): Html {
  return Html.trusted(parts.map((p) => p.toString()).join(separator));
}
