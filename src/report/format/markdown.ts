import type { ExposureEstimate, InjunctionRiskView } from "../../exposure/types.js";
import { failsRun, type FailOn } from "../exit-code.js";
import { formatNotice } from "../notice.js";
import { DISCLAIMER, type Finding, type Report, type SuppressedFinding } from "../types.js";
import { VERSION } from "../../version.js";
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
  grouped,
  locationOf,
  plural,
  remedyTitles,
  totals,
  uncountedFindings,
  uncountedSystems,
  usdRange,
  NOTHING_IN_SCOPE,
} from "./shared.js";
import type { FormatOptions, Formatter } from "./types.js";
import { pushAll } from "../../util/push-all.js";

/**
 * Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict, a summary table,
 * findings per system with citations and remedies, waived and baselined findings apart, the
 * exposure estimate and injunction-risk view when present, and waiver or baseline notices.
 */
export const formatMarkdown: Formatter = (input, options = {}) => markdownLines(input, options).join("\n");

/** The Markdown format as lines (the last one empty), for output too large for one string. */
export function markdownLines(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  const reports = asList(input);
  const failOn = options.failOn ?? "violation";
  const t = totals(reports, failOn);
  const asOf = commonAsOf(reports);
  const out: string[] = [`## bipa-check: BIPA (740 ILCS 14) audit${asOf ? ` as of ${asOf}` : ""}`, ""];
  out.push(
    failOn === "never"
      ? `**Report only** (\`--fail-on never\`): ${plural(t.violation, "violation")}, ${plural(t.risk, "risk")}, ${t.info} info.`
      : t.failing > 0
        ? `**❌ Fails:** ${plural(t.failing, "finding")} at or above \`${failOn}\` (\`--fail-on ${failOn}\`).`
        : `**✅ Passes:** no finding at or above \`${failOn}\` (\`--fail-on ${failOn}\`).`,
    "",
    "| File | Organization | Systems (in scope) | Violations | Risks | Info | Waived | Baselined | Exposure (Sec. 20) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  for (const r of reports) {
    const waived = r.suppressed.filter((s) => s.suppression.kind === "waiver").length;
    const baselined = r.suppressed.length - waived;
    out.push(
      `| ${codeCell(r.file ?? "<input>")} | ${cell(r.organization.name)} | ${r.summary.systems} (${r.summary.systemsInScope}) | ${r.summary.violation} | ${r.summary.risk} | ${r.summary.info} | ${waived} | ${baselined} | ${r.exposure ? `${usdRange(r.exposure.totalUsd)}${uncountedSystems(r.exposure)}` : "not estimated"} |`,
    );
  }
  if (reports.length > 1) {
    out.push(
      `| **Total** | | ${t.systems} (${t.systemsInScope}) | ${t.violation} | ${t.risk} | ${t.info} | ${t.waived} | ${t.baselined} | |`,
    );
  }
  for (const r of reports) {
    out.push("");
    pushAll(out, reportSection(r, failOn, options));
  }
  const notices = options.notices ?? [];
  if (notices.length > 0) {
    out.push("", "### Waivers and baseline", "");
    pushAll(out, notices.map((n) => `- ${md(formatNotice(n))}`));
  }
  out.push("", "---", "", `_bipa-check ${reports[0]?.tool.version ?? VERSION}. ${md(reports[0]?.disclaimer ?? DISCLAIMER)}_`, "");
  return out;
}

function reportSection(report: Report, failOn: FailOn, options: FormatOptions): string[] {
  const out = [`### ${code(report.file ?? "<input>")}: ${md(report.organization.name)}`];
  for (const g of groupBySystem(report)) {
    const title = g.systemId === undefined ? md(g.name) : `${md(g.name)} (${code(g.systemId)})`;
    out.push("");
    if (!g.inScope) {
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
  if (report.suppressed.length > 0) {
    out.push("");
    pushAll(out, suppressedTable(report));
  }
  if (report.exposure && report.summary.systemsInScope === 0) out.push("", `#### Exposure (Sec. 20 estimate): ${NOTHING_IN_SCOPE}`);
  else if (report.exposure) {
    out.push("");
    pushAll(out, exposureSection(report.exposure));
  }
  if (report.injunctionRisk) {
    out.push("");
    pushAll(out, injunctionSection(report.injunctionRisk));
  }
  if (report.notes.length > 0) {
    out.push("", "#### Notes", "");
    pushAll(out, report.notes.map((n) => `- ${md(n)}`));
  }
  return out;
}

function findingItem(report: Report, f: Finding, failOn: FailOn, options: FormatOptions): string[] {
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

function suppressedTable(report: Report): string[] {
  const row = (s: SuppressedFinding) => {
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

function exposureSection(e: ExposureEstimate): string[] {
  const out = [
    `#### Exposure (Sec. 20 estimate): ${usdRange(e.totalUsd)}${uncountedSystems(e)}`,
    "",
    `> ${md(e.label)}`,
    "",
    `Look-back from ${e.lookbackStart} to ${lookbackEnd(e)}. Per violation: ${usdRange({ low: e.perViolationUsd.negligent, high: e.perViolationUsd.intentionalOrReckless })} (negligent to intentional or reckless). ${md(assumptionsPhrase(e))}.`,
  ];
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

function injunctionSection(v: InjunctionRiskView): string[] {
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
