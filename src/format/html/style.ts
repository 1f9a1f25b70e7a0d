import { DISCLAIMER } from "../../report/types.js";

/*
 * The report's only style sheet, inline. Screen: one readable column. Print (A4 or Letter from any
 * Chromium-based browser): the disclaimer in the bottom margin of every page (CSS page-margin boxes),
 * page numbers, each report and the plan on a new page, and every <details> opened so the arithmetic
 * is on paper too. Colours meet WCAG AA contrast on white.
 */

/** The disclaimer as a CSS string: it is a constant of this project (no profile text) of plain characters. */
function cssString(text: string): string {
  if (!/^[A-Za-z0-9 .,;:'()-]*$/.test(text)) throw new Error("the disclaimer must be plain text to go into the print style sheet");
  return `"${text}"`;
}

export const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --rule: #c9d1db; --panel: #f3f5f8;
  --violation: #9b1c1c; --risk: #7a4b00; --info: #1d4f91; --bar: #2f5d95; --track: #e3e8ef; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
header.disclaimer, footer.disclaimer { border: 1px solid var(--rule); background: var(--panel); padding: .5rem .75rem; font-size: .9rem; }
footer.disclaimer { margin-top: 2rem; }
h1 { font-size: 1.6rem; margin: 1.25rem 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p, ul, ol, dl { margin: .4rem 0 .8rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; overflow-wrap: anywhere; }
.subtitle { color: var(--muted); margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; font-weight: 700; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; padding: 0 .35rem; border: 1px solid currentColor; border-radius: 3px; }
.sev-violation { color: var(--violation); } .sev-risk { color: var(--risk); } .sev-info { color: var(--info); }
.status { font-size: .8rem; color: var(--muted); white-space: nowrap; }
.status-unverified { color: var(--violation); font-weight: 700; }
.figure { font-size: 1.25rem; font-weight: 700; }
.panel { border: 1px solid var(--rule); background: var(--panel); padding: .6rem .8rem; margin: .6rem 0; }
.accrued { border-left: 6px solid var(--violation); }
.rule-text { margin: .3rem 0 .6rem; }
.rule-text dt { font-weight: 600; }
.rule-text dd { margin: 0 0 .5rem 1rem; }
.finding-table, .plan-table { table-layout: fixed; }
.finding-table th:nth-child(1) { width: 8rem; } .finding-table th:nth-child(2) { width: 9rem; } .finding-table th:nth-child(4) { width: 24%; } .finding-table th:nth-child(5) { width: 18%; }
.plan-table th:nth-child(1) { width: 2.5rem; } .plan-table th:nth-child(3) { width: 24%; } .plan-table th:nth-child(4) { width: 22%; } .plan-table th:nth-child(5) { width: 9.5rem; }
td ul { margin: 0; padding-left: 1.1rem; }
.small { font-size: .85rem; }
.evidence { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .88rem; }
.muted { color: var(--muted); }
details { margin: .25rem 0 .6rem; }
summary { cursor: pointer; font-weight: 600; }
svg.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
svg.chart .bar-label { font: 600 13px system-ui, sans-serif; fill: var(--ink); }
svg.chart .bar-figure, svg.chart .bar-counting, svg.chart .tick-label { font: 12px system-ui, sans-serif; fill: var(--muted); }
svg.chart .track { fill: var(--track); }
svg.chart .range { fill: var(--bar); }
svg.chart .end { fill: var(--ink); }
svg.chart .axis, svg.chart .tick { stroke: var(--muted); stroke-width: 1; }
article.report + article.report { margin-top: 3rem; border-top: 4px double var(--rule); }
@page { size: auto; margin: 16mm 14mm 22mm;
  @bottom-left { content: ${cssString(DISCLAIMER)}; font: 8pt/1.3 system-ui, sans-serif; color: #4a5360; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #4a5360; vertical-align: top; padding-top: 3mm; width: 28mm; }
}
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  header.disclaimer, footer.disclaimer { break-inside: avoid; }
  article.report + article.report { break-before: page; margin-top: 0; border-top: 0; }
  section.plan, section.findings { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .panel, svg.chart, dl.rule-text > div { break-inside: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  summary { list-style: none; }
  a { color: inherit; text-decoration: none; }
}
`;
