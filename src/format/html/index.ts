import { asList } from "../shared.js";
import type { FormatOptions, Formatter } from "../types.js";
import type { Report } from "../../report/types.js";
import type { Html } from "./escape.js";
import { page } from "./page.js";

/**
 * The HTML report for counsel and privacy officers: one self-contained file (inline CSS and SVG, no
 * script, no external resource, a Content-Security-Policy that forbids both) to read on screen or
 * print to PDF. Per report: a first page (applicability per system, counts by severity, exposure
 * range, first measures of the plan), the exposure as range-bar charts by section and by system with
 * the arithmetic behind each bar, findings grouped by section with the rule's plain-language text,
 * evidence, authorities and remedies, and the plan. The disclaimer is on every printed page.
 *
 * The plan needs the profile, which a report does not carry: pass `options.plans` (one per report,
 * from `plan(report, profile)`), as `bipa-check audit --format html` does; without it the plan
 * section says it was not computed. Pure and deterministic; every profile string is escaped.
 */
export const formatHtml: Formatter = (input, options: FormatOptions = {}) => htmlPage(input, options).toString();

/**
 * The page of {@link formatHtml}, to write in pieces with `writeHtml` (the HTML of 10,000 systems is
 * 291 MB; of 100,000, more than one string can hold).
 */
export function htmlPage(input: Report | readonly Report[], options: FormatOptions = {}): Html {
  return page(asList(input), {
    failOn: options.failOn ?? "violation",
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.plans ? { plans: options.plans } : {}),
    ...(options.notices ? { notices: options.notices } : {}),
  });
}
