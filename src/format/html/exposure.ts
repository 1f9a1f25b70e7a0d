import type { ExposureEstimate, InjunctionRiskView } from "../../packs/bipa/exposure/types.js";
import type { Report, ReportView } from "../../report/types.js";
import { grouped, nothingInScope, uncountedFindings, usdRange } from "../shared.js";
import { rangeChart } from "./chart.js";
import { each, html, type Html } from "./escape.js";
import { sectionBars, systemBars, type RangeBar } from "./model.js";

/** The exposure: the caption, two range-bar charts (by section, by system), and the arithmetic behind each bar. */
export function exposureSection(report: ReportView, id: string): Html {
  const e = report.exposure;
  const heading = html`<h2 id="${id}-exposure">Exposure (Sec. 20 estimate)</h2>`;
  if (!e) return html`<section class="exposure" aria-labelledby="${id}-exposure">${heading}<p>Not estimated for this report.</p></section>`;
  if (report.summary.systemsInScope === 0) {
    return html`<section class="exposure" aria-labelledby="${id}-exposure">${heading}<p>${nothingInScope(report)}.</p></section>`;
  }
  const bySection = sectionBars(e);
  const bySystem = systemBars(e);
  const max = [...bySection, ...bySystem].reduce((m, b) => Math.max(m, b.high), 0);
  const uncounted = uncountedFindings(e);
  return html`<section class="exposure" aria-labelledby="${id}-exposure">
${heading}
<p class="panel">${e.label}</p>
<p>Look-back from ${e.lookbackStart} to ${e.asOf}. Per violation: ${usdRange({ low: e.perViolationUsd.negligent, high: e.perViolationUsd.intentionalOrReckless })} (negligent to intentional or reckless). PA 103-0769 taken to apply to pending claims: ${amendmentWords(e)}. Total: <strong>${usdRange(e.totalUsd)}</strong>.</p>
${bars(`${id}-by-section`, "Exposure by statute section, low to high", bySection, max)}
${bars(`${id}-by-system`, "Exposure by system, low to high", bySystem, max)}
${subjects(e)}
${uncounted ? html`<p>${uncounted}</p>` : false}
${e.notes.length > 0 ? html`<ul class="notes">${e.notes.map((n) => html`<li>${n}</li>`)}</ul>` : false}
${report.injunctionRisk ? injunction(report.injunctionRisk, id) : false}
</section>`;
}

function amendmentWords(e: ExposureEstimate): string {
  const a = e.amendmentAppliesToPendingClaims;
  return a === "unknown" ? "unknown (both readings are in the range)" : a ? "yes" : "no";
}

/** A chart and, under it, one `<details>` per bar with the lines it sums and their arithmetic. */
function bars(id: string, caption: string, list: readonly RangeBar[], max: number): Html {
  const heading = html`<h3 id="${id}">${caption}</h3>`;
  if (list.length === 0) return html`${heading}<p>No counted violation.</p>`;
  const details = each(
    list,
    (b) => html`<details class="arithmetic">
<summary>${b.label}: ${usdRange(b)} <span class="muted">(counted ${b.counting})</span></summary>
<table>
<caption>How ${b.label} was counted</caption>
<thead><tr><th scope="col">Line</th><th scope="col">Counting</th><th scope="col" class="num">Amount</th><th scope="col">Arithmetic</th></tr></thead>
<tbody>${b.lines.map((l) => html`<tr><th scope="row">${l.label}</th><td>${l.counting}</td><td class="num">${usdRange(l.amountUsd)}</td><td>${l.arithmetic}</td></tr>`)}</tbody>
</table>
</details>`,
  );
  return html`${heading}
<figure class="chart-figure">
${rangeChart(`${id}-chart`, caption, list, max)}
<figcaption class="muted">Each bar runs from the low figure (negligent rate on the low count) to the high one (intentional or reckless rate on the high count); the counting basis is under each label. Open a bar's arithmetic below.</figcaption>
</figure>
${details}`;
}

function subjects(e: ExposureEstimate): Html {
  const rows = each(
    e.systems,
    (s) => html`<tr><th scope="row">${s.systemName}</th><td class="num">${s.illinoisSubjects === "unknown" ? "unknown" : grouped(s.illinoisSubjects)}</td><td class="num">${usdRange(s.totalUsd)}</td></tr>`,
  );
  return html`<table class="subjects">
<caption>Illinois subjects counted, per system</caption>
<thead><tr><th scope="col">System</th><th scope="col" class="num">Illinois subjects</th><th scope="col" class="num">Exposure</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function injunction(v: InjunctionRiskView, id: string): Html {
  const rows = v.factors.map(
    (f) =>
      html`<tr><th scope="row">${f.description}</th><td>${f.present ? "yes" : f.unknown ? "not established" : "no"}</td><td>${f.pointsToHarm ? "toward irreparable harm" : "against irreparable harm"}</td><td>${f.systemIds.join(", ")}</td></tr>`,
  );
  return html`<h3 id="${id}-injunction">Injunction risk: ${v.level}</h3>
<p>${v.summary}</p>
<table>
<caption>Factors the Clearview court weighed for irreparable harm</caption>
<thead><tr><th scope="col">Factor</th><th scope="col">Present</th><th scope="col">Points</th><th scope="col">Systems</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${v.measuresTaken.length > 0 ? html`<p>Measures taken: ${v.measuresTaken.join("; ")}.</p>` : false}`;
}
