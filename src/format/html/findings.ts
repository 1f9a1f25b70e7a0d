import type { RuleMeta } from "../../packs/bipa/rule.js";
import { getRemedy } from "../../packs/bipa/remedies/catalog.js";
import { isRemedyId } from "../../packs/bipa/remedies/ids.js";
import { failsRun, type FailOn } from "../../gate/exit-code.js";
import type { AuthorityRef, Evidence, ResolvedFinding, ReportView, ResolvedSuppressedFinding } from "../../report/types.js";
import { capitalize, citeRef, plural, showValue, suppressionPhrase } from "../shared.js";
import { each, html, type Html } from "./escape.js";
import { compareSections } from "./model.js";

/** What each verification status of an authority means (src/packs/bipa/authorities.ts). */
const STATUS_WORDS: Readonly<Record<AuthorityRef["status"], string>> = {
  V: "verified against a primary source",
  V2: "confirmed by two or more secondary sources",
  S: "from one secondary source",
  UNVERIFIED: "unverified: not confirmed, not settled law",
};

/** Findings grouped by statute section, each section opening with the plain-language text of its rules. */
export function findingsSection(report: ReportView, rules: readonly RuleMeta[], failOn: FailOn, id: string): Html {
  const bySection = new Map<string, ResolvedFinding[]>();
  // Pushed, not copied: a copy per finding is quadratic in the findings of one section.
  for (const f of report.findings) {
    const list = bySection.get(f.section);
    if (list) list.push(f);
    else bySection.set(f.section, [f]);
  }
  const sections = [...bySection.entries()].sort(([a], [b]) => compareSections(a, b));
  const ruleIndex = new Map(rules.map((r) => [r.id, r]));
  const body =
    sections.length === 0
      ? html`<p>No findings.</p>`
      : sections.map(([section, findings], i) => sectionBlock(report, section, findings, ruleIndex, failOn, `${id}-s${i}`));
  return html`<section class="findings" aria-labelledby="${id}-findings">
<h2 id="${id}-findings">Findings by section</h2>
<p>${plural(report.findings.length, "finding")} under ${plural(sections.length, "section")}. A finding rests on the facts as stated in the profile, or, marked <em>unknown fact</em>, on a deciding fact the profile leaves unknown (then compliance cannot be shown).</p>
${body}
${report.suppressed.length > 0 ? suppressedTable(report) : false}
</section>`;
}

function sectionBlock(
  report: ReportView,
  section: string,
  findings: readonly ResolvedFinding[],
  rules: ReadonlyMap<string, RuleMeta>,
  failOn: FailOn,
  id: string,
): Html {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const texts = ruleIds.map((ruleId) => {
    const rule = rules.get(ruleId);
    const title = rule?.title ?? findings.find((f) => f.ruleId === ruleId)!.title;
    return html`<div><dt>${title} <code>${ruleId}</code></dt><dd>${rule ? rule.plainLanguage : "This rule is not in the rule set the report was formatted with."}</dd></div>`;
  });
  return html`<h3 id="${id}">${section} <span class="muted">(${plural(findings.length, "finding")})</span></h3>
<dl class="rule-text">${texts}</dl>
<table class="finding-table">
<caption>Findings under ${section}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">System</th><th scope="col">Finding and evidence</th><th scope="col">Authorities</th><th scope="col">Remedies</th></tr></thead>
<tbody>${each(findings, (f) => findingRow(report, f, failOn))}</tbody>
</table>`;
}

function findingRow(report: ReportView, f: ResolvedFinding, failOn: FailOn): Html {
  return html`<tr class="finding" data-fingerprint="${f.fingerprint}" data-severity="${f.severity}">
<td><span class="sev sev-${f.severity}">${capitalize(f.severity)}</span>${failsRun(f, failOn) ? html`<br><span class="muted">fails the run</span>` : false}${f.basis === "unknown" ? html`<br><span class="muted">unknown fact</span>` : false}</td>
<td>${f.systemName ?? "Organization as a whole"}${f.systemId ? html`<br><code>${f.systemId}</code>` : false}</td>
<td><p><strong>${f.title}</strong> <code>${f.ruleId}</code></p><p>${f.message}</p><ul class="evidence">${f.evidence.map((e) => evidenceItem(report, e))}</ul></td>
<td><ul>${f.authorities.map(authorityItem)}</ul></td>
<td><ul>${f.remedies.map(remedyItem)}</ul></td>
</tr>`;
}

function evidenceItem(report: ReportView, e: Evidence): Html {
  const file = report.file ?? "<input>";
  const where = e.line !== undefined ? `${file}:${e.line}` : file;
  return html`<li><code>${e.pointer || "/"}</code> = <code>${showValue(e.value)}</code> <span class="muted">(${e.present ? where : `not in the file, so the default applies${e.line !== undefined ? `; enclosing object at ${where}` : ""}`})</span>${e.note ? `: ${e.note}` : ""}</li>`;
}

function authorityItem(a: AuthorityRef): Html {
  const cite = citeRef({ ...a, status: "V" }); // the status is shown beside it, in words
  return html`<li>${cite} <span class="status${a.status === "UNVERIFIED" ? " status-unverified" : ""}">[${a.status}: ${STATUS_WORDS[a.status]}]</span></li>`;
}

function remedyItem(id: string): Html {
  if (!isRemedyId(id)) return html`<li><code>${id}</code></li>`; // a hand-built report may name a measure the catalog lacks
  const r = getRemedy(id);
  return html`<li>${r.title} <span class="muted">(${r.effect === "cures" ? "cure" : "mitigation"})</span></li>`;
}

function suppressedTable(report: ReportView): Html {
  const row = (s: ResolvedSuppressedFinding) =>
    html`<tr data-fingerprint="${s.fingerprint}"><td><span class="sev sev-${s.severity}">${capitalize(s.severity)}</span></td><td>${s.systemName ?? "Organization as a whole"}</td><td><code>${s.ruleId}</code> ${s.message}</td><td>${suppressionPhrase(s)}</td></tr>`;
  return html`<h3>Waived and baselined findings (not failing)</h3>
<table class="suppressed-table">
<caption>Findings set aside by a waiver or a baseline, kept visible</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">System</th><th scope="col">Finding</th><th scope="col">Status</th></tr></thead>
<tbody>${each(report.suppressed, row)}</tbody>
</table>`;
}
