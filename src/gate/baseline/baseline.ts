import type { LoadLimits } from "../../practices/load.js";
import { withPosition, type Problem } from "../../practices/problems.js";
import type { Position } from "../../practices/source-map.js";
import { parseSideFile } from "../../config/parse-file.js";
import type { RunNotice } from "../notice.js";
import { suppressFindings } from "../suppress.js";
import type { Finding, Report } from "../../report/types.js";
import { normalizeFilePath } from "../waivers/apply.js";
import { baselineFileSchema, type Baseline, type BaselineEntry } from "./schema.js";

/** The identity a baseline matches on: the profile file plus the finding's fingerprint (which starts with the rule id). */
export function baselineKey(file: string | undefined, finding: Pick<Finding, "fingerprint">): string {
  return `${normalizeFilePath(file ?? "")}\u0000${finding.fingerprint}`;
}

/** The key of a baseline entry, comparable with `baselineKey`. */
export function entryKey(entry: BaselineEntry): string {
  return `${normalizeFilePath(entry.file)}\u0000${entry.fingerprint}`;
}

export type ParseBaselineResult =
  | { ok: true; baseline: Baseline; /** Where each entry is in the file, by `entryKey`. */ positions: ReadonlyMap<string, Position> }
  | { ok: false; problems: Problem[] };

/** Reads a baseline file (JSON), returning every problem with its line and column. */
export function parseBaseline(text: string, limits?: Partial<LoadLimits>): ParseBaselineResult {
  const parsed = parseSideFile(text, baselineFileSchema, "baseline file", limits);
  if (!parsed.ok) return parsed;
  const positions = new Map<string, Position>();
  parsed.value.entries.forEach((e, i) => {
    const at = withPosition({ path: `/entries/${i}`, message: "", code: "schema" }, parsed.sourceMap);
    if (at.line !== undefined) positions.set(entryKey(e), { line: at.line, column: at.column ?? 1 });
  });
  return { ok: true, baseline: parsed.value, positions };
}

export interface BaselineStatus {
  /** Entries in the baseline file. */
  entries: number;
  /** Findings this run moved to `suppressed` because the baseline holds them. */
  matched: number;
  /** Entries for files audited in this run that match no finding any more. */
  stale: BaselineEntry[];
}

/**
 * Suppresses findings the baseline already holds (kind `baseline`), so only new findings fail.
 * Entries for files not audited in this run are neither used nor stale. Already-waived findings
 * still count as present, so their entries are not reported stale. Pure.
 */
export function applyBaseline(reports: readonly Report[], baseline: Baseline): { reports: Report[]; status: BaselineStatus } {
  const keys = new Set(baseline.entries.map(entryKey));
  const present = new Set<string>();
  let matched = 0;
  const out = reports.map((report) => {
    for (const f of [...report.findings, ...report.suppressed]) present.add(baselineKey(report.file, f));
    return suppressFindings(report, (finding) => {
      if (!keys.has(baselineKey(report.file, finding))) return undefined;
      matched++;
      return { kind: "baseline" };
    });
  });
  const audited = new Set(reports.map((r) => normalizeFilePath(r.file ?? "")));
  const stale = sortEntries(
    baseline.entries.filter((e) => audited.has(normalizeFilePath(e.file)) && !present.has(entryKey(e))),
  );
  return { reports: out, status: { entries: baseline.entries.length, matched, stale } };
}

/**
 * The baseline after this run (`--update-baseline`): every active finding of the audited files
 * (waived findings are left out: their waiver covers them and expires), plus the previous entries
 * of files this run did not audit. Sorted, without duplicates, so the file diffs cleanly.
 */
export function buildBaseline(reports: readonly Report[], previous?: Baseline): Baseline {
  const audited = new Set(reports.map((r) => normalizeFilePath(r.file ?? "")));
  const kept = (previous?.entries ?? []).filter((e) => !audited.has(normalizeFilePath(e.file)));
  const fresh = reports.flatMap((r) =>
    [...r.findings, ...r.suppressed.filter((s) => s.suppression.kind === "baseline")].map(
      (f): BaselineEntry => ({ ruleId: f.ruleId, file: normalizeFilePath(r.file ?? ""), fingerprint: f.fingerprint }),
    ),
  );
  const unique = new Map<string, BaselineEntry>();
  for (const e of [...kept, ...fresh]) unique.set(entryKey(e), { ruleId: e.ruleId, file: normalizeFilePath(e.file), fingerprint: e.fingerprint });
  return { baselineVersion: 1, tool: "bipa-check", entries: sortEntries([...unique.values()]) };
}

/** The baseline as file text: two-space JSON, fixed key order, trailing newline. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify({ baselineVersion: 1, tool: "bipa-check", entries: sortEntries(baseline.entries) }, null, 2)}\n`;
}

/** Notices for baseline entries whose finding is gone (fixed, or its rule changed). */
export function baselineNotices(
  status: BaselineStatus,
  baselineFile?: string,
  positions?: ReadonlyMap<string, Position>,
): RunNotice[] {
  return status.stale.map((e): RunNotice => {
    const at = positions?.get(entryKey(e));
    return {
      level: "warning",
      code: "baseline-stale",
      message: `baseline entry ${e.fingerprint} for ${e.file} matches no finding any more; run with --update-baseline to prune it`,
      ...(baselineFile !== undefined ? { file: baselineFile } : {}),
      ...(at ? { line: at.line, column: at.column } : {}),
    };
  });
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(normalizeFilePath(a.file), normalizeFilePath(b.file)) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}
