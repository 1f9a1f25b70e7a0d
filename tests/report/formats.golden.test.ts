import { describe, it } from "vitest";
import { formatGithub } from "../../src/format/github.js";
import { formatGitlab } from "../../src/format/gitlab.js";
import { formatJson } from "../../src/format/json.js";
import { formatJunit } from "../../src/format/junit.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { formatSarif } from "../../src/format/sarif.js";
import { formatText } from "../../src/format/text.js";
import type { FormatOptions } from "../../src/format/types.js";
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
  it("markdown within a 3,500-byte budget: the most severe findings, and the truncation note", () =>
    expectGolden("report.budget.md", formatMarkdown(fixtureReports, { ...options, markdownBudget: 3500, fullReport: "reports/bipa.json" })));
  it("github annotations", () => expectGolden("report.github.txt", formatGithub(fixtureReports, options)));
  it("gitlab code quality", () => expectGolden("report.gitlab.json", formatGitlab(fixtureReports, options)));
  it("sarif run from a subfolder of the repository, and --fail-on risk with --max-risks 1", () =>
    expectGolden(
      "report.rooted.sarif",
      formatSarif(fixtureReports, { ...options, failOn: "risk", maxRisks: 1, paths: { root: "/repo", cwd: "/repo/teams/a" } }),
    ));
  it("text with --max-risks 1", () => expectGolden("report.max-risks.txt", formatText(fixtureReports, { ...options, maxRisks: 1 })));
  it("markdown with --explain and --fail-on never", () =>
    expectGolden("report.explain.md", formatMarkdown(fixtureReports, { ...options, explain: true, failOn: "never", exitCode: 0 })));
});
