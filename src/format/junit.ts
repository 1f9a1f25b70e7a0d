import { ORGANIZATION_ID } from "../audit.js";
import { failsRun, type FailOn } from "../gate/exit-code.js";
import type { Report, ResolvedFinding, ReportView, ResolvedSuppressedFinding } from "../report/types.js";
import { asList, citeRef, locationOf, matrixRows, packViews, remedyTitles, suppressionPhrase, totals } from "./shared.js";
import { riskCapReason } from "./verdict.js";
import type { FormatOptions, Formatter } from "./types.js";
import { escapeTerminalLines } from "./escape-terminal.js";
import { xmlAttr as xmlAttrRaw, xmlText as xmlTextRaw } from "./xml.js";
import { pushAll } from "../util/push-all.js";

/*
 * CI test viewers (GitLab's Tests tab, Jenkins, Azure DevOps) show these texts as they are. Besides
 * the XML escaping, every string gets the text format's visible escapes (newlines kept): a bidi
 * override such as U+202E reads `\u{202E}` instead of reversing a system name on the page, and an
 * ESC reads `\x1B` instead of vanishing without trace (XML 1.0 cannot carry it).
 */
const xmlText = (value: string): string => xmlTextRaw(escapeTerminalLines(value));
const xmlAttr = (value: string): string => xmlAttrRaw(escapeTerminalLines(value));

interface Case {
  ruleId: string;
  systemId: string;
  systemName: string;
  findings: ResolvedFinding[];
  suppressed: ResolvedSuppressedFinding[];
}

/** The test cases of one report: one per rule and system that ran, findings or not, in a stable order. */
function casesOf(report: ReportView): Case[] {
  const cases = new Map<string, Case>();
  const names = new Map(report.applicability.map((a) => [a.systemId, a.systemName]));
  const get = (ruleId: string, systemId: string, systemName?: string): Case => {
    const key = `${systemId}\u0000${ruleId}`;
    let c = cases.get(key);
    if (!c) {
      c = { ruleId, systemId, systemName: systemName ?? names.get(systemId) ?? systemId, findings: [], suppressed: [] };
      cases.set(key, c);
    }
    return c;
  };
  // Organization rules have no system; the engine lists their passes under ORGANIZATION_ID.
  for (const f of report.findings) get(f.ruleId, f.systemId ?? ORGANIZATION_ID, f.systemName ?? "Organization").findings.push(f);
  for (const s of report.suppressed) get(s.ruleId, s.systemId ?? ORGANIZATION_ID, s.systemName ?? "Organization").suppressed.push(s);
  for (const p of report.passed) get(p.ruleId, p.systemId);
  const order = new Map<string, number>(report.applicability.map((a, i) => [a.systemId, i]));
  order.set(ORGANIZATION_ID, report.applicability.length);
  return [...cases.values()].sort(
    (a, b) =>
      (order.get(a.systemId) ?? -1) - (order.get(b.systemId) ?? -1) ||
      (a.systemId < b.systemId ? -1 : a.systemId > b.systemId ? 1 : 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

function findingText(report: ReportView, f: ResolvedFinding): string {
  return [
    `${locationOf(report.file, f)}: ${f.severity} ${f.ruleId} (${f.section})`,
    f.message,
    `Authorities: ${f.authorities.map(citeRef).join("; ")}`,
    `Remedies: ${remedyTitles(f.remedies).join("; ")}`,
  ].join("\n");
}

function testcase(report: ReportView, c: Case, failOn: FailOn): { xml: string; failed: boolean; skipped: boolean } {
  const failing = c.findings.filter((f) => failsRun(f, failOn));
  const other = c.findings.filter((f) => !failsRun(f, failOn));
  const attrs = `name="${xmlAttr(`${c.ruleId} [${c.systemId}]`)}" classname="${xmlAttr(`${report.file ?? "<input>"}.${c.systemId}`)}"${report.file ? ` file="${xmlAttr(report.file)}"` : ""}`;
  const body: string[] = [];
  if (failing.length > 0) {
    const first = failing[0]!;
    const message = failing.length === 1 ? `${first.section}: ${first.message}` : `${failing.length} findings (${first.section}): ${first.message}`;
    body.push(
      `      <failure message="${xmlAttr(message)}" type="${xmlAttr(first.severity)}">${xmlText(failing.map((f) => findingText(report, f)).join("\n\n"))}</failure>`,
    );
  }
  const skipped = failing.length === 0 && other.length === 0 && c.suppressed.length > 0;
  if (skipped) {
    body.push(`      <skipped message="${xmlAttr(suppressionPhrase(c.suppressed[0]!))}"/>`);
  }
  const out = [
    ...other.map((f) => `Below --fail-on ${failOn}: ${findingText(report, f)}`),
    ...c.suppressed.map((s) => `${s.suppression.kind === "waiver" ? "Waived" : "Baselined"}: ${findingText(report, s)}\n${suppressionPhrase(s)}`),
  ];
  if (out.length > 0 && !skipped) body.push(`      <system-out>${xmlText(out.join("\n\n"))}</system-out>`);
  const xml = body.length === 0 ? `    <testcase ${attrs}/>` : [`    <testcase ${attrs}>`, ...body, "    </testcase>"].join("\n");
  return { xml, failed: failing.length > 0, skipped };
}

/**
 * JUnit XML for CI test-report viewers: a testsuite per profile and pack (named `path [pack]`), a
 * testcase per rule and system, and with `maxRisks` a suite `bipa-check --max-risks` whose one
 * testcase fails when the active risks exceed the cap.
 * Findings at or above `failOn` are failures (message and section); findings below it pass with the
 * detail in `system-out`; a rule and system with only waived or baselined findings is skipped.
 */
export const formatJunit: Formatter = (input, options = {}) => junitLines(input, options).join("\n");

/** The JUnit XML as lines (the last one empty), for output too large for one string. */
export function junitLines(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  const reports = asList(input);
  const failOn = options.failOn ?? "violation";
  let tests = 0;
  let failures = 0;
  let skippedTotal = 0;
  // A testsuite per profile and pack; its properties carry the pack's row of the applicability matrix.
  // A suite is lines, not one string: at 100,000 systems the BIPA suite alone is longer than V8's
  // longest string ("Invalid string length").
  const suites = reports.flatMap((whole) => packViews(whole).map(({ section, report }): string[] => {
    const cases = casesOf(report).map((c) => testcase(report, c, failOn));
    const f = cases.filter((c) => c.failed).length;
    const s = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += f;
    skippedTotal += s;
    const file = report.file ?? "<input>";
    const name = section ? `${file} [${section.id}]` : file;
    const matrix = section ? matrixRows(whole).filter((r) => r.packId === section.id) : [];
    return [
      `  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${f}" errors="0" skipped="${s}">`,
      "    <properties>",
      `      <property name="asOf" value="${xmlAttr(report.asOf)}"/>`,
      `      <property name="organization" value="${xmlAttr(report.organization.name)}"/>`,
      `      <property name="failOn" value="${xmlAttr(failOn)}"/>`,
      ...(section ? [`      <property name="pack" value="${xmlAttr(`${section.id}: ${section.title} (${section.citation})`)}"/>`] : []),
      ...matrix.map((r) => `      <property name="${xmlAttr(`applicability.${r.systemId}`)}" value="${xmlAttr(`${r.status}${r.reason ? `. ${r.reason}` : ""}`)}"/>`),
      "    </properties>",
      ...cases.map((c) => c.xml),
      "  </testsuite>",
    ];
  }));
  // With --max-risks, the cap is a run-wide test case of its own, so a run it fails is not green in the viewer.
  if (options.maxRisks !== undefined) {
    const risks = totals(reports, failOn).risk;
    const over = risks > options.maxRisks;
    tests += 1;
    if (over) failures += 1;
    suites.push([
      `  <testsuite name="bipa-check --max-risks" tests="1" failures="${over ? 1 : 0}" errors="0" skipped="0">`,
      over
        ? [
            `    <testcase name="${xmlAttr(`risk cap (--max-risks ${options.maxRisks})`)}" classname="bipa-check">`,
            `      <failure message="${xmlAttr(riskCapReason(risks, options.maxRisks))}" type="max-risks"/>`,
            "    </testcase>",
          ].join("\n")
        : `    <testcase name="${xmlAttr(`risk cap (--max-risks ${options.maxRisks})`)}" classname="bipa-check"/>`,
      "  </testsuite>",
    ]);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="bipa-check" tests="${tests}" failures="${failures}" errors="0" skipped="${skippedTotal}">`];
  for (const suite of suites) pushAll(out, suite);
  out.push("</testsuites>", "");
  return out;
}
