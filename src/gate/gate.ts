import { applyBaseline, baselineNotices, buildBaseline, type BaselineStatus } from "./baseline/baseline.js";
import type { Baseline } from "./baseline/schema.js";
import type { Position } from "../practices/source-map.js";
import { applyWaivers, waiverNotices, type WaiverOutcome } from "./waivers/apply.js";
import type { Waiver } from "./waivers/schema.js";
import { exitCodeFor, type FailOn } from "./exit-code.js";
import type { RunNotice } from "./notice.js";
import type { Report } from "../report/types.js";
import { pushAll } from "../util/push-all.js";

export interface GateOptions {
  /** The lowest severity that fails the run. */
  failOn: FailOn;
  /** The audit date; waiver expiry is judged against it. */
  asOf: string;
  waivers?: readonly Waiver[];
  /** The baseline in force (omit `previous` when none exists yet), with where it is for notices. */
  baseline?: { previous?: Baseline; file?: string; positions?: ReadonlyMap<string, Position> };
  /** Record the current findings as the new baseline (returned in `updatedBaseline`) and report against it. */
  updateBaseline?: boolean;
  /** More active risks than this fail the run (`--max-risks`, as ESLint's `--max-warnings`), whatever `failOn` says. */
  maxRisks?: number;
}

export interface GateResult {
  /** The reports with waived and baselined findings moved to `suppressed`. */
  reports: Report[];
  /** 0 or 1, from the findings still active (and `maxRisks`). */
  exitCode: 0 | 1;
  /** Expired and unused waivers, stale baseline entries. */
  notices: RunNotice[];
  waiverOutcomes: WaiverOutcome[];
  baselineStatus?: BaselineStatus;
  /** With `updateBaseline`: the baseline to write (sorted; see `serializeBaseline`). */
  updatedBaseline?: Baseline;
}

/**
 * The CI gate, as one pure function: applies waivers (first) and the baseline to audited reports,
 * collects the notices, and decides the exit code. This is what `bipa-check audit` does between
 * auditing and formatting, so a script can gate exactly as the CLI does.
 *
 * @example
 * const gated = gate(reports, { failOn: "violation", asOf, waivers });
 * process.exitCode = gated.exitCode;
 */
export function gate(input: readonly Report[], options: GateOptions): GateResult {
  let reports = [...input];
  const notices: RunNotice[] = [];
  let waiverOutcomes: WaiverOutcome[] = [];
  if (options.waivers) {
    const applied = applyWaivers(reports, options.waivers, options.asOf);
    reports = applied.reports;
    waiverOutcomes = applied.outcomes;
    pushAll(notices, waiverNotices(applied.outcomes));
  }
  let baselineStatus: BaselineStatus | undefined;
  let updatedBaseline: Baseline | undefined;
  if (options.updateBaseline) {
    updatedBaseline = buildBaseline(reports, options.baseline?.previous);
    const applied = applyBaseline(reports, updatedBaseline);
    reports = applied.reports;
    baselineStatus = applied.status;
  } else if (options.baseline?.previous) {
    const applied = applyBaseline(reports, options.baseline.previous);
    reports = applied.reports;
    baselineStatus = applied.status;
    pushAll(notices, baselineNotices(applied.status, options.baseline.file, options.baseline.positions));
  }
  return {
    reports,
    exitCode: exitCodeFor(reports, options.failOn) === 1 || tooManyRisks(reports, options.maxRisks) ? 1 : 0,
    notices,
    waiverOutcomes,
    ...(baselineStatus ? { baselineStatus } : {}),
    ...(updatedBaseline ? { updatedBaseline } : {}),
  };
}

/** Whether the active risks exceed `maxRisks` (never without one). */
function tooManyRisks(reports: readonly Report[], maxRisks: number | undefined): boolean {
  if (maxRisks === undefined) return false;
  let risks = 0;
  for (const r of reports) for (const f of r.findings) if (f.severity === "risk") risks++;
  return risks > maxRisks;
}
