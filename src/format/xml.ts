/**
 * XML text: escapes the five markup characters and drops characters XML 1.0 forbids (control
 * characters other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF).
 */
export function xmlText(value: string): string {
  return stripInvalid(value).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** XML attribute value (double-quoted): also escapes quotes and keeps line breaks as character references. */
export function xmlAttr(value: string): string {
  return stripInvalid(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);
}

const ATTR: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function stripInvalid(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}
