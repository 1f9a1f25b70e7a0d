import { describe, it } from "vitest";
import { formatJson } from "../../src/report/format/json.js";
import { formatJunit } from "../../src/report/format/junit.js";
import { formatMarkdown } from "../../src/report/format/markdown.js";
import { formatSarif } from "../../src/report/format/sarif.js";
import { formatText } from "../../src/report/format/text.js";
import type { FormatOptions } from "../../src/report/format/types.js";
import { fixtureNotices, fixtureReports, fixtureRules } from "./fixtures/report.js";
import { expectGolden } from "./golden.js";

// Golden files pin every byte of every format for a fixed, hand-built pair of reports.
const options: FormatOptions = { failOn: "violation", exitCode: 1, notices: fixtureNotices, rules: fixtureRules };

describe("formatter golden files", () => {
  it("text", () => expectGolden("report.txt", formatText(fixtureReports, options)));
  it("text with --explain", () => expectGolden("report.explain.txt", formatText(fixtureReports, { ...options, explain: true })));
  it("text with --quiet and --fail-on risk", () =>
    expectGolden("report.quiet.txt", formatText(fixtureReports, { ...options, quiet: true, failOn: "risk" })));
  it("text in colour", () => expectGolden("report.color.txt", formatText(fixtureReports, { ...options, color: true })));
  it("json", () => expectGolden("report.json", formatJson(fixtureReports, options)));
  it("sarif", () => expectGolden("report.sarif", formatSarif(fixtureReports, options)));
  it("sarif with suppressed results and a baseline", () =>
    expectGolden("report.suppressed.sarif", formatSarif(fixtureReports, { ...options, includeSuppressed: true, baselineApplied: true })));
  it("junit", () => expectGolden("report.junit.xml", formatJunit(fixtureReports, options)));
  it("markdown", () => expectGolden("report.md", formatMarkdown(fixtureReports, options)));
  it("markdown with --explain and --fail-on never", () =>
    expectGolden("report.explain.md", formatMarkdown(fixtureReports, { ...options, explain: true, failOn: "never", exitCode: 0 })));
});
