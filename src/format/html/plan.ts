import type { FindingRef, Horizon, RemediationPlan, WhatIf } from "../../plan/types.js";
import { collapse, refSystem } from "../../plan/format/shared.js";
import { severityCounts, usdRange } from "../shared.js";
import { html, type Html } from "./escape.js";
import { accruedUsd, planCaption, planMeasures, type MeasureView } from "./model.js";

/**
 * The remediation plan: the exposure already accrued (which nothing done now changes), apart from
 * the measures in order, each with what it cures, what it only mitigates, and the exposure it
 * avoids going forward.
 */
export function planSection(plan: RemediationPlan | undefined, asOf: string, id: string): Html {
  const heading = html`<h2 id="${id}-plan">Remediation plan</h2>`;
  if (!plan) {
    return html`<section class="plan" aria-labelledby="${id}-plan">${heading}<p>Not computed for this report: <code>bipa-check audit --format html</code> computes it, and so does <code>plan()</code> passed to the formatter as <code>plans</code>.</p></section>`;
  }
  const measures = planMeasures(plan);
  const { label, notes } = planCaption(plan);
  const unmodeled = measures.filter((m) => !m.modeled);
  return html`<section class="plan" aria-labelledby="${id}-plan">
${heading}
<p class="muted">${label}</p>
<div class="panel accrued" data-low="${accruedUsd(plan).low}" data-high="${accruedUsd(plan).high}">
<p><strong>Accrued exposure as of ${plan.asOf}: ${usdRange(accruedUsd(plan))}.</strong> This is liability for conduct up to that date. No measure below changes it: a cure brings the practice into compliance from the day it is taken, and violations before it stay actionable within the five-year look-back.</p>
</div>
${measures.length === 0 ? html`<p>No measures: the report has no violation or risk to remedy.</p>` : measuresTable(measures, id)}
${unmodeled.length > 0 ? html`<h3>Measures no profile change expresses</h3><ul>${unmodeled.map((m) => html`<li><strong>${m.title}</strong> <code>${m.remedyId}</code>: ${m.notModeledReason ?? ""}</li>`)}</ul>` : false}
${plan.whatIf ? whatIf(plan.whatIf, asOf, plan.horizon) : false}
${notes.length > 0 ? html`<h3>How the plan is computed</h3><ul class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : false}
</section>`;
}

function measuresTable(measures: readonly MeasureView[], id: string): Html {
  const rows = measures.map(
    (m, i) => html`<tr class="measure" data-remedy="${m.remedyId}" data-effect="${m.effect}">
<td class="num">${i + 1}</td>
<td><strong>${m.title}</strong> <code>${m.remedyId}</code>${m.modeled ? false : html` <span class="muted">(not modeled)</span>`}<br><span class="muted small">${m.requires}</span></td>
<td><strong>${m.effect === "cure" ? "Cure" : "Mitigation"}</strong><br><span class="muted small">${m.why}</span></td>
<td><p>Cures: ${refs(m.cures)}</p><p>Only mitigates: ${refs(m.mitigates)}</p>${m.introduces.length > 0 ? html`<p>Brings to light: ${refs(m.introduces)}</p>` : false}</td>
<td class="num">${usdRange(m.avoidedGoingForwardUsd)}</td>
</tr>`,
  );
  return html`<table class="plan-table" id="${id}-measures">
<caption>Measures in order: most exposure avoided going forward first</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Measure and what it requires</th><th scope="col">Cure or mitigation, and why</th><th scope="col">Findings it answers</th><th scope="col" class="num">Exposure avoided going forward (taken alone)</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function refs(list: readonly FindingRef[]): Html | string {
  if (list.length === 0) return "none";
  return html`<ul>${collapse(list, () => "").map(({ ref, count }) => html`<li><code>${ref.ruleId}</code> (${refSystem(ref)}${count > 1 ? `, ${count} findings` : ""})</li>`)}</ul>`;
}

function whatIf(w: WhatIf, asOf: string, horizon: Horizon): Html {
  return html`<h3>What-if: ${w.applied.length} ${w.applied.length === 1 ? "measure" : "measures"} taken together, re-audited as of ${asOf}</h3>
<table>
<caption>Before and after the measures</caption>
<thead><tr><th scope="col">Measure of</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>
<tr><th scope="row">Findings</th><td>${severityCounts(w.before.summary)}</td><td>${severityCounts(w.after.summary)}</td></tr>
<tr><th scope="row">Exposure already accrued (Sec. 20 estimate)</th><td>${usdRange(w.accruedUsd)}</td><td>${usdRange(w.accruedUsd)}</td></tr>
<tr><th scope="row">New claims from ${horizon.from} to ${horizon.to}</th><td>${usdRange(w.forward.unchangedUsd)}</td><td>${usdRange(w.forward.withMeasureUsd)}</td></tr>
<tr><th scope="row">Injunction risk</th><td>${w.before.injunctionRisk.level}</td><td>${w.after.injunctionRisk.level}</td></tr>
</tbody>
</table>
<p>Exposure avoided going forward: ${usdRange(w.forward.avoidedUsd)}. Liability already accrued is unchanged.</p>`;
}
