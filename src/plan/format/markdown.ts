import { VERSION } from "../../version.js";
import { remedyTitle } from "../../packs/bipa/remedies/catalog.js";
import { cell, code, codeCell, md } from "../../format/rule-help.js";
import { severityCounts, usdRange } from "../../format/shared.js";
import type { FindingRef, Horizon, PlanStep, RemediationPlan, WhatIf } from "../types.js";
import {
  collapse,
  OUTCOME_MEANING,
  PLAN_CLOSING,
  refSystem,
  avoidedPhrase,
  horizonPhrase,
  perNewPersonPhrase,
  sortedOutcomes,
  unmodeledReason,
  type PlanFormatter,
} from "./shared.js";
import { pushAll } from "../../util/push-all.js";

/**
 * The remediation plan as Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a table of
 * measures in order, the measures no profile change expresses, and, when a what-if was run, a
 * before/after table, the measures applied, every finding's outcome and the findings brought to light.
 */
export const formatPlanMarkdown: PlanFormatter = (plan, options = {}) => {
  const out = [
    `## bipa-check: remediation plan for ${code(options.file ?? "<input>")} as of ${plan.asOf}`,
    "",
    `> ${md(plan.label)}`,
    "",
    `**Exposure already accrued (Sec. 20 estimate, unchanged by any measure):** ${usdRange(plan.accruedUsd)}`,
    "",
    `**Going forward:** new claims each measure avoids ${horizonPhrase(plan.horizon)}${plan.horizon.isDefault ? " (default horizon)" : ""}.`,
    "",
    ...stepsSection(plan.steps),
  ];
  if (plan.whatIf) {
    out.push("");
    pushAll(out, whatIfSection(plan.whatIf, plan.asOf, plan.horizon));
  }
  if (plan.notes.length > 0) {
    out.push("", "### Notes", "");
    pushAll(out, plan.notes.map((n) => `- ${md(n)}`));
  }
  out.push("", "---", "", `_bipa-check ${VERSION}. ${md(PLAN_CLOSING)}_`, "");
  return out.join("\n");
};

function stepsSection(steps: readonly PlanStep[]): string[] {
  if (steps.length === 0) return ["### Measures", "", "No measures: the report has no violation or risk to remedy."];
  const out = [
    "### Measures, most new exposure avoided first",
    "",
    "| # | Measure | Effect | Systems | Violations it cures | Risks it resolves | Findings it only mitigates | New claims avoided going forward (applied alone) |",
    "| ---: | --- | --- | --- | --- | --- | --- | --- |",
  ];
  steps.forEach((s, i) => {
    const cured = s.addresses.filter((f) => s.cures.includes(f.fingerprint));
    const resolved = s.addresses.filter((f) => s.resolves.includes(f.fingerprint));
    const mitigated = s.addresses.filter((f) => !s.cures.includes(f.fingerprint) && !s.resolves.includes(f.fingerprint));
    const introduced = s.introduces.length > 0 ? `; brings to light ${refList(s.introduces)}` : "";
    out.push(
      `| ${i + 1} | ${cell(s.title)} (${codeCell(s.remedyId)})${s.modeled ? "" : " (not modeled)"} | ${s.effect} | ${s.systemIds.map(codeCell).join(", ") || "none"} | ${refList(cured) || "none"} | ${refList(resolved) || "none"} | ${refList(mitigated) || "none"} | ${avoidedPhrase(s.forward.avoidedUsd)}${cell(perNewPersonPhrase(s.forward))}${introduced} |`,
    );
  });
  const explained = steps.filter((s) => s.modeled && s.forward.notes.length > 0);
  if (explained.length > 0) {
    out.push("", "Going forward, what each measure does:", "");
    for (const s of explained) out.push(`- ${code(s.remedyId)}: ${s.forward.notes.map(md).join(" ")}`);
  }
  const unmodeled = steps.filter((s) => !s.modeled);
  if (unmodeled.length > 0) {
    out.push("", "Not modeled (no profile change expresses them; they change nothing until the profile records their result):", "");
    pushAll(
      out,
      unmodeled.map((s) => `- ${code(s.remedyId)}: ${md(unmodeledReason(s.transformation))}`),
    );
  }
  return out;
}

function whatIfSection(w: WhatIf, asOf: string, horizon: Horizon): string[] {
  const out = [
    `### What-if: ${w.applied.length} ${w.applied.length === 1 ? "measure" : "measures"} applied together, re-audited as of ${asOf}`,
    "",
    "| | Before | After |",
    "| --- | --- | --- |",
    `| Findings | ${severityCounts(w.before.summary)} | ${severityCounts(w.after.summary)} |`,
    `| Exposure already accrued (Sec. 20 estimate) | ${usdRange(w.accruedUsd)} | ${usdRange(w.accruedUsd)} (unchanged) |`,
    `| New claims ${horizonPhrase(horizon)} | ${usdRange(w.forward.unchangedUsd)} | ${usdRange(w.forward.withMeasureUsd)} |`,
    `| Injunction risk | ${w.before.injunctionRisk.level} | ${w.after.injunctionRisk.level} |`,
    "",
    `New claims avoided going forward: ${avoidedPhrase(w.forward.avoidedUsd)}${md(perNewPersonPhrase(w.forward))}. Exposure already accrued stays as it is: cures work forward only.`,
  ];
  if (w.forward.notes.length > 0) {
    out.push("");
    pushAll(out, w.forward.notes.map((n) => `- ${md(n)}`));
  }
  if (w.byMeasure.length > 0) {
    out.push("", "| Applied measure | Effect | Violations it cures | Risks it resolves | Findings it mitigates |", "| --- | --- | ---: | ---: | ---: |");
    for (const m of w.byMeasure) out.push(`| ${cell(remedyTitle(m.remedyId))} (${codeCell(m.remedyId)}) | ${m.effect} | ${m.cures.length} | ${m.resolves.length} | ${m.mitigates.length} |`);
  }
  if (w.notModeled.length > 0) out.push("", `Not modeled (listed, not applied): ${w.notModeled.map(code).join(", ")}.`);

  const outcomes = sortedOutcomes(w);
  out.push("", "#### Findings before → after", "");
  if (outcomes.length === 0) {
    out.push("No violation or risk before the measures.");
  } else {
    out.push("| Outcome | Severity | Rule | System | Findings | Answered by |", "| --- | --- | --- | --- | ---: | --- |");
    for (const { ref: o, count } of collapse(outcomes, (o) => `${o.severity} ${o.outcome} ${o.answeredBy.join(",")}`)) {
      out.push(`| ${o.outcome} | ${o.severity} | ${codeCell(o.ruleId)} | ${codeCell(refSystem(o))} | ${count} | ${o.answeredBy.map(codeCell).join(", ") || "none"} |`);
    }
    out.push("");
    pushAll(out, [...new Set(outcomes.map((o) => o.outcome))].map((o) => `- _${o}_: ${OUTCOME_MEANING[o]}`));
  }
  if (w.introduced.length > 0) {
    out.push("", "#### Brought to light", "", "| Severity | Rule | System | Findings | Checks |", "| --- | --- | --- | ---: | --- |");
    pushAll(
      out,
      collapse(w.introduced).map(({ ref: f, count }) => `| ${f.severity} | ${codeCell(f.ruleId)} | ${codeCell(refSystem(f))} | ${count} | ${cell(f.title)} |`),
    );
  }
  if (w.after.injunctionRisk.measuresTaken.length > 0) {
    out.push("", `Measures in place after (as the Clearview court weighed them): ${w.after.injunctionRisk.measuresTaken.map(md).join("; ")}.`);
  }
  return out;
}

/** `` `bipa/15d-disclosure` (`face-search`, 2 findings) ``, comma-separated; findings alike counted once. */
function refList(refs: readonly FindingRef[]): string {
  return collapse(refs, () => "")
    .map(({ ref: f, count }) => `${codeCell(f.ruleId)} (${codeCell(refSystem(f))}${count > 1 ? `, ${count} findings` : ""})`)
    .join(", ");
}
