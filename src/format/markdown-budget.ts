import type { ResolvedFinding, ReportView } from "../report/types.js";
import { grouped, plural } from "./shared.js";
import type { FormatOptions } from "./types.js";

export { MARKDOWN_BUDGETS, MIN_MARKDOWN_BUDGET } from "./platform-limits.js";

export function markdownBytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** What a budgeted rendering shows: these findings, the first `files` rows of the table, `notices` notices, and the note. */
export interface Layout {
  shown: ReadonlySet<ResolvedFinding>;
  files: number;
  notices: number;
  note: string;
}

/** `1 MiB`, `65,536 bytes`. */
function budgetWords(budget: number): string {
  return budget % (1024 * 1024) === 0 ? `${budget / (1024 * 1024)} MiB` : `${grouped(budget)} bytes`;
}

/** The note a truncated report carries, where its reader looks first (under the totals). */
export function truncationNote(left: number, total: number, budget: number, fullReport: string | undefined): string {
  const where = fullReport
    ? `The complete report is in \`${fullReport.replace(/`/g, "")}\`.`
    : "Run `bipa-check audit` with `--format json=FILE` (or `--markdown-budget none`) for the complete report.";
  const what =
    left === 0
      ? "every finding is listed, but the tables of waived and baselined findings, exposure lines and injunction factors are left out"
      : `${plural(left, "finding")} of ${grouped(total)} ${left === 1 ? "is" : "are"} not listed below (the least severe are left out first); the totals above count them all`;
  return `> **Truncated to fit ${budgetWords(budget)}:** ${what}. ${where}`;
}

/** The largest n in [lo, hi] with fits(n), assuming fits is monotone (true up to some n) and fits(lo). */
function largest(lo: number, hi: number, fits: (n: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Renders within `budget` bytes: keeps as many findings as fit, the most severe first (then in
 * report order), listing only their systems, then as many notices as still fit; if even the table
 * of files does not fit, lists fewer files. Each size is measured on the real rendering, found by bisection (the size grows with each
 * finding kept), so the result is within budget whenever the totals and note alone are.
 */
export function fitToBudget(reports: readonly ReportView[], budget: number, render: (layout: Layout) => string, options: FormatOptions): string {
  const rank = { violation: 0, risk: 1, info: 2 } as const;
  const ranked = reports
    .flatMap((r) => r.findings)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const total = ranked.length;
  const notices = options.notices?.length ?? 0;
  const layout = (kept: number, files: number, shownNotices: number): Layout => ({
    shown: new Set(ranked.slice(0, kept)),
    files,
    notices: shownNotices,
    note: truncationNote(total - kept, total, budget, options.fullReport),
  });
  const fits = (l: Layout) => markdownBytes(render(l)) <= budget;
  const files = largest(0, reports.length, (n) => fits(layout(0, n, 0)));
  // Each finding kept prints its message at least (a code unit is a byte or more): the messages bound the count.
  let most = 0;
  for (let chars = 0; most < total && (chars += ranked[most]!.message.length) <= budget; ) most++;
  const kept = largest(0, most, (n) => fits(layout(n, files, 0)));
  // Then as many waiver and baseline notices (at most 50) as the room left allows.
  const shownNotices = largest(0, Math.min(notices, 50), (n) => fits(layout(kept, files, n)));
  const text = render(layout(kept, files, shownNotices));
  const cut = [
    ...(total - kept > 0 ? [`${plural(total - kept, "finding")} of ${grouped(total)}`] : []),
    ...(files < reports.length ? [`${plural(reports.length - files, "file")} of ${grouped(reports.length)} in the table`] : []),
  ];
  const what = cut.length > 0 ? `${cut.join(" and ")} left out` : "the tables of waived and baselined findings, exposure lines and injunction factors left out";
  options.onLimit?.(
    `Markdown: ${what} to fit ${budgetWords(budget)}; ${options.fullReport ? `the complete report is in ${options.fullReport}` : "--format json=FILE writes the complete report"}`,
  );
  return text;
}
