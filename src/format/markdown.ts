import type { ExposureEstimate, InjunctionRiskView } from "../packs/bipa/exposure/types.js";
import { failsRun, type FailOn } from "../gate/exit-code.js";
import { formatNotice } from "../gate/notice.js";
import { DISCLAIMER, type ResolvedFinding, type PackSection, type Report, type ResolvedSuppressedFinding, type ReportView } from "../report/types.js";
import { VERSION } from "../version.js";
import type { PenaltyEstimate } from "../core/pack.js";
import { formatCount, formatUsd } from "../packs/bipa/exposure/words.js";
import { cell, code, codeCell, md } from "./rule-help.js";
import {
  apartPhrase,
  assumptionsPhrase,
  directionPhrase,
  lookbackEnd,
  stackingPhrase,
  asList,
  capitalize,
  citeRef,
  commonAsOf,
  countingPhrase,
  explainParts,
  groupBySystem,
  matrixRows,
  packViews,
  grouped,
  locationOf,
  plural,
  remedyTitles,
  totals,
  uncountedFindings,
  uncountedSystems,
  usdRange,
  nothingInScope,
  type SystemGroup,
  auditTitle,
} from "./shared.js";
import { fitToBudget, markdownBytes, type Layout } from "./markdown-budget.js";
import type { FormatOptions, Formatter } from "./types.js";
import { pushAll } from "../util/push-all.js";
import { toEstablish, verdict, type Verdict } from "./verdict.js";

/**
 * Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict, a summary table,
 * findings per system with citations and remedies, waived and baselined findings apart, the
 * exposure estimate and injunction-risk view when present, and waiver or baseline notices.
 *
 * With `markdownBudget`, the output stays within that many UTF-8 bytes: when the whole report does
 * not fit, the most severe findings are kept and a note says how many were left out and where the
 * complete report is (see markdown-budget.ts).
 */
export const formatMarkdown: Formatter = (input, options = {}) => markdownLines(input, options).join("\n");

/** The Markdown format as lines (the last one empty), for output too large for one string. */
export function markdownLines(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  const reports = asList(input);
  // Grouped once: a budgeted rendering is rendered a dozen times or more while it is fitted.
  const groups = new Map(reports.map((r) => [r, packParts(r, groupBySystem(r))] as const));
  const budget = options.markdownBudget;
  // Without a budget the output may be larger than one string can hold: lines, written one by one.
  if (budget === undefined) return renderLines(reports, groups, options);
  const shared = sharedParts(reports, options);
  const render = (layout?: Layout) => renderLines(reports, groups, options, layout, shared).join("\n");
  // The messages alone over budget: the whole report cannot fit, so do not render it to find out.
  let messages = 0;
  for (const r of reports) for (const f of r.findings) messages += f.message.length;
  if (messages <= budget) {
    const full = render();
    if (markdownBytes(full) <= budget) return [full];
  }
  return [fitToBudget(reports, budget, render, options)];
}

/**
 * The parts of the page that no layout changes (the verdict, each report's injunction section and
 * brief matrix line): a budgeted report is rendered a dozen times or more, and these read every
 * finding or every matrix cell.
 */
interface SharedParts {
  verdict: string;
  injunction: Map<ReportView, string[]>;
  matrixBrief: Map<ReportView, string[]>;
}

function sharedParts(reports: readonly ReportView[], options: FormatOptions): SharedParts {
  const failOn = options.failOn ?? "violation";
  return { verdict: verdictMarkdown(verdict(reports, failOn, options.maxRisks), failOn), injunction: new Map(), matrixBrief: new Map() };
}

/** `make()` the first time a report asks, the same lines after. */
function once(cache: Map<ReportView, string[]> | undefined, report: ReportView, make: () => string[]): string[] {
  if (!cache) return make();
  let lines = cache.get(report);
  if (!lines) cache.set(report, (lines = make()));
  return lines;
}

/** A report's findings by pack, then by system. */
type PackParts = ReadonlyArray<{ section: PackSection | undefined; groups: readonly SystemGroup[] }>;

/** One pack: its groups as given (the budget was planned on them); several: each pack's own groups. */
function packParts(report: ReportView, groups: readonly SystemGroup[]): PackParts {
  return report.packs.length > 1 ? packViews(report).map((v) => ({ section: v.section, groups: groupBySystem(v.report) })) : [{ section: report.packs[0], groups }];
}

function renderLines(reports: readonly ReportView[], groups: ReadonlyMap<ReportView, PackParts>, options: FormatOptions, layout?: Layout, shared?: SharedParts): string[] {
  const failOn = options.failOn ?? "violation";
  const t = totals(reports, failOn);
  const asOf = commonAsOf(reports);
  const out: string[] = [`## bipa-check: ${auditTitle(reports)} audit${asOf ? ` as of ${asOf}` : ""}`, ""];
  out.push(
    shared?.verdict ?? verdictMarkdown(verdict(reports, failOn, options.maxRisks), failOn),
    "",
    "| File | Organization | Systems (in scope) | Violations | Risks | Info | Waived | Baselined | Exposure (Sec. 20) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  const listed = layout ? reports.slice(0, layout.files) : reports;
  for (const r of listed) {
    const waived = r.suppressed.filter((s) => s.suppression.kind === "waiver").length;
    const baselined = r.suppressed.length - waived;
    out.push(
      `| ${codeCell(r.file ?? "<input>")} | ${cell(r.organization.name)} | ${r.summary.systems} (${r.summary.systemsInScope}) | ${r.summary.violation} | ${r.summary.risk} | ${r.summary.info} | ${waived} | ${baselined} | ${r.exposure ? `${usdRange(r.exposure.totalUsd)}${uncountedSystems(r.exposure)}` : "not estimated"} |`,
    );
  }
  if (listed.length < reports.length) out.push(`| _${plural(reports.length - listed.length, "more file")}_ | | | | | | | | |`);
  if (reports.length > 1) {
    out.push(
      `| **Total** | | ${t.systems} (${t.systemsInScope}) | ${t.violation} | ${t.risk} | ${t.info} | ${t.waived} | ${t.baselined} | |`,
    );
  }
  if (layout) out.push("", layout.note);
  for (const r of reports) {
    if (layout && !r.findings.some((f) => layout.shown.has(f))) continue;
    out.push("");
    pushAll(out, reportSection(r, groups.get(r) ?? packParts(r, groupBySystem(r)), failOn, options, layout, shared));
  }
  const notices = options.notices ?? [];
  const shownNotices = layout ? notices.slice(0, layout.notices) : notices;
  if (notices.length > 0) {
    out.push("", "### Waivers and baseline", "");
    pushAll(out, shownNotices.map((n) => `- ${md(formatNotice(n))}`));
    if (shownNotices.length < notices.length) out.push(`- _${plural(notices.length - shownNotices.length, "more notice")} not shown_`);
  }
  out.push("", "---", "", `_bipa-check ${reports[0]?.tool.version ?? VERSION}. ${md(reports[0]?.disclaimer ?? DISCLAIMER)}_`, "");
  return out;
}

/**
 * One profile's section. Under a budget (`layout`), only the systems with a finding kept are listed,
 * with those findings; the waived and baselined table, the exposure lines and the injunction
 * factors shrink to their one-line totals.
 */
function reportSection(report: ReportView, parts: PackParts, failOn: FailOn, options: FormatOptions, layout?: Layout, shared?: SharedParts): string[] {
  const out = [`### ${code(report.file ?? "<input>")}: ${md(report.organization.name)}`];
  pushAll(out, layout ? once(shared?.matrixBrief, report, () => matrixTable(report, true)) : matrixTable(report, false));
  for (const { section, groups: packGroups } of parts) {
    if (section) out.push("", `**${md(section.title)} (${md(section.citation)})**: ${packCountsMd(section)}`);
    const law = !section || section.id === "bipa" ? "BIPA" : md(section.citation);
    for (const g of packGroups) {
      const title = g.systemId === undefined ? md(g.name) : `${md(g.name)} (${code(g.systemId)})`;
      if (layout) {
        const shown = g.findings.filter((f) => layout.shown.has(f));
        if (shown.length === 0) continue;
        const hidden = g.findings.length - shown.length;
        out.push("", `#### ${title}${hidden > 0 ? ` (${plural(hidden, "more finding")} not shown)` : ""}`, "");
        for (const f of shown) pushAll(out, findingItem(report, f, failOn, options));
        continue;
      }
      out.push("");
      if (g.conditional) {
        out.push(`#### ${title}: whether ${law} applies is not established (section checks conditional)`);
      } else if (!g.inScope) {
        out.push(`#### ${title}: out of scope`);
      } else if (g.findings.length === 0) {
        out.push(`#### ${title}: no findings${g.passed > 0 ? ` (${plural(g.passed, "rule")} passed)` : ""}`);
        if (g.suppressed.length > 0) out.push("", `${plural(g.suppressed.length, "finding")} waived or baselined; listed below.`);
        continue;
      } else {
        out.push(`#### ${title}${g.passed > 0 ? ` (${plural(g.passed, "rule")} passed)` : ""}`);
      }
      out.push("");
      for (const f of g.findings) pushAll(out, findingItem(report, f, failOn, options));
    }
    if (section?.estimate) pushAll(out, estimateMd(section.estimate));
    // What the law's pack does not cover and what it leaves unsettled: said in every format, not only the JSON.
    if (section && section.notes.length > 0) pushAll(out, ["", `Notes on ${md(section.citation)}:`, "", ...section.notes.map((n) => `- ${md(n)}`)]);
  }
  if (report.suppressed.length > 0) {
    out.push("");
    pushAll(out, layout ? [`#### Waived and baselined findings (not failing): ${report.suppressed.length}, not listed here`] : suppressedTable(report));
  }
  if (report.exposure && report.summary.systemsInScope === 0) out.push("", `#### Exposure (Sec. 20 estimate): ${nothingInScope(report)}`);
  else if (report.exposure) {
    out.push("");
    pushAll(out, exposureSection(report.exposure, layout !== undefined));
  }
  if (report.injunctionRisk) {
    out.push("");
    const injunction = report.injunctionRisk;
    pushAll(out, layout ? once(shared?.injunction, report, () => injunctionSection(injunction, true)) : injunctionSection(injunction));
  }
  if (report.notes.length > 0) {
    out.push("", "#### Notes", "");
    pushAll(out, report.notes.map((n) => `- ${md(n)}`));
  }
  return out;
}

/** The applicability matrix as a table (under a budget: one line of counts). */
function matrixTable(report: ReportView, brief: boolean): string[] {
  const rows = matrixRows(report);
  if (rows.length === 0) return [];
  if (brief) {
    const applies = report.matrix.filter((c) => c.status === "applies").length;
    const unknown = report.matrix.filter((c) => c.status === "unknown").length;
    return ["", `Applicability: ${applies} of ${plural(rows.length, "law × system pair")} apply, ${unknown} unknown.`];
  }
  return [
    "",
    "| Law | System | Applies | Why |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${cell(r.law)} | ${cell(r.system)} (${code(r.systemId)}) | ${r.status} | ${cell(r.reason)} |`),
  ];
}

/** A plain pack's penalty estimate, each line with its arithmetic. */
function estimateMd(e: PenaltyEstimate): string[] {
  const money = (n: number) => (e.currency === "USD" ? formatUsd(n) : `EUR ${formatCount(n)}`);
  return [
    "",
    `Penalty estimate: ${money(e.low)} to ${money(e.high)}`,
    "",
    ...e.lines.map((l) => `- ${md(l.label)} (${md(l.section)}, recovered by ${l.recoveredBy === "regulator" ? "a regulator" : "private plaintiffs"}): ${md(l.arithmetic)}`),
    ...e.notes.map((n) => `- ${md(n)}`),
  ];
}

/** A pack's counts in a few words. */
function packCountsMd(section: PackSection): string {
  const s = section.summary;
  return `${grouped(s.systemsInScope)} of ${plural(s.systems, "system")} in scope; ${plural(s.violation, "violation")}, ${plural(s.risk, "risk")}, ${grouped(s.info)} info`;
}

function findingItem(report: ReportView, f: ResolvedFinding, failOn: FailOn, options: FormatOptions): string[] {
  const marker = failsRun(f, failOn) ? " (fails the run)" : "";
  const out = [
    `- **${capitalize(f.severity)}**${marker} ${code(f.ruleId)} · ${md(f.section)} · ${code(locationOf(report.file, f))}  `,
    `  ${md(f.message)}  `,
    `  _Authorities:_ ${f.authorities.map((a) => md(citeRef(a))).join("; ")}  `,
    `  _Remedies:_ ${remedyTitles(f.remedies).map(md).join("; ")}`,
  ];
  if (options.explain) {
    const { checks, basis, fields } = explainParts(f);
    out.push("", "  <details><summary>Why it fired</summary>", "", `  Checks: ${md(checks)}. Basis: ${md(basis)}. Fields read:`, "");
    pushAll(
      out,
      fields.map((line) => `  - ${md(line)}`),
    );
    out.push("", "  </details>");
  }
  return out;
}

function suppressedTable(report: ReportView): string[] {
  const row = (s: ResolvedSuppressedFinding) => {
    const status =
      s.suppression.kind === "waiver"
        ? `Waived until ${s.suppression.expires} by ${cell(s.suppression.approvedBy)}: ${cell(s.suppression.justification)}`
        : "Baselined (only new findings fail)";
    return `| ${cell(s.systemName ?? "Organization")} | ${codeCell(s.ruleId)} | ${s.severity} | ${codeCell(locationOf(report.file, s))} | ${cell(s.message)} | ${status} |`;
  };
  return [
    "#### Waived and baselined findings (not failing)",
    "",
    "| System | Rule | Severity | Location | Finding | Status |",
    "| --- | --- | --- | --- | --- | --- |",
    ...report.suppressed.map(row),
  ];
}

/** The exposure estimate; `brief`: its total, label and method only, without the line per finding. */
function exposureSection(e: ExposureEstimate, brief = false): string[] {
  const out = [
    `#### Exposure (Sec. 20 estimate): ${usdRange(e.totalUsd)}${uncountedSystems(e)}`,
    "",
    `> ${md(e.label)}`,
    "",
    `Look-back from ${e.lookbackStart} to ${lookbackEnd(e)}. Per violation: ${usdRange({ low: e.perViolationUsd.negligent, high: e.perViolationUsd.intentionalOrReckless })} (negligent to intentional or reckless). ${md(assumptionsPhrase(e))}.`,
  ];
  if (brief) return out;
  const stacking = stackingPhrase(e);
  if (stacking) out.push("", md(stacking));
  const apart = apartPhrase(e);
  if (apart) out.push("", md(apart));
  const row = (s: ExposureEstimate["systems"][number], l: ExposureEstimate["systems"][number]["lines"][number], tag = "") =>
    `| ${cell(s.systemName)} | ${s.illinoisSubjects === "unknown" ? "unknown" : `${grouped(s.illinoisSubjects)}${s.illinoisSubjectsHigh !== undefined ? ` to ${grouped(s.illinoisSubjectsHigh)}` : ""}`} | ${codeCell(l.ruleId)} | ${tag}${cell(l.section)}${l.recipient !== undefined ? ` to ${cell(l.recipient)}` : ""} | ${countingPhrase(l)} | ${usdRange(l.amountUsd)} | ${cell(l.apartReason ? `${l.apartReason}. ${l.arithmetic}` : l.arithmetic)} |`;
  const lines = e.systems.flatMap((s) => [...s.lines.map((l) => row(s, l)), ...(s.apart ?? []).map((l) => row(s, l, "apart, not in the total: "))]);
  if (lines.length > 0) {
    out.push("", "| System | Illinois subjects | Rule | Section | Counting | Amount | Arithmetic |", "| --- | ---: | --- | --- | --- | --- | --- |");
    pushAll(out, lines);
  }
  const uncounted = uncountedFindings(e);
  if (uncounted) out.push("", uncounted);
  if (e.notes.length > 0) {
    out.push("");
    pushAll(out, e.notes.map((n) => `- ${md(n)}`));
  }
  return out;
}

/** The injunction-risk view; `brief`: its heading and summary only (the factors table is left out). */
function injunctionSection(v: InjunctionRiskView, brief = false): string[] {
  if (brief) return [`#### Injunction risk: ${v.level}`, "", md(v.summary)];
  return [
    `#### Injunction risk: ${v.level}`,
    "",
    md(v.summary),
    "",
    "| Factor | Present | Points | Systems |",
    "| --- | --- | --- | --- |",
    ...v.factors.map(
      (f) =>
        `| ${cell(f.description)} | ${f.present ? "yes" : f.unknown ? "not established" : "no"} | ${directionPhrase(f)} | ${f.systemIds.map(codeCell).join(", ")} |`,
    ),
    ...(v.measuresTaken.length > 0 ? ["", `Measures taken: ${v.measuresTaken.map(md).join("; ")}.`] : []),
  ];
}

/** The verdict paragraph: never a bare pass while findings rest on unknown facts. */
function verdictMarkdown(v: Verdict, failOn: FailOn): string {
  const t = v.totals;
  const unknown = v.unknown.findings > 0 ? ` ${capitalize(toEstablish(v.unknown))}.` : "";
  switch (v.kind) {
    case "report-only":
      return `**Report only** (\`--fail-on never\`): ${plural(t.violation, "violation")}, ${plural(t.risk, "risk")}, ${grouped(t.info)} info.${unknown}`;
    case "fail":
      return `**❌ Fails:** ${[
        ...(t.failing > 0 ? [`${plural(t.failing, "finding")} at or above \`${failOn}\` (\`--fail-on ${failOn}\`)`] : []),
        ...(v.tooManyRisks !== undefined ? [`${plural(t.risk, "risk")}, more than \`--max-risks ${v.tooManyRisks}\``] : []),
      ].join("; ")}.${v.unknown.failing > 0 ? unknown : ""}`;
    case "not-established":
      return `**⚠️ Not established:** no finding at or above \`${failOn}\` (\`--fail-on ${failOn}\`), but ${toEstablish(v.unknown)}. The gate lets this through; compliance has not been shown. Establish the facts, or gate with \`--fail-on risk\`.`;
    case "pass":
      return `**✅ Passes:** no finding at or above \`${failOn}\` (\`--fail-on ${failOn}\`).`;
  }
}
