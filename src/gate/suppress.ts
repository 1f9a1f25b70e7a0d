import type { Finding, Report, SuppressedFinding } from "../report/types.js";

/**
 * Moves the findings that `decide` returns a suppression for from `report.findings` to
 * `report.suppressed` and recounts the summary. Pure: returns a new report. Used by waivers and
 * baselines alike, so both keep the same invariant: suppressed findings stay visible, never fail.
 */
export function suppressFindings(
  report: Report,
  decide: (finding: Finding) => SuppressedFinding["suppression"] | undefined,
): Report {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [...report.suppressed];
  for (const finding of report.findings) {
    const suppression = decide(finding);
    if (suppression) suppressed.push({ ...finding, suppression });
    else findings.push(finding);
  }
  if (suppressed.length === report.suppressed.length) return report;
  return {
    ...report,
    findings,
    suppressed,
    summary: {
      ...report.summary,
      violation: findings.filter((f) => f.severity === "violation").length,
      risk: findings.filter((f) => f.severity === "risk").length,
      info: findings.filter((f) => f.severity === "info").length,
      suppressed: suppressed.length,
    },
  };
}
