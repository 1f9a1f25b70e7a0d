import { visibleEscape } from "./escape-terminal.js";

/*
 * Escaping for Markdown (GitHub-flavoured: pull-request comments, `$GITHUB_STEP_SUMMARY`, SARIF
 * help). Text from input must render as the characters it holds and never as structure: no new
 * block (a newline, a heading, a list item, a quote, a fence), no emphasis, link, image, HTML or
 * table cell, no math, and none of the things GitHub does to plain text after rendering (`@team`
 * pings people, `#123` and issue URLs cross-reference, `a@b.c` and `www.` become links). Each
 * function returns one line.
 */

// Runs of white space other than one plain space (which would be replaced by itself, once per word).
// eslint-disable-next-line no-control-regex
const WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line breaks and runs of white space as one space; every other control (and bidi control) as a visible escape. */
function oneLine(text: string): string {
  return text.replace(WHITESPACE, " ").replace(CONTROLS, visibleEscape);
}

/** Characters that open inline structure anywhere in a line (CommonMark lets any ASCII punctuation be escaped). */
const INLINE = /[\\`*_[\]<>|~$&!]/g;

/**
 * What GitHub links after rendering: `@user` and `@org/team` (and so `a@b.example`), `#123` and
 * `org/repo#123`, `GH-123`, `https://…` (issue URLs cross-reference) and `www.`. Each is broken by a
 * zero-width space, written as an entity so the source stays ASCII. One pass, so that an inserted
 * entity (`&#8203;`, with its `#`) is never matched again.
 */
const AUTOLINK = /([@#])(?=[\p{L}\p{N}_-])|\b(gh-)(?=\p{N})|(:)(?=\/\/)|\b(www)(?=\.)/giu;
const ZWSP = "&#8203;";
/** What every AUTOLINK match contains: a cheap test first, since the Unicode pattern is slow on long text. */
const MAY_AUTOLINK = /[@#]|gh-|:\/\/|www\./i;
/**
 * Input-derived text in a paragraph, list item, heading or table cell: one line, every character
 * that could open structure escaped, and nothing GitHub would turn into a mention, a reference or
 * a link.
 */
export function mdText(text: string): string {
  const escaped = oneLine(text).replace(INLINE, (c) => `\\${c}`);
  const t = MAY_AUTOLINK.test(escaped) ? escaped.replace(AUTOLINK, (m) => `${m}${ZWSP}`) : escaped;
  // A block marker only counts at the start of a line, which is where a caller may put the text.
  return t.replace(/^(\s*)(?:([#>+=-])|(\d{1,9})([.)]))/, (_m, space: string, marker?: string, digits?: string, dot?: string) =>
    marker !== undefined ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}

/** {@link mdText} for a table cell (the same escaping: `|` is escaped everywhere). */
export const mdCell = mdText;

/**
 * Input-derived text as inline code that nothing inside can close: the fence is one backtick longer
 * than the longest run of backticks in the text, and padded with a space where the text starts or
 * ends with a backtick or a space (CommonMark strips one space on each side). Code spans are literal
 * (no entity, no mention, no link), so only the line and the fence need care.
 *
 * @param inTable the span sits in a table cell: `|` would end the cell, even inside code, so it is
 *   escaped, with an extra backslash where the text's own backslash would otherwise escape the escape.
 */
export function mdCode(text: string, inTable = false): string {
  let t = oneLine(text);
  if (inTable) t = t.replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes.length % 2 === 1 ? "\\" : ""}\\|`);
  let longest = 0;
  for (const run of t.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = t === "" || /^[` ]|[` ]$/.test(t) ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** {@link mdCode} for a table cell. */
export function mdCodeCell(text: string): string {
  return mdCode(text, true);
}
