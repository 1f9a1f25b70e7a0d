import { VERSION } from "../../version.js";
import { pushAll } from "../../util/push-all.js";
import { cell, code, md } from "../../format/rule-help.js";
import { plural, severityCounts, usdRange } from "../../format/shared.js";
import type { Finding } from "../../report/types.js";
import type { ReportDiff } from "../types.js";
import { changePhrase, DIFF_CLOSING, failingAdded, sideName, type DiffFormatter, type DiffFormatOptions } from "./shared.js";

/** GitHub's limit on a pull-request comment body, in characters. */
export const MARKDOWN_LIMIT = 65_536;
/** A finding's message is cut to this many characters in a table cell (the JSON has it whole). */
const MESSAGE_MAX = 400;

function shortMessage(text: string): string {
  const chars = [...text];
  return chars.length > MESSAGE_MAX ? `${chars.slice(0, MESSAGE_MAX - 1).join("")}…` : text;
}

/** A list cut to `cap` rows, with a line that says how many are left out. */
function capped<T>(items: readonly T[], cap: number | undefined, row: (item: T) => string, columns: number): string[] {
  const shown = cap === undefined ? items : items.slice(0, cap);
  const rows = shown.map(row);
  const left = items.length - shown.length;
  if (left > 0) rows.push(`| _…and ${left} more, left out to fit a comment; \`--format json\` has them all_ |${" |".repeat(columns - 1)}`);
  return rows;
}

function findingRows(title: string, list: readonly Finding[], cap: number | undefined): string[] {
  if (list.length === 0) return [];
  return [
    `#### ${title} (${list.length})`,
    "",
    "| Severity | Rule | System | Section | Finding |",
    "| --- | --- | --- | --- | --- |",
    ...capped(list, cap, (f) => `| ${f.severity} | ${code(f.ruleId)} | ${code(f.systemId ?? "organization")} | ${cell(f.section)} | ${cell(shortMessage(f.message))} |`, 5),
    "",
  ];
}

function render(diff: ReportDiff, options: DiffFormatOptions, cap: number | undefined): string {
  const failOn = options.failOn ?? "violation";
  const failing = failingAdded(diff, failOn);
  const { before: b, after: a } = diff;
  const out = [
    "## bipa-check: what this change does under BIPA (740 ILCS 14)",
    "",
    failOn === "never"
      ? "**Report only** (`--fail-on never`)."
      : failing.length > 0
        ? `**❌ Fails:** ${plural(failing.length, "added finding")} at or above \`${failOn}\` (\`--fail-on ${failOn}\`).`
        : `**✅ Passes:** no added finding at or above \`${failOn}\` (\`--fail-on ${failOn}\`).`,
    "",
    "| | Before | After |",
    "| --- | --- | --- |",
    `| Profile | ${code(sideName(b))} | ${code(sideName(a))} |`,
    `| Findings | ${severityCounts(b.summary)} | ${severityCounts(a.summary)} |`,
    `| Exposure (Sec. 20 estimate) | ${b.exposureUsd ? usdRange(b.exposureUsd) : "not estimated"} | ${a.exposureUsd ? usdRange(a.exposureUsd) : "not estimated"} |`,
    `| Injunction risk | ${b.injunctionRisk ?? "not assessed"} | ${a.injunctionRisk ?? "not assessed"} |`,
    "",
    `### Findings: ${diff.added.length} added, ${diff.resolved.length} resolved, ${diff.unchanged.length} unchanged`,
    "",
    ...findingRows("Added", diff.added, cap),
    ...findingRows("Resolved", diff.resolved, cap),
  ];
  if (diff.unchanged.length > 0) {
    out.push(`<details><summary>Remaining (${diff.unchanged.length})</summary>`, "", "| Severity | Rule | System | Section |", "| --- | --- | --- | --- |");
    pushAll(
      out,
      capped(
        diff.unchanged,
        cap,
        (u) => `| ${u.severityChanged ? `${u.before.severity} → ${u.after.severity}` : u.after.severity} | ${code(u.after.ruleId)} | ${code(u.after.systemId ?? "organization")} | ${cell(u.after.section)} |`,
        4,
      ),
    );
    out.push("", "</details>", "");
  }
  out.push("### Exposure by section", "", "| Section | Before | After | Change |", "| --- | --- | --- | --- |");
  for (const s of diff.exposure.sections) out.push(`| ${cell(s.section)} | ${usdRange(s.before)} | ${usdRange(s.after)} | ${changePhrase(s.change)} |`);
  out.push(
    `| **Total** | ${diff.exposure.before ? usdRange(diff.exposure.before) : "not estimated"} | ${diff.exposure.after ? usdRange(diff.exposure.after) : "not estimated"} | ${diff.exposure.change ? changePhrase(diff.exposure.change) : ""} |`,
    "",
  );
  if (diff.measuresTaken.length > 0) {
    out.push("### Measures taken", "");
    pushAll(out, diff.measuresTaken.map((m) => `- ${md(m)}`));
    out.push("");
  }
  if (diff.measuresDropped.length > 0) {
    out.push("### Measures dropped", "");
    pushAll(out, diff.measuresDropped.map((m) => `- ${md(m)}`));
    out.push("");
  }
  if (diff.newDuties !== undefined) {
    out.push("### New duties the change triggers", "");
    if (diff.newDuties.length === 0) out.push("None: no new system, recipient, use, population, identifier or collection method.", "");
    else {
      out.push("| Trigger | What is new | System | Field | Sections | Duty |", "| --- | --- | --- | --- | --- | --- |");
      pushAll(out, capped(diff.newDuties, cap, (d) => `| ${d.trigger} | ${cell(d.subject)} | ${code(d.systemId)} | ${code(d.pointer)} | ${d.sections.map(cell).join(", ")} | ${cell(d.duty)} |`, 6));
      out.push("");
    }
  }
  if (diff.notes.length > 0) {
    out.push("### Notes", "");
    pushAll(out, diff.notes.map((n) => `- ${md(n)}`));
    out.push("");
  }
  out.push("---", "", `_bipa-check ${VERSION}. ${md(DIFF_CLOSING)}_`, "");
  return out.join("\n");
}

/**
 * The diff as Markdown for a pull-request comment: a verdict on the added findings, before and after
 * side by side, the findings added and resolved, the exposure by section, the measures taken and the
 * new duties. Always within {@link MARKDOWN_LIMIT} characters: long lists are cut, evenly, with a note
 * saying how many rows were left out.
 */
export const formatDiffMarkdown: DiffFormatter = (diff, options = {}) => {
  const full = render(diff, options, undefined);
  if (full.length <= MARKDOWN_LIMIT) return full;
  // The largest number of rows per list that fits (binary search; the result is the same every run).
  const longest = Math.max(diff.added.length, diff.resolved.length, diff.unchanged.length, diff.newDuties?.length ?? 0);
  let [lo, hi] = [0, longest];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(diff, options, mid).length <= MARKDOWN_LIMIT) lo = mid;
    else hi = mid - 1;
  }
  const fitted = render(diff, options, lo);
  if (fitted.length <= MARKDOWN_LIMIT) return fitted;
  const note = "\n\n_…cut here to fit a comment; `--format json` has the whole diff._\n";
  return `${[...fitted].slice(0, MARKDOWN_LIMIT - note.length - 16).join("")}${note}`;
};
