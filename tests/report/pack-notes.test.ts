import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { formatters } from "../../src/format/index.js";
import { md as mdInline } from "../../src/format/rule-help.js";
import { escapeHtml } from "../../src/format/html/escape.js";
import { loadProfile } from "../../src/practices/load.js";

/*
 * A law's notes (what its pack does not cover, what is unsettled or rests on one secondary source)
 * are part of the answer, so every human format prints them under the law, not only the JSON
 * (bipa-reference.md: an [UNVERIFIED] or unsettled point "becomes an explicit option or a note in
 * the output"). The multi-state example runs five laws beside BIPA.
 */
const file = "examples/multi-state-employer.yaml";
const loaded = loadProfile(readFileSync(join(import.meta.dirname, "..", "..", file), "utf8"), { file });
if (!loaded.ok) throw new Error("the example does not load");
const report = audit(loaded, { asOf: "2026-11-22" });
const withNotes = report.packs.filter((p) => p.notes.length > 0);
const options = { failOn: "violation" as const, exitCode: 1 };

describe("each law's notes in every format", () => {
  it("the example runs laws with notes (else this test would check nothing)", () => {
    expect(withNotes.length).toBeGreaterThanOrEqual(2);
  });
  it("text: under each law, a 'Notes on <citation>:' list with every note", () => {
    const text = formatters.text(report, options);
    for (const p of withNotes) {
      const at = text.indexOf(`  Notes on ${p.citation}:`);
      expect(at, p.id).toBeGreaterThan(-1);
      for (const n of p.notes) expect(text.indexOf(`    - ${n}`, at), `${p.id}: ${n}`).toBeGreaterThan(at);
    }
  });
  it("Markdown: the same list, escaped for Markdown", () => {
    const md = formatters.markdown(report, options);
    for (const p of withNotes) {
      expect(md).toContain(`Notes on ${mdInline(p.citation)}:`);
      for (const n of p.notes) expect(md).toContain(`- ${mdInline(n)}`);
    }
  });
  it("HTML: the notes under the law's line in 'Which laws apply', escaped for HTML", () => {
    const page = formatters.html(report, options);
    for (const p of withNotes) for (const n of p.notes) expect(page).toContain(`<li>${escapeHtml(n)}</li>`);
  });
});
