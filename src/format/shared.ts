import { remedyTitleOf } from "../packs/index.js";
import { ORGANIZATION_ID } from "../audit.js";
import { failsRun, type FailOn } from "../gate/exit-code.js";
import type { ExposureEstimate, ExposureLine, InjunctionFactor } from "../packs/bipa/exposure/types.js";
import { packFindings, type AuthorityRef, type Evidence, type ResolvedFinding, type MatrixCell, type PackSection, type Report, type Severity, type ResolvedSuppressedFinding, type ReportView } from "../report/types.js";
import { pushAll } from "../util/push-all.js";
import { resolveReport } from "../core/resolve.js";
import { formatCount, formatUsd } from "../packs/bipa/exposure/words.js";

/** One report or several → a list, as given. */
export function reportList(reports: Report | readonly Report[]): readonly Report[] {
  return Array.isArray(reports) ? (reports as readonly Report[]) : [reports as Report];
}

/** One report or several → views with their findings resolved (titles, authorities, names, locations): what a reader sees. */
export function asList(reports: Report | readonly Report[]): readonly ReportView[] {
  return reportList(reports).map((r) => resolveReport(r));
}

/** Where a finding is, as `file:line:column` (or `file` when the line is unknown). */
export function locationOf(file: string | undefined, finding: ResolvedFinding): string {
  const name = file ?? "<input>";
  return finding.location.line !== undefined ? `${name}:${finding.location.line}:${finding.location.column ?? 1}` : name;
}

/** The titles of remedy ids of any shipped pack (an unknown id stands for itself). */
export function remedyTitles(ids: readonly string[]): string[] {
  return ids.map(remedyTitleOf);
}

/** `Thornley v. Clearview AI, Inc., 984 F.3d 1241 (7th Cir. 2021)`; statutes by their name; unverified ones labelled. */
export function citeRef(a: AuthorityRef): string {
  // Dockets often carry the court already ("No. 2020CH04353 (Cir. Ct. Cook County)"): then give the year alone.
  const court = a.court && !a.citation.includes(a.court) ? `${a.court} ` : "";
  const base = a.kind === "statute" || a.kind === "public-act" ? a.name : `${a.name}, ${a.citation} (${court}${a.year})`;
  return a.status === "UNVERIFIED" && !base.includes("[UNVERIFIED]") ? `${base} [UNVERIFIED]` : base;
}

/** Whole dollars with thousands separators, independent of locale: `$1,234,000` (formatUsd: never an exponent). */
export function usd(amount: number): string {
  return formatUsd(amount);
}

/** A count with thousands separators, independent of locale: `12,000`; a fraction keeps its decimals. Never an exponent. */
export function grouped(n: number): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) return formatCount(n);
  const fixed = Math.abs(n) < 1e-6 ? n.toFixed(20).replace(/0+$/, "") : String(n);
  const [int, frac] = fixed.split(".");
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
export function basisPhrase(f: ResolvedFinding): string {
  return f.basis === "unknown"
    ? "a fact that decides the section is unknown, so compliance cannot be shown"
    : "the facts as stated in the profile";
}

/** The `--explain` lines every format shares: what the rule checks, the basis, and the fields read. */
export function explainParts(f: ResolvedFinding): { checks: string; basis: string; fields: string[] } {
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
  return `${plural(t.violation, "violation")}, ${plural(t.risk, "risk")}, ${grouped(t.info)} info`;
}

/** How a suppressed finding was set aside, in words. */
export function suppressionPhrase(s: ResolvedSuppressedFinding): string {
  return s.suppression.kind === "waiver"
    ? `waived until ${s.suppression.expires}, approved by ${s.suppression.approvedBy}: ${s.suppression.justification}`
    : "in the baseline (accepted before; only new findings fail)";
}

/** A section of a report for one system (or for the organization, when `systemId` is undefined). */
export interface SystemGroup {
  systemId?: string;
  name: string;
  inScope: boolean;
  /** Whether the law's reach is unknown, so the section checks are conditional (applicability status "unknown"). */
  conditional?: boolean;
  excludedBy?: { ruleId: string; reason: string };
  findings: ResolvedFinding[];
  suppressed: ResolvedSuppressedFinding[];
  passed: number;
}

/** Findings grouped by system in profile order, then findings about the organization as a whole. One pass over each list. */
export function groupBySystem(report: ReportView): SystemGroup[] {
  const groups: SystemGroup[] = [];
  const bySystem = new Map<string, SystemGroup>();
  for (const a of report.applicability) {
    const group: SystemGroup = {
      systemId: a.systemId,
      name: a.systemName,
      inScope: a.inScope,
      ...(a.status === "unknown" ? { conditional: true } : {}),
      ...(a.excludedBy ? { excludedBy: a.excludedBy } : {}),
      findings: [],
      suppressed: [],
      passed: 0,
    };
    groups.push(group);
    if (!bySystem.has(a.systemId)) bySystem.set(a.systemId, group);
  }
  // Findings for a system the applicability list does not name (hand-built reports): keep them visible.
  const strays: SystemGroup[] = [];
  const isStray = new Set<SystemGroup>();
  const groupOf = (f: ResolvedFinding): SystemGroup | undefined => {
    if (f.systemId === undefined) return undefined;
    let g = bySystem.get(f.systemId);
    if (!g) {
      g = { systemId: f.systemId, name: f.systemName ?? f.systemId, inScope: true, findings: [], suppressed: [], passed: 0 };
      bySystem.set(f.systemId, g);
      strays.push(g);
      isStray.add(g);
    }
    return g;
  };
  const orgFindings: ResolvedFinding[] = [];
  const orgSuppressed: ResolvedSuppressedFinding[] = [];
  for (const f of report.findings) {
    const g = groupOf(f);
    if (g) g.findings.push(f);
    else orgFindings.push(f);
  }
  for (const f of report.suppressed) {
    const g = groupOf(f);
    if (g) g.suppressed.push(f);
    else orgSuppressed.push(f);
  }
  let orgPassed = 0;
  for (const p of report.passed) {
    if (p.systemId === ORGANIZATION_ID) orgPassed++;
    const g = bySystem.get(p.systemId);
    if (g && !isStray.has(g)) g.passed++;
  }
  pushAll(groups, strays);
  if (orgFindings.length + orgSuppressed.length > 0) {
    groups.push({ name: "Organization as a whole", inScope: true, findings: orgFindings, suppressed: orgSuppressed, passed: orgPassed });
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

/** The assumptions the estimate used, in one phrase: the amendment, the forum and the filing date. */
export function assumptionsPhrase(e: ExposureEstimate): string {
  const amendment =
    e.amendmentAppliesToPendingClaims === "unknown" ? "unknown (both readings in the range)" : e.amendmentAppliesToPendingClaims ? "yes" : "no";
  const forum = e.forum !== undefined ? `; forum: ${e.forum === "illinois-state" ? "Illinois state court" : e.forum === "federal" ? "federal court" : e.forum}` : "";
  const filed = e.assumedFilingDate !== undefined && e.assumedFilingDate !== e.asOf ? `; suit assumed filed ${e.assumedFilingDate}` : "";
  return `PA 103-0769 applied to pending claims: ${amendment}${forum}${filed}`;
}

/** The last day of the look-back: the earlier of the evaluation date and the assumed filing date. */
export function lookbackEnd(e: ExposureEstimate): string {
  return e.assumedFilingDate !== undefined && e.assumedFilingDate < e.asOf ? e.assumedFilingDate : e.asOf;
}

/** How the total reads the unsettled stacking question, or "" when only one section is counted. */
export function stackingPhrase(e: ExposureEstimate): string {
  const s = e.stacking;
  if (!s || s.bySection.length < 2) return "";
  // The section with the largest low need not have the largest high: name each end's own.
  const { low, high } = s.largestSection;
  const largest = low === high ? `the largest single section, ${low}` : `the largest single section, ${low} at the low end and ${high} at the high end`;
  return `Low figure: sections not stacked (${largest}: ${usdRange({ low: s.noStackingUsd.low, high: s.noStackingUsd.high })}); high figure: every section stacked (${usdRange(s.stackedUsd)}). Whether one person recovers under several sections is unsettled.`;
}

/** Lines counted apart (likely preempted), summed, or "" when there are none. */
export function apartPhrase(e: ExposureEstimate): string {
  return e.apartUsd ? `Counted apart, not in the total (likely preempted: bargaining-unit groups under a CBA): ${usdRange(e.apartUsd)}.` : "";
}

/** How the Clearview court treated an injunction factor, in words. */
export function directionPhrase(f: InjunctionFactor): string {
  switch (f.direction) {
    case "not-a-factor":
      return "not a factor either way";
    case "argued-rejected":
      return "argued and rejected";
    case "against-harm":
      return "against irreparable harm";
    case "toward-harm":
      return "toward irreparable harm";
    default:
      return f.pointsToHarm ? "toward irreparable harm" : "against irreparable harm";
  }
}

/** The exposure line of a report with no system in scope. */
export const NOTHING_IN_SCOPE = "$0: no system is shown to be in scope, so no violation is counted (each system's scope finding says why)";

/**
 * The estimate's line when nothing is in scope. Where the scope of some system is unknown, $0 is what
 * the facts stated count, not a finding that nothing is owed: the line says so (bipa-reference.md §2.1,
 * §5.1: scope turns on facts the profile leaves open).
 */
export function nothingInScope(report: Pick<ReportView, "applicability">): string {
  const open = report.applicability.filter((a) => a.status === "unknown").length;
  if (open === 0) return NOTHING_IN_SCOPE;
  return `$0 counted, not established: whether BIPA reaches ${open === report.applicability.length ? (open === 1 ? "the system" : `any of the ${grouped(open)} systems`) : `${grouped(open)} of the ${grouped(report.applicability.length)} systems`} is unknown, and ${open === 1 ? "its" : "their"} findings are counted only once the facts that decide it are stated (each system's scope finding names them)`;
}

/** A report as one pack's section sees it: the pack's applicability, findings, passed rules (and the section). */
export interface PackView {
  section?: PackSection;
  report: ReportView;
}

/**
 * The report split by pack, in run order, each part shaped like a report of that pack alone (BIPA's
 * exposure and injunction view stay on the BIPA part only). A report without sections is one part.
 */
export function packViews(report: ReportView): PackView[] {
  if (report.packs.length === 0) return [{ report }];
  return report.packs.map((section) => {
    const own = <F extends { ruleId: string }>(list: readonly F[]) => packFindings(list, section.id);
    const { exposure, injunctionRisk, ...rest } = report;
    const view: ReportView = {
      ...rest,
      applicability: section.applicability,
      findings: own(report.findings),
      suppressed: own(report.suppressed),
      passed: section.passed,
      ...(section.notEngaged ? { notEngaged: section.notEngaged } : {}),
      ...(section.id === "bipa" && exposure ? { exposure } : {}),
      ...(section.id === "bipa" && injunctionRisk ? { injunctionRisk } : {}),
    };
    if (!section.notEngaged) delete view.notEngaged;
    return { section, report: view };
  });
}

/** How the matrix says each status. */
export const MATRIX_STATUS: Readonly<Record<MatrixCell["status"], string>> = {
  applies: "applies",
  "does-not-apply": "does not apply",
  unknown: "unknown",
};

/** The applicability matrix as rows: law, system, status in words, and why. */
export function matrixRows(report: ReportView): Array<{ law: string; packId: string; system: string; systemId: string; status: string; reason: string }> {
  const titles = new Map(report.packs.map((p) => [p.id, `${p.title} (${p.citation})`]));
  return report.matrix.map((c) => ({
    law: titles.get(c.packId) ?? c.law ?? c.packId,
    packId: c.packId,
    system: c.systemName,
    systemId: c.systemId,
    status: MATRIX_STATUS[c.status],
    reason: c.reason,
  }));
}

/** The law the report is headed by: BIPA when its pack ran for any report, else biometric privacy in general. */
export function auditTitle(reports: ReadonlyArray<{ packs: ReadonlyArray<{ id: string }> }>): string {
  return reports.length === 0 || reports.some((r) => r.packs.length === 0 || r.packs.some((p) => p.id === "bipa")) ? "BIPA (740 ILCS 14)" : "Biometric privacy";
}
