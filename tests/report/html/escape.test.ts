import fc from "fast-check";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { cleanText, escapeHtml, html, joinHtml } from "../../../src/format/html/escape.js";

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
});
