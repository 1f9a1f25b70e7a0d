import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { escapeTerminal, escapeTerminalLines, mapStrings } from "../../src/format/escape-terminal.js";
import { mdCode, mdCodeCell, mdText } from "../../src/format/escape-markdown.js";
import { formatJson, toJsonEnvelope } from "../../src/format/json.js";
import { jsonLine, jsonText, writeJson } from "../../src/format/json-text.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { formatSarif } from "../../src/format/sarif.js";
import { formatText } from "../../src/format/text.js";
import { formatJunit } from "../../src/format/junit.js";
import type { Report } from "../../src/report/types.js";
import { GITHUB_AUTOLINK, parseMarkdown, plainTexts, shape, texts } from "./markdown-ast.js";
import { LONE_SURROGATE, TERMINAL_CONTROL } from "./helpers.js";
import { parseXml } from "../report/helpers/xml.js";

/**
 * One property per destination: arbitrary strings (every code point, lone surrogates, ESC sequences,
 * Markdown syntax, mentions) go in, and the output, parsed as its destination reads it, shows them as
 * text and nothing else: no terminal control, no Markdown structure, no lone surrogate, valid XML.
 */

const SEED = 20261122;
const RUNS = 300;

/** Strings built to hurt: hostile fragments mixed with arbitrary code points (lone surrogates included). */
const FRAGMENTS = [
  "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007", // a hyperlink
  "\u001b]52;c;cm0gLXJmIH4=\u0007", // a clipboard write
  "\u001b[2J\u001b[H", // clear the screen
  "\rSummary: 1 file · pass: nothing at or above violation", // overwrite the line
  "\u202eevil\u202c", // bidi override
  "\u009b31m", // C1 CSI
  "\n## ✅ Passes\n",
  "\n```\n",
  "~~~",
  "\n- item\n",
  "\n1. first",
  "> quote",
  "@team",
  "@org/team",
  "#123",
  "org/repo#12",
  "GH-7",
  "https://github.com/o/r/issues/1",
  "www.example.com",
  "a@b.example",
  "`",
  "``",
  "` | `",
  "|",
  "\\|",
  "\\",
  "<img src=x onerror=alert(1)>",
  "<!--",
  "[x](javascript:alert(1))",
  "![x](y)",
  "**bold**",
  "_em_",
  "$x$",
  "$$",
  "&#64;team",
  "&amp;",
  "---",
  "===",
  "    indented",
  "\t",
  "\u2028",
  "\ud800",
  "\udc00x",
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 6 }), fc.string({ unit: "grapheme-ascii", maxLength: 6 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

const params = { seed: SEED, numRuns: RUNS };

describe("terminal", () => {
  it("escapeTerminal leaves no control character, and keeps every other character", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escapeTerminal(s);
        expect(out).not.toMatch(TERMINAL_CONTROL);
        expect(out).not.toMatch(/\n/);
        expect(out).not.toMatch(LONE_SURROGATE);
        // Plain printable text is unchanged.
        const plain = s.replace(/[^\x20-\x7e]/g, "");
        if (plain === s) expect(out).toBe(s);
      }),
      params,
    );
  });

  it("escapeTerminalLines keeps newlines and nothing else", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escapeTerminalLines(s);
        expect(out).not.toMatch(TERMINAL_CONTROL);
        expect(out.split("\n").length).toBe(s.split("\n").length);
      }),
      params,
    );
  });

  it("the text format of a report whose every free-text field is hostile: no control, and the same lines as a benign one", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (org, system, file) => {
        const benign = reportWith("Org", "System", "file.yaml");
        const evil = reportWith(org, system, file);
        const out = formatText(evil, { color: true });
        expect(out.replace(/\u001b\[\d+m/g, "")).not.toMatch(TERMINAL_CONTROL); // only bipa-check's own colours remain
        expect(out.split("\n").length).toBe(formatText(benign, { color: true }).split("\n").length);
      }),
      { ...params, numRuns: 60 },
    );
  });
});

describe("Markdown", () => {
  const placements: Array<[string, (s: string) => string]> = [
    ["a paragraph", (s) => `Before ${mdText(s)} after.`],
    ["a list item", (s) => `- ${mdText(s)}`],
    ["the start of a paragraph", (s) => mdText(s)],
    ["a heading", (s) => `### ${mdText(s)}: ${mdCode(s)}`],
    ["inline code", (s) => `Code ${mdCode(s)} here.`],
    ["a table cell", (s) => `| A | B |\n| --- | --- |\n| ${mdText(s)} | ${mdCodeCell(s)} |`],
  ];
  for (const [where, place] of placements) {
    it(`text in ${where} adds no structure, no mention, reference or link, and reads back as itself`, () => {
      const reference = shape(parseMarkdown(place("plain")));
      fc.assert(
        fc.property(hostile, (s) => {
          fc.pre(s.trim() !== ""); // an empty text leaves its place empty (a list item without a paragraph), which is no injection
          const doc = parseMarkdown(place(s));
          expect(shape(doc)).toEqual(reference);
          for (const t of plainTexts(doc)) expect(t).not.toMatch(GITHUB_AUTOLINK);
        }),
        params,
      );
    });
  }

  it("a text in a paragraph renders as the same characters (line breaks as spaces, controls as escapes)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 40 }), (s) => {
        const rendered = texts(parseMarkdown(`Before ${mdText(s)} after.`)).join("").replace(/\u200b/g, "");
        const expected = `Before ${s.replace(/[\t\n\v\f\r ]+/g, " ")} after.`.replace(/\s+/g, " ");
        expect(rendered.replace(/\s+/g, " ")).toBe(expected.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`));
      }),
      params,
    );
  });

  it("inline code renders as the text itself, whatever backticks it holds", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("`", "a", " ", "|", "\\"), maxLength: 20 }), (s) => {
        for (const [md, inTable] of [
          [`x ${mdCode(s)} y`, false],
          [`| A |\n| --- |\n| ${mdCodeCell(s)} |`, true],
        ] as const) {
          const codes: string[] = [];
          const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
            if (n.type === "inlineCode") codes.push(n.value!);
            for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
          };
          walk(parseMarkdown(md) as never);
          expect(codes.length, md).toBe(1);
          const collapsed = s.replace(/ +/g, " ");
          // In a table an odd run of backslashes before a pipe gains one (it cannot be written otherwise).
          const expected = inTable ? collapsed.replace(/(\\*)\|/g, (_m, b: string) => `${b}${b.length % 2 === 1 ? "\\" : ""}|`) : collapsed;
          if (collapsed.trim() !== "") expect(codes[0]).toBe(expected);
        }
      }),
      params,
    );
  });

  it("the Markdown report of a hostile profile has the structure of a benign one", () => {
    const reference = shape(parseMarkdown(formatMarkdown(reportWith("Org", "System", "file.yaml"), { explain: true })));
    fc.assert(
      fc.property(hostile, hostile, hostile, (org, system, file) => {
        const doc = parseMarkdown(formatMarkdown(reportWith(org, system, file), { explain: true }));
        expect(shape(doc)).toEqual(reference);
        for (const t of plainTexts(doc)) expect(t).not.toMatch(GITHUB_AUTOLINK);
      }),
      { ...params, numRuns: 40 },
    );
  });
});

describe("JSON and SARIF", () => {
  it("never carry a lone surrogate, and parse back to the same well-formed strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        for (const out of [jsonText({ s, [s]: s }), jsonLine([s])]) {
          expect(out).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/);
          const back = JSON.parse(out) as unknown;
          const strings = JSON.stringify(back);
          expect(JSON.parse(strings)).toEqual(back);
          expect(JSON.stringify(back)).not.toMatch(/\\ud[89a-f]/);
          if (!LONE_SURROGATE.test(s)) expect(back).toEqual(JSON.parse(JSON.stringify(Array.isArray(back) ? [s] : { s, [s]: s })));
        }
      }),
      params,
    );
  });

  it("a backslash before a u in the text is not mistaken for a surrogate escape", () => {
    expect(JSON.parse(jsonText("\\ud800"))).toBe("\\ud800");
    expect(JSON.parse(jsonText("\\\ud800"))).toBe("\\\ufffd");
    expect(JSON.parse(jsonText("\ud800\ud800"))).toBe("\ufffd\ufffd");
  });

  it("the JSON and SARIF of a hostile report parse, hold no lone surrogate, and are what the piece writer gives", () => {
    fc.assert(
      fc.property(hostile, hostile, (org, file) => {
        const report = reportWith(org, "System", file);
        for (const out of [formatJson(report), formatSarif(report)]) {
          expect(out).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/);
          expect(() => JSON.parse(out)).not.toThrow();
        }
        const pieces: string[] = [];
        writeJson(toJsonEnvelope(report), (p) => pieces.push(p));
        expect(`${pieces.join("")}\n`).toBe(formatJson(report));
      }),
      { ...params, numRuns: 40 },
    );
  });

  it("JUnit XML of a hostile report parses", () => {
    fc.assert(
      fc.property(hostile, hostile, (org, file) => {
        expect(() => parseXml(formatJunit(reportWith(org, "System", file)))).not.toThrow();
      }),
      { ...params, numRuns: 40 },
    );
  });
});

describe("mapStrings", () => {
  it("maps every string and key, and returns untouched values as they are", () => {
    const value = { a: ["x", { b: "y\u001b" }], ["k\u001b"]: 1, clean: { n: 1 } };
    const out = mapStrings(value);
    expect(out).toEqual({ a: ["x", { b: "y\\x1B" }], "k\\x1B": 1, clean: { n: 1 } });
    expect(out.clean).toBe(value.clean);
    expect(mapStrings(value.clean)).toBe(value.clean);
  });

  it("escapes a key every time it occurs, though clean keys are checked once a call (the set of keys seen clean)", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, ["bad\u001b"]: i, ok: "x" }));
    const out = mapStrings({ rows, tail: { id: "t\u202e" } });
    expect(out.rows.map((r) => Object.keys(r))).toEqual(Array.from({ length: 5 }, () => ["id", "bad\\x1B", "ok"]));
    expect(out.tail).toEqual({ id: "t\\u{202E}" });
    // Another escape function in another call learns its own keys.
    expect(Object.keys(mapStrings({ id: 1 }, (k) => k.toUpperCase()))).toEqual(["ID"]);
  });
});

/** A report of a failing one-system profile with the organization, system name and file name given. */
function reportWith(org: string, system: string, file: string): Report {
  const loaded = parseProfile(
    {
      version: 1,
      organization: { name: org.trim() === "" ? "x" : org, entityType: "private-entity" },
      systems: [
        {
          id: "s1",
          name: system.trim() === "" ? "x" : system,
          modalities: ["fingerprint"],
          subjects: [{ population: "employees", count: 10, illinoisCount: 10 }],
          disclosures: [{ recipient: system.trim() === "" ? "x" : system }],
        },
      ],
    },
    { file },
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return audit(loaded, { asOf: "2026-11-22" });
}
