import { remedyTitle } from "../../remedies/catalog.js";
import type { RemedyId } from "../../remedies/ids.js";
import { ORGANIZATION_ID } from "../../engine/audit.js";
import { failsRun, type FailOn } from "../exit-code.js";
import type { ExposureEstimate, ExposureLine } from "../../exposure/types.js";
import type { AuthorityRef, Evidence, Finding, Report, Severity, SuppressedFinding } from "../types.js";

/** One report or several → a list. */
export function asList(reports: Report | readonly Report[]): readonly Report[] {
  return Array.isArray(reports) ? (reports as readonly Report[]) : [reports as Report];
}

/** Where a finding is, as `file:line:column` (or `file` when the line is unknown). */
export function locationOf(file: string | undefined, finding: Finding): string {
  const name = file ?? "<input>";
  return finding.location.line !== undefined ? `${name}:${finding.location.line}:${finding.location.column ?? 1}` : name;
}

export function remedyTitles(ids: readonly RemedyId[]): string[] {
  return ids.map((id) => remedyTitle(id) ?? id);
}

/** `Thornley v. Clearview AI, Inc., 984 F.3d 1241 (7th Cir. 2021)`; statutes by their name; unverified ones labelled. */
export function citeRef(a: AuthorityRef): string {
  // Dockets often carry the court already ("No. 2020CH04353 (Cir. Ct. Cook County)"): then give the year alone.
  const court = a.court && !a.citation.includes(a.court) ? `${a.court} ` : "";
  const base = a.kind === "statute" || a.kind === "public-act" ? a.name : `${a.name}, ${a.citation} (${court}${a.year})`;
  return a.status === "UNVERIFIED" && !base.includes("[UNVERIFIED]") ? `${base} [UNVERIFIED]` : base;
}

/** Whole dollars with thousands separators, independent of locale: `$1,234,000`. */
export function usd(amount: number): string {
  const whole = Math.round(amount);
  return `${whole < 0 ? "-" : ""}$${grouped(Math.abs(whole))}`;
}

/** A count with thousands separators, independent of locale: `12,000`. */
export function grouped(n: number): string {
  const [int, frac] = String(n).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac !== undefined ? `.${frac}` : ""}`;
}

export function usdRange(range: { low: number; high: number }): string {
  return range.low === range.high ? usd(range.low) : `${usd(range.low)} to ${usd(range.high)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** A value as read from the profile, short enough for one line. */
export function showValue(value: unknown, max = 80): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One evidence line for `--explain`: pointer, value, and where it is (or that it was defaulted). */
export function describeEvidence(e: Evidence): string {
  const where = e.present
    ? e.line !== undefined
      ? ` (line ${e.line}, column ${e.column ?? 1})`
      : ""
    : e.line !== undefined
      ? ` (not in the file, so the default applies; the enclosing object is at line ${e.line})`
      : " (not in the file, so the default applies)";
  return `${e.pointer || "/"} = ${showValue(e.value)}${where}${e.note ? `: ${e.note}` : ""}`;
}

/** Why a finding stands, in one phrase, for `--explain`. */
export function basisPhrase(f: Finding): string {
  return f.basis === "unknown"
    ? "a fact that decides the section is unknown, so compliance cannot be shown"
    : "the facts as stated in the profile";
}

/** The `--explain` lines every format shares: what the rule checks, the basis, and the fields read. */
export function explainParts(f: Finding): { checks: string; basis: string; fields: string[] } {
  return { checks: `${f.title} (${f.section})`, basis: basisPhrase(f), fields: f.evidence.map(describeEvidence) };
}

export interface Totals {
  files: number;
  systems: number;
  systemsInScope: number;
  violation: number;
  risk: number;
  info: number;
  waived: number;
  baselined: number;
  failing: number;
}

/** Counts across all reports, with suppressed findings split by kind. */
export function totals(reports: readonly Report[], failOn: FailOn): Totals {
  const all = (pick: (r: Report) => number) => reports.reduce((n, r) => n + pick(r), 0);
  return {
    files: reports.length,
    systems: all((r) => r.summary.systems),
    systemsInScope: all((r) => r.summary.systemsInScope),
    violation: all((r) => r.summary.violation),
    risk: all((r) => r.summary.risk),
    info: all((r) => r.summary.info),
    waived: all((r) => r.suppressed.filter((s) => s.suppression.kind === "waiver").length),
    baselined: all((r) => r.suppressed.filter((s) => s.suppression.kind === "baseline").length),
    failing: all((r) => r.findings.filter((f) => failsRun(f, failOn)).length),
  };
}

/** `2 violations, 1 risk, 0 info`. */
export function severityCounts(t: Pick<Totals, Severity>): string {
  return `${plural(t.violation, "violation")}, ${plural(t.risk, "risk")}, ${t.info} info`;
}

/** How a suppressed finding was set aside, in words. */
export function suppressionPhrase(s: SuppressedFinding): string {
  return s.suppression.kind === "waiver"
    ? `waived until ${s.suppression.expires}, approved by ${s.suppression.approvedBy}: ${s.suppression.justification}`
    : "in the baseline (accepted before; only new findings fail)";
}

/** A section of a report for one system (or for the organization, when `systemId` is undefined). */
export interface SystemGroup {
  systemId?: string;
  name: string;
  inScope: boolean;
  excludedBy?: { ruleId: string; reason: string };
  findings: Finding[];
  suppressed: SuppressedFinding[];
  passed: number;
}

/**
 * Findings grouped by system in profile order, then findings about the organization as a whole.
 * One pass over the findings (bucketed by system id), so a large estate costs no more per system.
 */
export function groupBySystem(report: Report): SystemGroup[] {
  const findingsBy = bucket(report.findings, (f) => f.systemId);
  const suppressedBy = bucket(report.suppressed, (f) => f.systemId);
  const passedBy = new Map<string, number>();
  for (const p of report.passed) passedBy.set(p.systemId, (passedBy.get(p.systemId) ?? 0) + 1);
  const groups: SystemGroup[] = [];
  const known = new Set(report.applicability.map((a) => a.systemId));
  for (const a of report.applicability) {
    groups.push({
      systemId: a.systemId,
      name: a.systemName,
      inScope: a.inScope,
      ...(a.excludedBy ? { excludedBy: a.excludedBy } : {}),
      findings: findingsBy.get(a.systemId) ?? [],
      suppressed: suppressedBy.get(a.systemId) ?? [],
      passed: passedBy.get(a.systemId) ?? 0,
    });
  }
  // Findings for a system the applicability list does not name (hand-built reports): keep them visible.
  const strays = new Map<string, SystemGroup>();
  for (const f of [...report.findings, ...report.suppressed]) {
    if (f.systemId === undefined || known.has(f.systemId)) continue;
    const g = strays.get(f.systemId) ?? { systemId: f.systemId, name: f.systemName ?? f.systemId, inScope: true, findings: [], suppressed: [], passed: 0 };
    if ("suppression" in f) g.suppressed.push(f as SuppressedFinding);
    else g.findings.push(f);
    strays.set(f.systemId, g);
  }
  groups.push(...strays.values());
  const orgFindings = findingsBy.get(undefined) ?? [];
  const orgSuppressed = suppressedBy.get(undefined) ?? [];
  if (orgFindings.length + orgSuppressed.length > 0) {
    const passed = passedBy.get(ORGANIZATION_ID) ?? 0;
    groups.push({ name: "Organization as a whole", inScope: true, findings: orgFindings, suppressed: orgSuppressed, passed });
  }
  return groups;
}

/** Items by key, each list in input order. */
function bucket<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string | undefined, T[]> {
  const out = new Map<string | undefined, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The one date all reports share, if they do. */
export function commonAsOf(reports: readonly Report[]): string | undefined {
  const dates = new Set(reports.map((r) => r.asOf));
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** Severity → the word used in headings: `Violation`. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** ` (2 systems not counted: Illinois subjects unknown)`, or "" when every system was counted. */
export function uncountedSystems(e: ExposureEstimate): string {
  const n = e.systems.filter((s) => s.illinoisSubjects === "unknown").length;
  return n === 0 ? "" : ` (${plural(n, "system")} not counted: Illinois subjects unknown)`;
}

/** How a line was counted: `per-person`, or `per-person (low) / per-scan (high)` when the readings differ. */
export function countingPhrase(l: ExposureLine): string {
  return l.countingLow !== undefined && l.countingLow !== l.counting ? `${l.countingLow} (low) / ${l.counting} (high)` : l.counting;
}

/** ` Not counted: 3 findings (...)`, or "" when the estimate lists none. */
export function uncountedFindings(e: ExposureEstimate): string {
  const n = e.uncounted?.length ?? 0;
  return n === 0 ? "" : `Not counted in the figure: ${plural(n, "finding")} (risks, unknown facts, or no countable number of people).`;
}

/** The exposure line of a report with no system in scope. */
export const NOTHING_IN_SCOPE = "$0: no system is in scope, so no violation is counted (each system's scope finding says why)";
