import type { Report, ReportView } from "../../report/types.js";
import { grouped, matrixRows, plural } from "../shared.js";
import { each, html, type Html } from "./escape.js";

/** The applicability matrix: one row per law and system, with the pack's counts above it. */
export function matrixSection(report: ReportView, id: string): Html {
  const rows = matrixRows(report);
  if (rows.length === 0) return html``;
  return html`<section class="matrix" aria-labelledby="${id}-matrix"><h2 id="${id}-matrix">Which laws apply</h2>
<ul>${report.packs.map(
    (p) =>
      html`<li><strong>${p.title}</strong> (${p.citation}): ${grouped(p.summary.systemsInScope)} of ${plural(p.summary.systems, "system")} in scope; ${plural(p.summary.violation, "violation")}, ${plural(p.summary.risk, "risk")}, ${grouped(p.summary.info)} info${p.notes.length > 0 ? html`<ul class="notes">${p.notes.map((n) => html`<li>${n}</li>`)}</ul>` : false}</li>`,
  )}</ul>
<table class="matrix-table">
<caption>Applicability by law and system, and why</caption>
<thead><tr><th scope="col">Law</th><th scope="col">System</th><th scope="col">Applies</th><th scope="col">Why</th></tr></thead>
<tbody>${each(rows, (r) => html`<tr data-pack="${r.packId}"><td>${r.law}</td><td>${r.system} <code>${r.systemId}</code></td><td>${r.status}</td><td>${r.reason}</td></tr>`)}</tbody>
</table></section>`;
}
