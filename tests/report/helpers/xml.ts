/**
 * A small, strict XML 1.0 reader for tests: it throws on anything not well-formed (mismatched or
 * unclosed tags, bad attribute syntax, duplicate attributes, a raw `&` or `<`, unknown entities,
 * characters XML forbids, more than one root) and returns the element tree, so tests can assert
 * structure without a parser dependency. No DTDs, no namespaces processing, no CDATA.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9._:]*/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error("character not allowed in XML");
  let i = 0;
  const fail = (msg: string): never => {
    const line = xml.slice(0, i).split("\n").length;
    throw new Error(`XML not well-formed at line ${line}: ${msg}`);
  };
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  const decode = (raw: string): string => {
    if (raw.includes("<")) fail("raw '<' in text or attribute");
    return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) return fail("raw '&' (must be &amp;)");
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (ref in named) return named[ref]!;
      const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!m) return fail(`unknown entity &${ref};`);
      return String.fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2]));
    });
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end === -1) fail("unterminated XML declaration");
    if (!/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z0-9._-]+")?(\s+standalone="(yes|no)")?\s*\?>$/.test(xml.slice(0, end + 2))) {
      fail("bad XML declaration");
    }
    i = end + 2;
  }
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith("<!--", i)) {
        const end = xml.indexOf("-->", i + 4);
        if (end === -1) fail("unterminated comment");
        if (xml.slice(i + 4, end).includes("--")) fail("'--' inside a comment");
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (xml[i] !== "<") fail("expected '<'");
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail("expected an element name");
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith("/>", i)) {
        i += 2;
        return { name, attrs, children: [], text: "" };
      }
      if (xml[i] === ">") {
        i++;
        break;
      }
      if (i === before) fail("expected whitespace before an attribute");
      const attr = NAME.exec(xml.slice(i))?.[0] ?? fail("expected an attribute name");
      i += attr.length;
      skipSpace();
      if (xml[i] !== "=") fail(`expected '=' after ${attr}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail("attribute value must be quoted");
      const end = xml.indexOf(quote!, i + 1);
      if (end === -1) fail("unterminated attribute value");
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = decode(xml.slice(i + 1, end));
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (i >= xml.length) fail(`unclosed <${name}>`);
      if (xml.startsWith("</", i)) {
        i += 2;
        const close = NAME.exec(xml.slice(i))?.[0];
        if (close !== name) fail(`</${close ?? ""}> closes <${name}>`);
        i += name.length;
        skipSpace();
        if (xml[i] !== ">") fail("expected '>'");
        i++;
        return { name, attrs, children, text };
      }
      if (xml.startsWith("<!--", i)) {
        skipMisc();
        continue;
      }
      if (xml.startsWith("<![CDATA[", i) || xml.startsWith("<!", i) || xml.startsWith("<?", i)) fail("unsupported markup");
      if (xml[i] === "<") {
        children.push(element());
        continue;
      }
      const next = xml.indexOf("<", i);
      const end = next === -1 ? xml.length : next;
      text += decode(xml.slice(i, end));
      i = end;
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== xml.length) fail("content after the root element");
  return root;
}

/** Every element named `name` under `root` (depth first, document order). */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}
