import type { RemediationPlan } from "../../plan/types.js";
import type { Report, ReportView } from "../../report/types.js";
import { nothingInScope, plural, uncountedSystems, usdRange } from "../shared.js";
import { html, type Html } from "./escape.js";
import { accruedUsd, planMeasures } from "./model.js";

/** How many measures of the plan the first page names. */
const TOP_MEASURES = 3;

/**
 * The first page, for counsel: who and when, whether the first law (BIPA by default) applies to each system, the counts by
 * severity, the exposure range, and the first measures of the plan.
 */
export function coverPage(report: ReportView, plan: RemediationPlan | undefined, id: string): Html {
  const s = report.summary;
  const waived = report.suppressed.filter((f) => f.suppression.kind === "waiver").length;
  return html`<section class="cover" aria-labelledby="${id}-cover">
<h2 id="${id}-cover">Summary for counsel</h2>
<table class="counts">
<caption>Findings by severity</caption>
<thead><tr><th scope="col">Violations</th><th scope="col">Risks</th><th scope="col">Information</th><th scope="col">Waived</th><th scope="col">Baselined</th></tr></thead>
<tbody><tr><td class="num">${s.violation}</td><td class="num">${s.risk}</td><td class="num">${s.info}</td><td class="num">${waived}</td><td class="num">${report.suppressed.length - waived}</td></tr></tbody>
</table>
${applicabilityTable(report)}
${exposurePanel(report)}
${topMeasures(report, plan, id)}
${report.injunctionRisk ? html`<p><strong>Injunction risk:</strong> ${report.injunctionRisk.level}. ${report.injunctionRisk.summary}</p>` : false}
</section>`;
}

/**
 * The first pack's decision per system (`report.applicability` is the first pack's): BIPA in a
 * default run, whichever law comes first when `--pack` names others. The count is that law's findings.
 */
function applicabilityTable(report: ReportView): Html {
  const pack = report.packs[0];
  const law = pack ? lawLabel(pack) : "BIPA (740 ILCS 14)";
  const counts = findingCounts(report, pack ? `${pack.id}/` : "");
  const rows = report.applicability.map(
    (a) => html`<tr><th scope="row">${a.systemName} <code>${a.systemId}</code></th><td>${law}</td><td>${a.inScope ? "In scope" : a.status === "unknown" ? "Not established" : "Out of scope"}</td><td>${a.excludedBy ? html`${a.excludedBy.reason} <span class="muted">(<code>${a.excludedBy.ruleId}</code>)</span>` : a.conditional ? html`${a.conditional.reason} <span class="muted">(<code>${a.conditional.ruleId}</code>)</span>` : `${plural(counts.get(a.systemId) ?? 0, "finding")}`}</td></tr>`,
  );
  return html`<table class="applicability">
<caption>Does the law apply? One row per system and law</caption>
<thead><tr><th scope="col">System</th><th scope="col">Law</th><th scope="col">Decision</th><th scope="col">Why, or what was found</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

/** BIPA by its usual short name; any other law by its title, with its citation where the title has none. */
function lawLabel(pack: { id: string; title: string; citation: string }): string {
  if (pack.id === "bipa") return `BIPA (${pack.citation})`;
  return pack.title.includes(pack.citation) || /\(.+\)$/.test(pack.title) ? pack.title : `${pack.title} (${pack.citation})`;
}

/** Findings per system whose rule id starts with `prefix`, counted in one pass (not one pass per row). */
function findingCounts(report: ReportView, prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of report.findings) {
    if (f.systemId === undefined || !f.ruleId.startsWith(prefix)) continue;
    counts.set(f.systemId, (counts.get(f.systemId) ?? 0) + 1);
  }
  return counts;
}

function exposurePanel(report: ReportView): Html {
  const e = report.exposure;
  if (!e) return html`<div class="panel"><p><strong>Exposure (Sec. 20 estimate):</strong> not estimated for this report.</p></div>`;
  if (report.summary.systemsInScope === 0) return html`<div class="panel"><p><strong>Exposure (Sec. 20 estimate):</strong> ${nothingInScope(report)}.</p></div>`;
  return html`<div class="panel exposure-range">
<p><strong>Exposure (Sec. 20 estimate), look-back ${e.lookbackStart} to ${e.asOf}:</strong> <span class="figure" data-low="${e.totalUsd.low}" data-high="${e.totalUsd.high}">${usdRange(e.totalUsd)}</span>${uncountedSystems(e)}</p>
<p class="muted">${e.label}</p>
</div>`;
}

function topMeasures(report: ReportView, plan: RemediationPlan | undefined, id: string): Html {
  if (!plan) return html`<p class="muted">The remediation plan was not computed for this report.</p>`;
  const measures = planMeasures(plan);
  if (measures.length === 0) return html`<p>No remedial measure is needed: the report has no violation or risk to remedy.</p>`;
  const items = measures.slice(0, TOP_MEASURES).map(
    (m) =>
      html`<li><strong>${m.title}</strong> (${m.effect === "cure" ? "cures" : "mitigates only"}; ${plural(m.cures.length, "finding")} cured). Exposure avoided going forward if taken alone: ${usdRange(m.avoidedGoingForwardUsd)}.</li>`,
  );
  return html`<h3>First measures of the plan</h3>
<ol class="top-measures">${items}</ol>
<p class="muted">Accrued exposure as of ${report.asOf} stays ${usdRange(accruedUsd(plan))} whatever is done now: the measures end violating conduct from the day they are taken. <a href="#${id}-plan">The whole plan</a>.</p>`;
}
