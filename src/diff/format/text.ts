import { VERSION } from "../../version.js";
import { pushAll } from "../../util/push-all.js";
import type { Finding } from "../../report/types.js";
import { plural, severityCounts, usdRange } from "../../format/shared.js";
import type { ReportDiff } from "../types.js";
import { changePhrase, DIFF_CLOSING, failingAdded, fromTo, sideName, terminalSafe as t, type DiffFormatter } from "./shared.js";

function findingLine(f: Finding): string {
  return `  ${f.severity.padEnd(9)} ${f.ruleId} (${t(f.systemId ?? "organization")}) ${f.section}: ${t(f.message)}`;
}

/** The diff for a terminal or a CI log: sides, findings added and resolved, exposure by section, measures, new duties, verdict. */
export const formatDiffText: DiffFormatter = (diff, options = {}) => {
  const failOn = options.failOn ?? "violation";
  const out = [`bipa-check ${VERSION} · BIPA (740 ILCS 14) diff`, ""];
  for (const [label, s] of [["before", diff.before], ["after ", diff.after]] as const) {
    out.push(`${label}: ${t(sideName(s))}: ${severityCounts(s.summary)}; exposure ${s.exposureUsd ? usdRange(s.exposureUsd) : "not estimated"}`);
  }
  out.push("", `Findings: ${diff.added.length} added, ${diff.resolved.length} resolved, ${diff.unchanged.length} unchanged`);
  if (diff.added.length > 0) {
    out.push("", `Added (${diff.added.length}):`);
    pushAll(out, diff.added.map(findingLine));
  }
  if (diff.resolved.length > 0) {
    out.push("", `Resolved (${diff.resolved.length}):`);
    pushAll(out, diff.resolved.map(findingLine));
  }
  const moved = diff.unchanged.filter((u) => u.severityChanged);
  if (moved.length > 0) {
    out.push("", `Unchanged, with a new severity (${moved.length}):`);
    pushAll(out, moved.map((u) => `  ${u.before.severity} → ${u.after.severity} ${u.after.ruleId} (${t(u.after.systemId ?? "organization")})`));
  }
  const still = diff.unchanged.filter((u) => !u.severityChanged);
  if (still.length > 0) {
    out.push("", `Remaining (${still.length}):`);
    pushAll(out, still.map((u) => `  ${u.after.severity.padEnd(9)} ${u.after.ruleId} (${t(u.after.systemId ?? "organization")})`));
  }

  out.push("", "Exposure (Sec. 20 estimate), before → after:");
  for (const s of diff.exposure.sections) out.push(`  ${s.section}: ${fromTo(s.before, s.after)} (${changePhrase(s.change)})`);
  out.push(`  Total: ${fromTo(diff.exposure.before, diff.exposure.after)}${diff.exposure.change ? ` (${changePhrase(diff.exposure.change)})` : ""}`);

  if (diff.measuresTaken.length > 0) {
    out.push("", "Measures taken (in place after, not before):");
    pushAll(out, diff.measuresTaken.map((m) => `  - ${t(m)}`));
  }
  if (diff.measuresDropped.length > 0) {
    out.push("", "Measures dropped (in place before, not after):");
    pushAll(out, diff.measuresDropped.map((m) => `  - ${t(m)}`));
  }
  if (diff.newDuties === undefined) out.push("", "New duties: not assessed (the profiles were not given).");
  else if (diff.newDuties.length === 0) out.push("", "New duties: none (no new system, recipient, use, population, identifier or collection method).");
  else {
    out.push("", `New duties the change triggers (${diff.newDuties.length}):`);
    for (const d of diff.newDuties) out.push(`  - ${d.trigger} "${t(d.subject)}" in ${t(d.systemId)} (${d.pointer}), ${d.sections.join(", ")}: ${d.duty}`);
  }
  if (diff.notes.length > 0) {
    out.push("", "Notes:");
    pushAll(out, diff.notes.map((n) => `  - ${t(n)}`));
  }
  const failing = failingAdded(diff, failOn);
  out.push(
    "",
    failOn === "never"
      ? "Report only (--fail-on never)."
      : failing.length > 0
        ? `Fails: ${plural(failing.length, "added finding")} at or above ${failOn} (--fail-on ${failOn}).`
        : `Passes: no added finding at or above ${failOn} (--fail-on ${failOn}).`,
    DIFF_CLOSING,
  );
  return `${out.join("\n")}\n`;
};
