import type { Report } from "../src/report/types.js";
import { cell, code, table } from "./docs/markdown.js";
import { ruleSlug } from "./docs/rule-files.js";
import { auditExample, exampleNames } from "./examples.js";

/** `740 ILCS 14/15(b)(3)` → `15(b)`; other sections as they are. */
export function sectionKey(section: string): string {
  return /14\/(15\([a-e]\))/.exec(section)?.[1] ?? section.replace(/^740 ILCS 14\//, "");
}

function usd(n: number): string {
  return `$${n.toLocaleString("en-US")}`;
}

/** One row of the examples table, from the example's report. */
function row(name: string, report: Report): string[] {
  const violations = report.findings.filter((f) => f.severity === "violation");
  const sections = [...new Set(violations.map((f) => sectionKey(f.section)))].sort();
  const out = report.applicability.filter((a) => !a.inScope);
  const exposure = report.exposure ? report.exposure.totalUsd : undefined;
  return [
    `[${code(name)}](${name}.yaml)`,
    `${report.summary.systemsInScope} of ${report.summary.systems}`,
    violations.length === 0 ? "0" : `${violations.length}: ${sections.join(", ")}`,
    String(report.summary.risk),
    String(report.summary.info),
    out.length === 0 ? "—" : out.map((a) => `${code(a.systemId)} by [${ruleSlug(a.excludedBy?.ruleId ?? "")}](../docs/rules/${ruleSlug(a.excludedBy?.ruleId ?? "")}.md)`).join("; "),
    exposure ? cell(exposure.low === exposure.high ? usd(exposure.low) : `${usd(exposure.low)} to ${usd(exposure.high)}`) : "—",
  ];
}

/** The generated summary table in examples/README.md. */
export function renderExamplesSummary(): string {
  const rows = exampleNames().map((name) => row(name, auditExample(name)));
  return `${table(["Example", "Systems in scope", "Violations (sections)", "Risks", "Info", "Out of scope (rule)", "Sec. 20 ceiling"], rows)}\n`;
}
