import fc from "fast-check";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { cleanText, each, escapeHtml, html, joinHtml, writeHtml } from "../../../src/format/html/escape.js";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

const isElement = (n: Node): n is Element => "tagName" in n;
function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) out.push(n);
    const kids = "childNodes" in n ? n.childNodes : [];
    for (const k of kids) walk(k);
    if (isElement(n) && n.tagName === "template") walk((n as unknown as { content: Node }).content);
  };
  walk(root);
  return out;
}
function textOf(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in n ? n.childNodes.map(textOf).join("") : "";
}

/** A document that puts one hostile string in every place the report puts profile text. */
function documentWith(s: string): string {
  return html`<!DOCTYPE html><html lang="en"><head><title>${s}</title></head><body><main><p id="text" title="${s}" data-x='${s}'>${s}</p><table><tbody><tr><td id="cell">${s}</td></tr></tbody></table><svg><text id="svg">${s}</text><title id="svgtitle">${s}</title></svg><ul>${[html`<li id="li">${s}</li>`]}</ul></main></body></html>`.toString();
}

// Strings built from the characters that matter to an HTML parser, plus any code point at all.
const markupChars = fc.constantFrom("<", ">", "&", '"', "'", "/", "=", "!", "-", "?", " ", "\n", "\r", "\0", "\t", "`", "\u00a0", "\ud800", "\udfff", "\ufffe");
const words = fc.constantFrom("script", "</title>", "<script>", "</p>", "<!--", "-->", "<![CDATA[", "]]>", "<svg onload=alert(1)>", "&amp;", "&lt", "&#x3c;", "<img src=x onerror=1>", "</svg>", "<style>", "javascript:", "</main>", "<plaintext>", "<xmp>", "<textarea>");
const hostile = fc.oneof(
  fc.string({ unit: fc.oneof(markupChars, fc.constantFrom("a", "b")), maxLength: 40 }),
  fc.array(fc.oneof(words, markupChars, fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 12 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("HTML escaping (entities' escapeUTF8 behind the html template)", () => {
  it("escapes the five markup characters and drops what HTML forbids", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(cleanText("a\u0000b\u001bc\rd\ud800e\ufffff\tg\nh")).toBe("abcdef\tg\nh");
    // Bidi controls are allowed in HTML but a browser obeys them: shown as the text format shows them.
    expect(escapeHtml("Clock \u202ekcolc\u202c \u2067x\u2069")).toBe("Clock \\u{202E}kcolc\\u{202C} \\u{2067}x\\u{2069}");
    expect(html`<b>${"<i>"}</b>${[html`<i>${"&"}</i>`]}${undefined}${false}${3}`.toString()).toBe("<b>&lt;i&gt;</b><i>&amp;</i>3");
    expect(joinHtml([html`<i>a</i>`, html`<i>b</i>`], ", ").toString()).toBe("<i>a</i>, <i>b</i>");
  });

  it("a hostile string stays text in element content, attributes, tables and SVG: parse5 reads back exactly the string", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const doc = parse(documentWith(s));
        const all = elements(doc);
        const expected = cleanText(s);
        // No markup got in: the same elements as for a harmless string, none of them injected.
        expect(all.map((e) => e.tagName)).toEqual(elements(parse(documentWith("x"))).map((e) => e.tagName));
        const byId = (id: string) => all.find((e) => e.attrs.some((a) => a.name === "id" && a.value === id))!;
        for (const id of ["text", "cell", "svg", "svgtitle", "li"]) expect(textOf(byId(id)), id).toBe(expected);
        expect(textOf(all.find((e) => e.tagName === "title")!)).toBe(expected);
        const p = byId("text");
        expect(p.attrs.find((a) => a.name === "title")?.value).toBe(expected);
        expect(p.attrs.find((a) => a.name === "data-x")?.value).toBe(expected);
        expect(p.attrs.map((a) => a.name)).toEqual(["id", "title", "data-x"]);
      }),
      { numRuns: 1500 },
    );
  });

  it("builds a list's rows only when the page is written, escapes them, and writes the same bytes in pieces", () => {
    let made = 0;
    const rows = each(["<a>", "b & c"], (text, i) => {
      made++;
      return html`<li data-i="${i}">${text}</li>`;
    });
    const page = html`<ul>${rows}</ul>${joinHtml([html`<b>1</b>`, html`<b>2</b>`], ", ")}`;
    expect(made).toBe(0);
    const whole = '<ul><li data-i="0">&lt;a&gt;</li><li data-i="1">b &amp; c</li></ul><b>1</b>, <b>2</b>';
    expect(page.toString()).toBe(whole);
    expect(made).toBe(2);
    const pieces: string[] = [];
    writeHtml(page, (piece) => pieces.push(piece));
    expect(pieces.join("")).toBe(whole);
    // Made again for each writing: nothing of the list is kept between them.
    expect(made).toBe(4);
  });

  it("writes a long page in pieces of about 64 KiB", () => {
    // 20,000 rows of 14 characters (`<li>00000</li>`): 280,000 characters, so at least 4 pieces of 65,536.
    const page = html`<ol>${each(Array.from({ length: 20_000 }, (_, i) => i), (i) => html`<li>${String(i).padStart(5, "0")}</li>`)}</ol>`;
    const pieces: string[] = [];
    writeHtml(page, (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.slice(0, -1).every((p) => p.length >= 65_536 && p.length < 65_536 + 100)).toBe(true);
    expect(pieces.join("")).toBe(page.toString());
  });
});
