import { VERSION } from "../version.js";
import { failsRun, type FailOn } from "../gate/exit-code.js";
import { formatNotice } from "../gate/notice.js";
import type { Report, ResolvedFinding, PackSection, ReportView, ResolvedSuppressedFinding } from "../report/types.js";
import type { PenaltyEstimate } from "../core/pack.js";
import { formatCount, formatUsd } from "../packs/bipa/exposure/words.js";
import type { ExposureEstimate, InjunctionRiskView } from "../packs/bipa/exposure/types.js";
import { paint, type Paint } from "./ansi.js";
import { mapStrings } from "./escape-terminal.js";
import {
  apartPhrase,
  assumptionsPhrase,
  directionPhrase,
  lookbackEnd,
  stackingPhrase,
  asList,
  reportList,
  commonAsOf,
  countingPhrase,
  explainParts,
  groupBySystem,
  grouped,
  matrixRows,
  packViews,
  locationOf,
  plural,
  remedyTitles,
  severityCounts,
  suppressionPhrase,
  uncountedFindings,
  uncountedSystems,
  usdRange,
  type SystemGroup,
  nothingInScope,
  auditTitle,
} from "./shared.js";
import type { FormatOptions, Formatter } from "./types.js";
import { pushAll } from "../util/push-all.js";
import { verdict, verdictLine } from "./verdict.js";

/**
 * Human-readable text for terminals and CI logs: grouped by file and system, each finding with
 * `file:line:column`, severity, rule id, section, message and remedy titles, then a summary line.
 */
export const formatText: Formatter = (input, options = {}) => `${textLines(input, options).join("\n")}\n`;

/** The text format as lines (without their newlines), for output too large for one string. */
export function textLines(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  // Every string in the reports and notices came from input or from bipa-check: all reach the terminal
  // escaped. Escaped before they are resolved, so that a rule's authorities, which every finding of
  // the rule shares once resolved, are escaped once, not once a finding (the same text either way).
  const reports = asList(reportList(input).map((r) => mapStrings(r)));
  const failOn = options.failOn ?? "violation";
  const p = paint(options.color ?? false);
  const out: string[] = [];
  const asOf = commonAsOf(reports);
  out.push(p.bold(`bipa-check ${reports[0]?.tool.version ?? VERSION} · ${auditTitle(reports)} audit${asOf ? ` as of ${asOf}` : ""}`));
  if (!options.quiet && reports[0]) out.push(p.dim(reports[0].disclaimer));

  for (const report of reports) {
    const lines = options.quiet ? quietReport(report, failOn, p) : fullReport(report, failOn, p, options);
    if (lines.length > 0) {
      out.push("");
      pushAll(out, lines);
    }
  }

  const notices = mapStrings(options.notices ?? []);
  if (notices.length > 0 && !options.quiet) {
    out.push("", p.bold("Waivers and baseline"));
    pushAll(out, notices.map((n) => `  ${p.yellow(formatNotice(n))}`));
  }

  out.push("", summaryLine(reports, failOn, p, options.maxRisks));
  return out;
}

function fileHeading(report: ReportView, p: Paint): string {
  return p.bold(`${report.file ?? "<input>"}: ${report.organization.name} (${report.organization.entityType})`);
}

function fullReport(report: ReportView, failOn: FailOn, p: Paint, options: FormatOptions): string[] {
  const out = [fileHeading(report, p)];
  pushAll(out, matrixBlock(report));
  for (const { section, report: view } of packViews(report)) {
    if (section) out.push("", `  ${p.bold(`${section.title} (${section.citation})`)}: ${packCounts(section)}`);
    const law = !section || section.id === "bipa" ? "BIPA" : section.citation;
    for (const group of groupBySystem(view)) pushAll(out, systemBlock(view, group, failOn, p, options, law));
    if (section?.estimate) pushAll(out, estimateLines(section.estimate));
    // What the law's pack does not cover and what it leaves unsettled: said in every format, not only the JSON.
    if (section && section.notes.length > 0) pushAll(out, ["", `  Notes on ${section.citation}:`, ...section.notes.map((n) => `    - ${n}`)]);
  }
  // With nothing in scope there is nothing to count: one line instead of the method and its caveats.
  if (report.exposure && report.summary.systemsInScope === 0) out.push("", `  Exposure (Sec. 20 estimate): ${nothingInScope(report)}`);
  else if (report.exposure) {
    out.push("");
    pushAll(out, exposureBlock(report.exposure));
  }
  if (report.injunctionRisk) {
    out.push("");
    pushAll(out, injunctionBlock(report.injunctionRisk));
  }
  if (report.notes.length > 0) {
    out.push("", "  Notes:");
    pushAll(out, report.notes.map((n) => `    - ${n}`));
  }
  return out;
}

/** The applicability matrix: one line per law and system (none for a report without one). */
function matrixBlock(report: ReportView): string[] {
  const rows = matrixRows(report);
  if (rows.length === 0) return [];
  return ["", "  Applicability (law × system):", ...rows.map((r) => `    ${r.law} · ${r.system} (${r.systemId}): ${r.status}${r.reason ? `. ${r.reason}` : ""}`)];
}

/** A pack's counts in a few words. */
function packCounts(section: PackSection): string {
  const s = section.summary;
  return `${grouped(s.systemsInScope)} of ${plural(s.systems, "system")} in scope; ${plural(s.violation, "violation")}, ${plural(s.risk, "risk")}, ${grouped(s.info)} info`;
}

/** A plain pack's penalty estimate, each line with its arithmetic. */
function estimateLines(e: PenaltyEstimate): string[] {
  const money = (n: number) => (e.currency === "USD" ? formatUsd(n) : `EUR ${formatCount(n)}`);
  return [
    "",
    `  Penalty estimate: ${money(e.low)} to ${money(e.high)}`,
    ...e.lines.map((l) => `    ${l.label} (${l.section}, recovered by ${l.recoveredBy === "regulator" ? "a regulator" : "private plaintiffs"}): ${l.arithmetic}`),
    ...e.notes.map((n) => `    - ${n}`),
  ];
}

function quietReport(report: ReportView, failOn: FailOn, p: Paint): string[] {
  const failing = report.findings.filter((f) => failsRun(f, failOn));
  if (failing.length === 0) return [];
  const out = [fileHeading(report, p)];
  for (const group of groupBySystem(report)) {
    const mine = group.findings.filter((f) => failsRun(f, failOn));
    if (mine.length === 0) continue;
    out.push(`  ${p.bold(systemTitle(group))}`);
    for (const f of mine) pushAll(out, findingLines(report, f, failOn, p, {}));
  }
  return out;
}

function systemTitle(group: SystemGroup): string {
  return group.systemId === undefined ? group.name : `${group.name} (${group.systemId})`;
}

function systemBlock(report: ReportView, group: SystemGroup, failOn: FailOn, p: Paint, options: FormatOptions, law = "BIPA"): string[] {
  const title = systemTitle(group);
  const out: string[] = [""];
  if (group.conditional) {
    out.push(`  ${p.bold(title)}: ${p.yellow(`whether ${law} applies is not established`)} (the section checks are conditional: see the scope finding)`);
  } else if (!group.inScope) {
    const by = group.excludedBy ? ` by ${group.excludedBy.ruleId}` : "";
    out.push(`  ${p.bold(title)}: out of scope (excluded${by})`);
  } else if (group.findings.length === 0 && group.suppressed.length === 0) {
    out.push(`  ${p.bold(title)}: ${p.green("no findings")}${group.passed > 0 ? `; ${plural(group.passed, "rule")} passed` : ""}`);
    return out;
  } else {
    out.push(`  ${p.bold(title)}${group.passed > 0 ? p.dim(` (${plural(group.passed, "rule")} passed)`) : ""}`);
  }
  for (const f of group.findings) pushAll(out, findingLines(report, f, failOn, p, options));
  for (const s of group.suppressed) pushAll(out, suppressedLines(report, s, p, options));
  return out;
}

function headLine(report: ReportView, f: ResolvedFinding, p: Paint, tag = ""): string {
  return `    ${tag}${p.dim(locationOf(report.file, f))}  ${p.severity(f.severity, f.severity.padEnd(9))}  ${f.ruleId}  ${p.dim(f.section)}`;
}

function findingLines(report: ReportView, f: ResolvedFinding, failOn: FailOn, p: Paint, options: FormatOptions): string[] {
  const out = [headLine(report, f, p)];
  out.push(`      ${f.message}`);
  if (f.remedies.length > 0) out.push(`      Remedies: ${remedyTitles(f.remedies).join("; ")}`);
  if (options.explain) pushAll(out, explainLines(f, failOn));
  return out;
}

function suppressedLines(report: ReportView, s: ResolvedSuppressedFinding, p: Paint, options: FormatOptions): string[] {
  const tag = s.suppression.kind === "waiver" ? "[waived] " : "[baselined] ";
  const out = [headLine(report, s, p, p.dim(tag)), `      ${s.message}`, `      ${p.dim(capitalizeFirst(suppressionPhrase(s)))}`];
  if (options.explain) pushAll(out, explainLines(s, undefined));
  return out;
}

function explainLines(f: ResolvedFinding, failOn: FailOn | undefined): string[] {
  const { checks, basis, fields } = explainParts(f);
  const out = [`      Checks: ${checks}`, `      Basis: ${basis}`, "      Fields read:", ...fields.map((line) => `        ${line}`)];
  if (failOn !== undefined) {
    out.push(`      Fails the run: ${failsRun(f, failOn) ? "yes" : "no"} (--fail-on ${failOn})`);
  }
  return out;
}

function exposureBlock(e: ExposureEstimate): string[] {
  const out = [
    `  Exposure (Sec. 20 estimate): ${usdRange(e.totalUsd)}${uncountedSystems(e)}`,
    `    ${e.label}`,
    `    Look-back from ${e.lookbackStart} to ${lookbackEnd(e)}; per violation ${usdRange({ low: e.perViolationUsd.negligent, high: e.perViolationUsd.intentionalOrReckless })} (negligent to intentional or reckless); ${assumptionsPhrase(e)}`,
  ];
  const stacking = stackingPhrase(e);
  if (stacking) out.push(`    ${stacking}`);
  const apart = apartPhrase(e);
  if (apart) out.push(`    ${apart}`);
  for (const s of e.systems) {
    out.push(
      s.illinoisSubjects === "unknown"
        ? `    ${s.systemName} (${s.systemId}): no figure (the number of Illinois subjects is unknown)`
        : `    ${s.systemName} (${s.systemId}): ${usdRange(s.totalUsd)}; ${s.illinoisSubjectsHigh !== undefined ? `${grouped(s.illinoisSubjects)} to ${plural(s.illinoisSubjectsHigh, "Illinois subject")}` : plural(s.illinoisSubjects, "Illinois subject")}`,
    );
    for (const l of s.lines) {
      const recipient = l.recipient !== undefined ? ` to ${l.recipient}` : "";
      out.push(`      ${l.section}${recipient} (${l.ruleId}): ${usdRange(l.amountUsd)} [${countingPhrase(l)}] ${l.arithmetic}`);
    }
    for (const l of s.apart ?? []) {
      const recipient = l.recipient !== undefined ? ` to ${l.recipient}` : "";
      out.push(`      counted apart, not in the total: ${l.section}${recipient} (${l.ruleId}): ${usdRange(l.amountUsd)} [${countingPhrase(l)}] ${l.apartReason ?? ""}. ${l.arithmetic}`);
    }
  }
  const uncounted = uncountedFindings(e);
  if (uncounted) out.push(`    ${uncounted}`);
  for (const n of e.notes) out.push(`    - ${n}`);
  return out;
}

function injunctionBlock(v: InjunctionRiskView): string[] {
  const out = [`  Injunction risk: ${v.level}`, `    ${v.summary}`];
  for (const f of v.factors) {
    const direction = directionPhrase(f);
    const systems = f.systemIds.length > 0 ? ` [${f.systemIds.join(", ")}]` : "";
    out.push(`    ${f.present ? "present" : f.unknown ? "unknown" : "absent "}  ${direction}: ${f.description}${systems}`);
  }
  if (v.measuresTaken.length > 0) out.push(`    Measures taken: ${v.measuresTaken.join("; ")}`);
  return out;
}

function summaryLine(reports: readonly ReportView[], failOn: FailOn, p: Paint, maxRisks: number | undefined): string {
  const v = verdict(reports, failOn, maxRisks);
  const t = v.totals;
  const line = verdictLine(v, failOn);
  const painted =
    v.kind === "report-only" ? p.dim(line) : v.kind === "fail" ? p.red(p.bold(line)) : v.kind === "not-established" ? p.yellow(p.bold(line)) : p.green(line);
  return [
    `Summary: ${plural(t.files, "file")}`,
    `${plural(t.systems, "system")} (${grouped(t.systemsInScope)} in scope)`,
    severityCounts(t),
    `${t.waived} waived, ${t.baselined} baselined`,
    painted,
  ].join(" · ");
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
