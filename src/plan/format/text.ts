import { VERSION } from "../../version.js";
import { remedyTitle } from "../../packs/bipa/remedies/catalog.js";
import { paint, type Paint } from "../../format/ansi.js";
import { escapeTerminal, mapStrings } from "../../format/escape-terminal.js";
import { plural, severityCounts, usdRange } from "../../format/shared.js";
import type { PlanMeasure } from "../across.js";
import type { FindingOutcome, FindingRef, Horizon, PlanStep, RemediationPlan, WhatIf } from "../types.js";
import {
  collapse,
  OUTCOME_MEANING,
  PLAN_CLOSING,
  refName,
  avoidedPhrase,
  horizonPhrase,
  perNewPersonPhrase,
  sortedOutcomes,
  unmodeledReason,
  type PlanFormatter,
} from "./shared.js";
import { pushAll } from "../../util/push-all.js";

/**
 * The remediation plan as text for a terminal: the exposure already accrued (which no measure
 * changes), then the measures in order (rank, title, whether each cures or only mitigates, the systems
 * it changes, the findings it cures, resolves or mitigates by rule id, and the new claims it avoids
 * going forward over the horizon, with what the law counts going forward); then, when a what-if was
 * run, the measures applied, those no profile change expresses, every finding before → after with its
 * outcome, the findings brought to light, the forward figures and injunction risk before and after;
 * then the plan's notes.
 */
export const formatPlanText: PlanFormatter = (input, options = {}) => {
  const p = paint(options.color ?? false);
  // Names, recipients and notes come from the profile: every string reaches the terminal escaped.
  const plan = mapStrings(input);
  const file = escapeTerminal(options.file ?? "<input>");
  const out = [
    p.bold(`bipa-check ${VERSION} · BIPA (740 ILCS 14) remediation plan for ${file} as of ${plan.asOf}`),
    p.dim(plan.label),
    "",
    `Exposure already accrued (Sec. 20 estimate, unchanged by any measure): ${usdRange(plan.accruedUsd)}`,
    `Going forward: new claims each measure avoids ${horizonPhrase(plan.horizon)}${plan.horizon.isDefault ? " (default horizon)" : ""}`,
    "",
    ...stepsBlock(plan.steps, p),
  ];
  if (plan.measures.some((m) => m.packs.some((u) => u.packId !== "bipa"))) {
    out.push("");
    pushAll(out, acrossBlock(plan.measures, p));
  }
  if (plan.whatIf) {
    out.push("");
    pushAll(out, whatIfBlock(plan.whatIf, plan.asOf, plan.horizon, p));
  }
  if (plan.notes.length > 0) {
    out.push("", p.bold("Notes"));
    pushAll(out, plan.notes.map((n) => `  - ${n}`));
  }
  out.push("", PLAN_CLOSING);
  return `${out.join("\n")}\n`;
};

/** Each act once, with every law and section it satisfies; the strictest deadline; what each law's figure means. */
function acrossBlock(measures: readonly PlanMeasure[], p: Paint): string[] {
  const out = [p.bold(`Across the laws: each measure once, with every law it satisfies (${measures.length})`)];
  for (const m of measures) {
    out.push("", `  ${p.bold(m.title)} (${m.measure})`);
    for (const u of m.packs) {
      const range = u.stopsAccruing ? `${money(u.stopsAccruing.currency, u.stopsAccruing.low)} to ${money(u.stopsAccruing.currency, u.stopsAccruing.high)}` : "";
      // A timely cure can bar the claim only where the law gives a cure window; elsewhere what accrued stays.
      const figure = !u.stopsAccruing
        ? ""
        : u.cureWindow
          ? ` · estimate tied to these findings: ${range} (${u.cureWindow.text})`
          : ` · estimate tied to these findings: ${range} (already accrued: the measure stops further violations, it does not remove these)`;
      out.push(`    ${u.packId}: ${effectWord(u.effect, p)} · ${u.sections.join(", ")} · ${u.remedyIds.join(", ")}${figure}`);
    }
    if (m.deadline) out.push(`    ${p.dim(`Strictest deadline among the laws that apply: ${m.deadline.text} (${m.deadline.packId})`)}`);
  }
  return out;
}

function money(currency: "USD" | "EUR", n: number): string {
  const whole = String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return currency === "USD" ? `$${whole}` : `€${whole}`;
}

function stepsBlock(steps: readonly PlanStep[], p: Paint): string[] {
  if (steps.length === 0) return [p.green("No measures: the report has no violation or risk to remedy.")];
  const width = String(steps.length).length;
  const out = [p.bold(`Measures, most new exposure avoided first (${steps.length})`)];
  steps.forEach((s, i) => {
    const rank = `${String(i + 1).padStart(width)}.`;
    const indent = " ".repeat(rank.length + 3);
    out.push("", `  ${rank} ${p.bold(s.title)} (${s.remedyId})`);
    out.push(
      `${indent}${effectWord(s.effect, p)} · systems: ${s.systemIds.length > 0 ? s.systemIds.join(", ") : "none"} · new claims avoided going forward, applied alone: ${avoidedPhrase(s.forward.avoidedUsd)}${perNewPersonPhrase(s.forward)}`,
    );
    if (s.addresses.length === 0) out.push(`${indent}${p.dim("No finding names this measure; it was chosen for the what-if.")}`);
    const cured = s.addresses.filter((f) => s.cures.includes(f.fingerprint));
    const resolved = s.addresses.filter((f) => s.resolves.includes(f.fingerprint));
    const mitigated = s.addresses.filter((f) => !s.cures.includes(f.fingerprint) && !s.resolves.includes(f.fingerprint));
    for (const { ref, count } of collapse(cured)) out.push(`${indent}${p.green("cures          ")}  ${refLine(ref, count, p)}`);
    for (const { ref, count } of collapse(resolved)) out.push(`${indent}${p.green("resolves       ")}  ${refLine(ref, count, p)}`);
    for (const { ref, count } of collapse(mitigated)) out.push(`${indent}${p.yellow("mitigates      ")}  ${refLine(ref, count, p)}`);
    for (const { ref, count } of collapse(s.introduces)) out.push(`${indent}${p.red("brings to light")}  ${refLine(ref, count, p)}`);
    if (!s.modeled) out.push(`${indent}${p.dim(`Not modeled: ${unmodeledReason(s.transformation)}`)}`);
    else for (const n of s.forward.notes) out.push(`${indent}${p.dim(n)}`);
  });
  return out;
}

function whatIfBlock(w: WhatIf, asOf: string, horizon: Horizon, p: Paint): string[] {
  const out = [p.bold(`What-if: ${plural(w.applied.length, "measure")} applied together, profile re-audited as of ${asOf}`)];
  if (w.applied.length > 0) {
    out.push("  Applied:");
    for (const m of w.byMeasure) {
      out.push(
        `    ${effectWord(m.effect, p, 9)}  ${remedyTitle(m.remedyId)} (${m.remedyId}): cures ${m.cures.length}, resolves ${m.resolves.length}, mitigates ${plural(m.mitigates.length, "finding")}`,
      );
    }
  } else {
    out.push("  Applied: none");
  }
  if (w.notModeled.length > 0) out.push(`  Not modeled (listed, not applied): ${w.notModeled.join(", ")}`);

  const outcomes = sortedOutcomes(w);
  out.push("", `  Findings before → after (${outcomes.length})`);
  if (outcomes.length === 0) out.push("    none");
  const width = outcomes.reduce((w, o) => Math.max(w, o.outcome.length), 0);
  for (const { ref: o, count } of collapse(outcomes, (o) => `${o.severity} ${o.outcome} ${o.answeredBy.join(",")}`)) {
    const by = o.answeredBy.length > 0 ? p.dim(`; answered by ${o.answeredBy.join(", ")}`) : "";
    out.push(`    ${outcomeWord(o.outcome, o.outcome.padEnd(width), p)}  ${refLine(o, count, p)}${by}`);
  }
  // A legend for the outcomes shown (the list is grouped, so they come in order).
  if (outcomes.length > 0) out.push("");
  for (const outcome of new Set(outcomes.map((o) => o.outcome))) out.push(p.dim(`    ${outcome}: ${OUTCOME_MEANING[outcome]}`));

  if (w.introduced.length > 0) {
    out.push("", `  Brought to light (${w.introduced.length})`);
    pushAll(out, collapse(w.introduced).map(({ ref, count }) => `    ${refLine(ref, count, p)}`));
  }
  out.push(
    "",
    `  Findings: ${severityCounts(w.before.summary)} → ${severityCounts(w.after.summary)}`,
    `  Exposure already accrued (Sec. 20 estimate): ${usdRange(w.accruedUsd)}, unchanged by the measures`,
    `  New claims ${horizonPhrase(horizon)}: ${usdRange(w.forward.unchangedUsd)} with the practice unchanged → ${usdRange(w.forward.withMeasureUsd)} with the measures; avoided: ${avoidedPhrase(w.forward.avoidedUsd)}${perNewPersonPhrase(w.forward)}`,
    `  Injunction risk: ${w.before.injunctionRisk.level} → ${w.after.injunctionRisk.level}`,
  );
  for (const n of w.forward.notes) out.push(p.dim(`    ${n}`));
  if (w.after.injunctionRisk.measuresTaken.length > 0) {
    out.push(`  Measures in place after (as the Clearview court weighed them): ${w.after.injunctionRisk.measuresTaken.join("; ")}`);
  }
  return out;
}

/** `violation  bipa/15d-disclosure (face-search): No disclosure …`, severity padded and coloured. */
function refLine(f: FindingRef, count: number, p: Paint): string {
  return `${p.severity(f.severity, f.severity.padEnd(9))}  ${refName(f, count)}: ${f.title}`;
}

function effectWord(effect: PlanStep["effect"], p: Paint, width = 0): string {
  return effect === "cures" ? p.green("cures".padEnd(width)) : p.yellow("mitigates".padEnd(width));
}

function outcomeWord(outcome: FindingOutcome, padded: string, p: Paint): string {
  return outcome === "cured" || outcome === "resolved" ? p.green(padded) : outcome === "unchanged" ? padded : p.yellow(padded);
}

