import { createHash } from "node:crypto";
import type { RuleMeta } from "../../packs/bipa/rule.js";
import type { RemediationPlan } from "../../plan/types.js";
import { bipaRules } from "../../packs/bipa/rules/index.js";
import { VERSION } from "../../version.js";
import type { FailOn } from "../../gate/exit-code.js";
import { formatNotice, type RunNotice } from "../../gate/notice.js";
import { DISCLAIMER, type Report, type ReportView } from "../../report/types.js";
import { auditTitle, commonAsOf } from "../shared.js";
import { coverPage } from "./cover.js";
import { html, raw, type Html } from "./escape.js";
import { exposureSection } from "./exposure.js";
import { findingsSection } from "./findings.js";
import { matrixSection } from "./matrix.js";
import { planSection } from "./plan.js";
import { STYLE } from "./style.js";

export interface PageOptions {
  failOn: FailOn;
  rules?: readonly RuleMeta[];
  plans?: ReadonlyArray<RemediationPlan | undefined>;
  notices?: readonly RunNotice[];
}

/**
 * The Content-Security-Policy of the page: nothing may load or run; only the page's own style sheet
 * (by its hash) applies. A report opened from an e-mail or a shared drive cannot reach the network.
 */
function contentSecurityPolicy(): string {
  const hash = createHash("sha256").update(STYLE).digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** The whole document: one self-contained file, no script, no external resource (see `writeHtml` to write it in pieces). */
export function page(reports: readonly ReportView[], options: PageOptions): Html {
  const asOf = commonAsOf(reports);
  const names = [...new Set(reports.map((r) => r.organization.name))];
  const title = `bipa-check: BIPA (740 ILCS 14) assessment of ${names.join(", ")}${asOf ? ` as of ${asOf}` : ""}`;
  const disclaimer = reports[0]?.disclaimer ?? DISCLAIMER;
  const version = reports[0]?.tool.version ?? VERSION;
  const rules = options.rules ?? bipaRules;
  const articles = reports.map((r, i) => reportArticle(r, options.plans?.[i], rules, options.failOn, reports.length > 1 ? `r${i + 1}` : "r"));
  const notices = options.notices ?? [];
  const doc = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bipa-check ${version}">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="disclaimer"><p>${disclaimer}</p></header>
<main>
${articles}
${notices.length > 0 ? html`<section class="notices" aria-labelledby="notices"><h2 id="notices">Waivers and baseline</h2><ul>${notices.map((n) => html`<li>${formatNotice(n)}</li>`)}</ul></section>` : false}
</main>
<footer class="disclaimer"><p>Produced by bipa-check ${version}. ${disclaimer}</p></footer>
</body>
</html>
`;
  return doc;
}

function reportArticle(report: ReportView, plan: RemediationPlan | undefined, rules: readonly RuleMeta[], failOn: FailOn, id: string): Html {
  const file = report.file ?? "<input>";
  return html`<article class="report" aria-labelledby="${id}-title">
<h1 id="${id}-title">${auditTitle([report])} assessment: ${report.organization.name}</h1>
<p class="subtitle">As of <strong>${report.asOf}</strong> · profile <code>${file}</code> · ${report.organization.entityType} · bipa-check ${report.tool.version}</p>
<nav aria-label="Contents of the report on ${report.organization.name}"><ul class="toc">
<li><a href="#${id}-cover">Summary for counsel</a></li>
${report.matrix.length > 0 ? html`<li><a href="#${id}-matrix">Which laws apply</a></li>` : false}
<li><a href="#${id}-exposure">Exposure</a></li>
<li><a href="#${id}-findings">Findings by section</a></li>
<li><a href="#${id}-plan">Remediation plan</a></li>
${report.notes.length > 0 ? html`<li><a href="#${id}-notes">Assumptions and notes</a></li>` : false}
</ul></nav>
${coverPage(report, plan, id)}
${matrixSection(report, id)}
${exposureSection(report, id)}
${findingsSection(report, rules, failOn, id)}
${planSection(plan, report.asOf, id)}
${report.notes.length > 0 ? html`<section class="notes" aria-labelledby="${id}-notes"><h2 id="${id}-notes">Assumptions and notes</h2><ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul></section>` : false}
</article>`;
}
