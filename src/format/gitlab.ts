import { createHash } from "node:crypto";
import type { Report, ResolvedFinding, ReportView, Severity } from "../report/types.js";
import { rootRelative } from "./paths.js";
import { asList } from "./shared.js";
import { jsonText } from "./json-text.js";
import type { Formatter, FormatOptions } from "./types.js";

/*
 * GitLab Code Quality (`artifacts: reports: codequality:`): a JSON array of issues with the fields
 * GitLab reads (description, check_name, fingerprint, severity, location.path, location.lines.begin),
 * plus `type` and `categories` from the Code Climate spec it is a subset of. GitLab shows the issues
 * in the merge request widget (new and resolved ones against the target branch) and the diff.
 *
 * Strings are written as they are, bidi controls (U+202E) included: this is data, as in the JSON
 * report and SARIF. JSON escaping keeps it well formed, the path must match the repository's file,
 * and the fingerprint and description must match across pipelines. Showing it is the viewer's job;
 * the formats read as text in a CI page (GitHub annotations, JUnit, HTML) make bidi controls visible.
 */

/** GitLab's severities are info, minor, major, critical and blocker. */
export const GITLAB_SEVERITY: Readonly<Record<Severity, "info" | "major" | "critical">> = {
  violation: "critical",
  risk: "major",
  info: "info",
};

/**
 * A fingerprint unique per file and finding, and stable across reformatting: GitLab merges issues
 * with equal fingerprints into one, and matches them across pipelines by it.
 */
export function gitlabFingerprint(path: string, finding: Pick<ResolvedFinding, "fingerprint">): string {
  return createHash("sha256").update(path).update("\0").update(finding.fingerprint).digest("hex").slice(0, 32);
}

function issue(report: ReportView, f: ResolvedFinding, options: FormatOptions): Record<string, unknown> {
  const name = report.file ?? "<input>";
  const path = rootRelative(name, options.paths) ?? name;
  return {
    type: "issue",
    check_name: f.ruleId,
    description: `${f.section}: ${f.message}`,
    categories: ["Security"],
    severity: GITLAB_SEVERITY[f.severity],
    fingerprint: gitlabFingerprint(path, f),
    location: { path, lines: { begin: f.location.line ?? 1 } },
  };
}

/**
 * `--format gitlab`: every active finding as a Code Quality issue (waived and baselined ones are
 * accepted, so they are left out). Paths are relative to the repository root.
 */
export const formatGitlab: Formatter = (input, options = {}) => `${jsonText(gitlabIssues(input, options))}\n`;

/** The Code Quality issues of {@link formatGitlab}, to be written as JSON (in pieces when too large for one string). */
export function gitlabIssues(input: Report | readonly Report[], options: FormatOptions = {}): unknown[] {
  return asList(input).flatMap((report) => report.findings.map((f) => issue(report, f, options)));
}
