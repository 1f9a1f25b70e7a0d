import { severityRank, type Finding, type Report, type Severity } from "../report/types.js";

/** The lowest severity that fails a run, or `never` (report only). */
export type FailOn = Severity | "never";

export const FAIL_ON_VALUES: readonly FailOn[] = ["violation", "risk", "info", "never"];

/**
 * The process exit codes, as documented in docs/cli.md:
 * 0 clean (or only findings below `--fail-on`, waived or baselined); 1 findings at or above
 * `--fail-on`; 2 an unusable profile, config, waiver or baseline file, or bad arguments; 3 an internal error.
 */
export const EXIT_CODES = { clean: 0, findings: 1, unusable: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

/** Whether one finding fails the run under `failOn`. Suppressed findings are never passed here. */
export function failsRun(finding: Pick<Finding, "severity">, failOn: FailOn): boolean {
  return failOn !== "never" && severityRank(finding.severity) >= severityRank(failOn);
}

/** The active (not waived, not baselined) findings that fail the run, in report order. */
export function failingFindings(reports: Report | readonly Report[], failOn: FailOn): Finding[] {
  const list: readonly Report[] = Array.isArray(reports) ? reports : [reports as Report];
  return list.flatMap((r) => r.findings.filter((f) => failsRun(f, failOn)));
}

/**
 * The exit code for audited reports: 1 when any active finding is at or above `failOn`, else 0.
 * Waived and baselined findings live in `report.suppressed` and never count.
 */
export function exitCodeFor(reports: Report | readonly Report[], failOn: FailOn): 0 | 1 {
  return failingFindings(reports, failOn).length > 0 ? EXIT_CODES.findings : EXIT_CODES.clean;
}
