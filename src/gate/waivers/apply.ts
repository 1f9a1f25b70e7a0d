import type { RunNotice } from "../notice.js";
import { suppressFindings } from "../suppress.js";
import type { Finding, Report } from "../../report/types.js";
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
  const pointers = finding.evidence.map((e) => e.pointer);
  return pointers.some((p) => p === waiver.target || p.startsWith(`${waiver.target}/`));
}

/** A waiver applies through its `expires` date and stops the day after. */
export function isExpired(waiver: Waiver, asOf: string): boolean {
  return waiver.expires < asOf;
}

/**
 * Waivers indexed by rule and target, so that matching a finding costs a few lookups (one per
 * level of each of its pointers) instead of a scan of every waiver: 10,000 waivers against 8,000
 * findings is 80 million comparisons as a scan. Each bucket keeps file order.
 */
class WaiverIndex {
  private readonly buckets = new Map<string, Array<{ waiver: Waiver; order: number }>>();

  constructor(waivers: readonly Waiver[]) {
    waivers.forEach((waiver, order) => {
      const key = `${waiver.rule}\u0000${waiver.target}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push({ waiver, order });
      else this.buckets.set(key, [{ waiver, order }]);
    });
  }

  /** The waivers that match the finding (expired or not), in file order. */
  matching(finding: Finding, reportFile: string | undefined): Waiver[] {
    const hits: Array<{ waiver: Waiver; order: number }> = [];
    const seen = new Set<string>();
    const look = (target: string) => {
      if (seen.has(target)) return;
      seen.add(target);
      for (const hit of this.buckets.get(`${finding.ruleId}\u0000${target}`) ?? []) {
        if (fileMatches(hit.waiver, reportFile)) hits.push(hit);
      }
    };
    if (finding.systemId !== undefined) look(finding.systemId);
    // A pointer target matches a pointer at it or below it: look up every prefix of each pointer.
    for (const { pointer } of finding.evidence) {
      if (!pointer.startsWith("/")) continue;
      for (let cut = pointer.indexOf("/", 1); cut !== -1; cut = pointer.indexOf("/", cut + 1)) look(pointer.slice(0, cut));
      look(pointer);
    }
    if (hits.length > 1) hits.sort((a, b) => a.order - b.order);
    return hits.map((h) => h.waiver);
  }
}

function fileMatches(waiver: Waiver, reportFile: string | undefined): boolean {
  return waiver.file === undefined || (reportFile !== undefined && normalizeFilePath(waiver.file) === normalizeFilePath(reportFile));
}

/**
 * Applies waivers to audited reports. A matching, unexpired waiver moves the finding to
 * `report.suppressed` (kind `waiver`, with justification, approver and expiry), where it stays
 * visible but never fails the run. Expired waivers apply to nothing; both they and waivers that
 * matched no finding come back as outcomes, so a run can report them. Pure; linear in findings
 * and waivers (see WaiverIndex).
 *
 * @param asOf the audit date (YYYY-MM-DD) that expiry is judged against.
 */
export function applyWaivers(reports: readonly Report[], waivers: readonly Waiver[], asOf: string): ApplyWaiversResult {
  const matched = new Map<Waiver, number>(waivers.map((w) => [w, 0]));
  const index = new WaiverIndex(waivers);
  const out = reports.map((report) =>
    suppressFindings(report, (finding) => {
      // Expired waivers' matches are counted too, so the notice can say what came back.
      const hits = index.matching(finding, report.file);
      let first: Waiver | undefined;
      for (const w of hits) {
        matched.set(w, matched.get(w)! + 1);
        if (first === undefined && !isExpired(w, asOf)) first = w;
      }
      return first
        ? { kind: "waiver", justification: first.justification.trim(), approvedBy: first.approvedBy.trim(), expires: first.expires }
        : undefined;
    }),
  );
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
