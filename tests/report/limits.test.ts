import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { MARKDOWN_BUDGETS } from "../../src/format/markdown-budget.js";
import { formatSarif } from "../../src/format/sarif.js";
import { measureText, piecesOver, SARIF_LIMITS } from "../../src/format/sarif-limits.js";
import type { Report } from "../../src/report/types.js";
import { generateProfile } from "../bench/generate.js";
import { acmeReport } from "./fixtures/report.js";
import { sarifSchemaErrors } from "./helpers/sarif.js";

/*
 * The platforms' limits, on a generated estate of over 30,000 findings: the SARIF stays within
 * GitHub's per-run limits and says what it left out; the Markdown stays within its budget and says
 * how many findings are missing and where the rest is. Nothing here is timed.
 */

let estate: Report | undefined;
function large(): Report {
  if (estate) return estate;
  const parsed = parseProfile(generateProfile(3_200), { file: "estate/profile.json" });
  if (!parsed.ok) throw new Error("the generated estate does not validate");
  estate = audit(parsed.profile, { asOf: "2026-11-22" });
  return estate;
}

type Log = {
  runs: Array<{
    results: Array<{ level: string; locations: unknown[] }>;
    invocations: Array<{ toolExecutionNotifications?: Array<{ level: string; descriptor: { id: string }; message: { text: string } }> }>;
    tool: { driver: { rules: Array<{ properties: { tags: string[] } }> } };
    properties: { resultsLeftOut?: number };
  }>;
};

describe("a 30,000-finding estate", () => {
  it("is that large", () => {
    expect(large().findings.length).toBeGreaterThanOrEqual(30_000);
  });

  it("SARIF: valid, within every GitHub per-run limit, the most severe kept, and the cut said out loud", { timeout: 240_000 }, () => {
    const report = large();
    const limits: string[] = [];
    const text = formatSarif(report, { exitCode: 1, fullReport: "reports/bipa.json", onLimit: (m) => limits.push(m) });
    const log = JSON.parse(text) as Log;
    expect(log.runs.length).toBeLessThanOrEqual(SARIF_LIMITS.runsPerFile);
    const run = log.runs[0]!;
    expect(run.results.length).toBeLessThanOrEqual(SARIF_LIMITS.resultsPerRun);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(SARIF_LIMITS.rulesPerRun);
    for (const rule of run.tool.driver.rules) expect(rule.properties.tags.length).toBeLessThanOrEqual(SARIF_LIMITS.tagsPerRule);
    for (const result of run.results) expect(result.locations.length).toBeLessThanOrEqual(SARIF_LIMITS.locationsPerResult);
    expect(gzipSync(text).length).toBeLessThanOrEqual(SARIF_LIMITS.gzipBytes);

    // The least severe went first: every violation is kept, and the cut is all of one kind.
    const kept = { error: 0, warning: 0, note: 0 } as Record<string, number>;
    for (const r of run.results) kept[r.level]!++;
    const total = report.findings.length;
    const bySeverity = (s: string) => report.findings.filter((f) => f.severity === s).length;
    expect(kept.error).toBe(bySeverity("violation"));
    expect(run.properties.resultsLeftOut).toBe(total - run.results.length);

    const notes = run.invocations[0]!.toolExecutionNotifications ?? [];
    const cut = notes.find((n) => n.descriptor.id === "sarif-results-left-out")!;
    expect(cut.level).toBe("warning");
    expect(cut.message.text).toMatch(/^[\d,]+ results of [\d,]+ left out \(.+\): .+, so the [\d,]+ most severe were kept; the complete report is in reports\/bipa\.json\.$/);
    expect(notes.some((n) => n.descriptor.id === "sarif-results-display-limit")).toBe(true);
    expect(limits).toHaveLength(1);
    expect(limits[0]).toMatch(/^SARIF: [\d,]+ results of [\d,]+ left out/);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("SARIF: --sarif-max-results keeps fewer, and says that is why", { timeout: 120_000 }, () => {
    const log = JSON.parse(formatSarif(large(), { sarifMaxResults: 5_000 })) as Log;
    expect(log.runs[0]!.results).toHaveLength(5_000);
    const cut = log.runs[0]!.invocations[0]!.toolExecutionNotifications!.find((n) => n.descriptor.id === "sarif-results-left-out")!;
    expect(cut.message.text).toContain("--sarif-max-results is 5,000");
    expect(cut.message.text).toContain("the JSON format (--format json=FILE) has the complete report");
  });

  it("SARIF: over 10 MB compressed, the run's properties shed the matrix and per-system detail before any result", { timeout: 120_000 }, () => {
    // A small report with a matrix of hard-to-compress reasons: 240,000 cells × 96 hex digits of
    // SHA-256 output = 23,040,000 characters; a hex digit carries 4 bits, so no compressor brings them
    // under 23,040,000 × 4 / 8 = 11,520,000 bytes, past the 10 MiB = 10,485,760-byte limit
    // (SARIF_LIMITS.gzipBytes). (A linear congruential generator in floating point, used here before,
    // repeated after 5,241 reasons and compressed to 1.2 MB.)
    const base = acmeReport;
    const hex = (i: number) => createHash("sha256").update(`a${i}`).digest("hex") + createHash("sha256").update(`b${i}`).digest("hex").slice(0, 32);
    const matrix = Array.from({ length: 240_000 }, (_, i) => ({ packId: "bipa", systemId: `s${i}`, systemName: `S ${i}`, status: "applies" as const, reason: hex(i) }));
    const limits: string[] = [];
    const text = formatSarif({ ...base, matrix }, { fullReport: "reports/bipa.json", onLimit: (m) => limits.push(m) });
    expect(gzipSync(text).length).toBeLessThanOrEqual(SARIF_LIMITS.gzipBytes);
    const log = JSON.parse(text) as Log & { runs: Array<{ properties: { reports: Array<Record<string, unknown>> } }> };
    const run = log.runs[0]!;
    // Every result of the report is kept: the detail went, not the results.
    expect(run.results).toHaveLength(base.findings.length);
    expect(run.properties.resultsLeftOut).toBeUndefined();
    const props = run.properties.reports[0]!;
    expect(props).not.toHaveProperty("matrix");
    expect(props).not.toHaveProperty("exposure");
    expect(props).toHaveProperty("summary");
    const notes = run.invocations[0]!.toolExecutionNotifications ?? [];
    const shed = notes.find((n) => n.descriptor.id === "sarif-detail-left-out")!;
    expect(shed.level).toBe("warning");
    expect(shed.message.text).toContain("the complete report is in reports/bipa.json");
    expect(limits).toEqual([expect.stringMatching(/^SARIF: the run's properties leave out the law × system matrix/)]);
    // The same report with its own small matrix keeps it (the goldens hold the byte-for-byte case).
    const small = JSON.parse(formatSarif(base, {})) as typeof log;
    expect(small.runs[0]!.properties.reports[0]!).toHaveProperty("matrix");
  });

  it("SARIF: detail too large for one string is measured in pieces and stopped once it is over, never built whole", () => {
    // 100 pieces of 1,000 hex digits of SHA-256 output: 100,000 characters, at 4 bits each at least
    // 50,000 bytes compressed.
    const piece = (n: number) => Array.from({ length: 16 }, (_, k) => createHash("sha256").update(`${n}.${k}`).digest("hex")).join("").slice(0, 1_000);
    const pieces = Array.from({ length: 100 }, (_, n) => piece(n));
    let written = 0;
    const produce = (write: (p: string) => void) => {
      for (const p of pieces) {
        written++;
        write(p);
      }
    };
    // Under both limits: compressed at most 100,000 bytes (one byte a digit, the gzip header aside).
    expect(piecesOver(produce, 200_000, 1_000_000)).toBe(false);
    expect(written).toBe(100);
    // Over the compressed limit: 50,000 bytes or more against 10,000. (Chunks are 8 Mi characters, so
    // all 100 pieces are read before the one compression; the limit decides, not the count.)
    written = 0;
    expect(piecesOver(produce, 10_000, 1_000_000)).toBe(true);
    // Over the character limit: stopped at the 51st piece (51,000 characters > 50,000), before any compression.
    written = 0;
    expect(piecesOver(produce, 200_000, 50_000)).toBe(true);
    expect(written).toBe(51);
    // Over the limit raw but not compressed: 100,000 repeated characters gzip to a few hundred bytes,
    // under 10,000.
    expect(piecesOver((write) => pieces.forEach(() => write("a".repeat(1_000))), 10_000, 1_000_000)).toBe(false);
    // Any other error is the producer's own and goes through.
    expect(() =>
      piecesOver(() => {
        throw new TypeError("broken");
      }),
    ).toThrow("broken");
  });

  it("SARIF: the log is measured in chunks, which are what is written", () => {
    const hex = (n: number) => Array.from({ length: 16 }, (_, k) => createHash("sha256").update(`${n}.${k}`).digest("hex")).join("").slice(0, 1_000);
    const text = Array.from({ length: 100 }, (_, n) => hex(n)).join("");
    // 100,000 characters: at 3 bytes each 300,000, under a 300,000-byte limit without being encoded.
    expect(measureText(text, 300_000)).toEqual({ pieces: [text], over: false });
    // Between the bounds (100,000 to 300,000 bytes) against 150,000: the 100,000 UTF-8 bytes are counted, and are under.
    expect(measureText(text, 150_000)).toEqual({ pieces: [text], over: false });
    // Over 50,000 raw; hex digits compress to 4 bits each at best, so at least 50,000 bytes against 10,000.
    const over = measureText(text, 10_000);
    expect(over.over).toBe(true);
    expect(over.bytes).toBeGreaterThan(50_000);
    // Over raw but not compressed: 100,000 repeated characters gzip to a few hundred bytes.
    const repeated = measureText("a".repeat(100_000), 10_000);
    expect(repeated.over).toBe(false);
    expect(repeated.bytes).toBeLessThan(1_000);
    // Longer than a chunk (8 Mi characters): cut at 8 Mi, and put back together the same.
    const long = "é".repeat(9 * 1024 * 1024);
    const cut = measureText(long, 10_000);
    expect(cut.pieces.map((p) => p.length)).toEqual([8 * 1024 * 1024, 1024 * 1024]);
    expect(cut.pieces.join("")).toBe(long);
  });

  it.each([
    ["job summary", MARKDOWN_BUDGETS.summary, "1 MiB"],
    ["pull-request comment", MARKDOWN_BUDGETS.comment, "65,536 bytes"],
  ])("Markdown within a %s budget, with the truncation note", { timeout: 120_000 }, (_name, budget, words) => {
    const limits: string[] = [];
    const text = formatMarkdown(large(), { markdownBudget: budget, fullReport: "reports/bipa.json", onLimit: (m) => limits.push(m) });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget);
    expect(Buffer.byteLength(text)).toBeGreaterThan(budget * 0.9); // it uses the room it has
    const note = new RegExp(`> \\*\\*Truncated to fit ${words}:\\*\\* ([\\d,]+) findings of ([\\d,]+) are not listed below`).exec(text);
    expect(note, "truncation note").not.toBeNull();
    const left = Number(note![1]!.replace(/,/g, ""));
    const listed = (text.match(/^- \*\*(Violation|Risk|Info)\*\*/gm) ?? []).length;
    expect(listed + left).toBe(large().findings.length);
    expect(text).toContain("The complete report is in `reports/bipa.json`.");
    expect(text.trimEnd().endsWith("confirm them with counsel before acting._")).toBe(true); // the disclaimer survives
    expect(limits).toEqual([expect.stringMatching(new RegExp(`^Markdown: [\\d,]+ findings of [\\d,]+ left out to fit ${words}; the complete report is in reports/bipa.json$`))]);
  });
});
