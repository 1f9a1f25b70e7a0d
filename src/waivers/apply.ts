import type { RunNotice } from "../report/notice.js";
import { suppressFindings } from "../report/suppress.js";
import type { Finding, Report } from "../report/types.js";
import type { Waiver } from "./schema.js";

/** What became of one waiver in a run. */
export interface WaiverOutcome {
  waiver: Waiver;
  /** `applied`: waived at least one finding. `expired`: past its date, so it waived nothing. `unused`: matched nothing. */
  status: "applied" | "expired" | "unused";
  /** Findings the waiver matches (for an expired waiver: the findings it no longer covers). */
  matched: number;
}

export interface ApplyWaiversResult {
  reports: Report[];
  outcomes: WaiverOutcome[];
}

/** Profile paths compare as written relative to the working directory, with `/` and no leading `./`. */
export function normalizeFilePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

/**
 * Whether a waiver covers a finding: same rule; the target is the finding's system id, or a JSON
 * pointer at or above one of the fields the finding rests on; and, if the waiver names a file, the
 * finding's report is for that file. Expiry is checked separately.
 */
export function waiverMatches(waiver: Waiver, finding: Finding, reportFile: string | undefined): boolean {
  if (waiver.rule !== finding.ruleId) return false;
  if (waiver.file !== undefined && (reportFile === undefined || normalizeFilePath(waiver.file) !== normalizeFilePath(reportFile))) {
    return false;
  }
  if (!waiver.target.startsWith("/")) return finding.systemId === waiver.target;
  const pointers = [finding.location.pointer, ...finding.evidence.map((e) => e.pointer)];
  return pointers.some((p) => p === waiver.target || p.startsWith(`${waiver.target}/`));
}

/** A waiver applies through its `expires` date and stops the day after. */
export function isExpired(waiver: Waiver, asOf: string): boolean {
  return waiver.expires < asOf;
}

/**
 * Applies waivers to audited reports. A matching, unexpired waiver moves the finding to
 * `report.suppressed` (kind `waiver`, with justification, approver and expiry), where it stays
 * visible but never fails the run. Expired waivers apply to nothing; both they and waivers that
 * matched no finding come back as outcomes, so a run can report them. Pure.
 *
 * @param asOf the audit date (YYYY-MM-DD) that expiry is judged against.
 */
export function applyWaivers(reports: readonly Report[], waivers: readonly Waiver[], asOf: string): ApplyWaiversResult {
  const matched = new Map<Waiver, number>(waivers.map((w) => [w, 0]));
  const out = reports.map((report) => {
    // Count expired waivers' matches too, so the notice can say what came back.
    for (const finding of report.findings) {
      for (const w of waivers) if (isExpired(w, asOf) && waiverMatches(w, finding, report.file)) matched.set(w, matched.get(w)! + 1);
    }
    return suppressFindings(report, (finding) => {
      const hits = waivers.filter((w) => !isExpired(w, asOf) && waiverMatches(w, finding, report.file));
      for (const w of hits) matched.set(w, matched.get(w)! + 1);
      const first = hits[0];
      return first
        ? { kind: "waiver", justification: first.justification.trim(), approvedBy: first.approvedBy.trim(), expires: first.expires }
        : undefined;
    });
  });
  const outcomes = waivers.map((waiver): WaiverOutcome => {
    const count = matched.get(waiver)!;
    const status = isExpired(waiver, asOf) ? "expired" : count > 0 ? "applied" : "unused";
    return { waiver, status, matched: count };
  });
  return { reports: out, outcomes };
}

/** Notices for expired and unused waivers, pointing at the waiver in its file. */
export function waiverNotices(outcomes: readonly WaiverOutcome[]): RunNotice[] {
  return outcomes.flatMap((o): RunNotice[] => {
    const where = {
      ...(o.waiver.source?.file !== undefined ? { file: o.waiver.source.file } : {}),
      ...(o.waiver.source?.line !== undefined ? { line: o.waiver.source.line, column: o.waiver.source.column ?? 1 } : {}),
    };
    const what = `waiver for ${o.waiver.rule} on ${o.waiver.target}${o.waiver.file ? ` in ${o.waiver.file}` : ""}`;
    if (o.status === "expired") {
      const back = o.matched === 0 ? "it matches no finding now" : `${o.matched} finding${o.matched === 1 ? " is" : "s are"} reported again`;
      return [{ level: "warning", code: "waiver-expired", message: `${what} expired on ${o.waiver.expires}; ${back}`, ...where }];
    }
    if (o.status === "unused") {
      return [{ level: "warning", code: "waiver-unused", message: `${what} matched no finding; remove it or correct its rule or target`, ...where }];
    }
    return [];
  });
}
