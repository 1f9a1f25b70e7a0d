import { usdRange } from "../../format/shared.js";
import type { Range } from "../../packs/bipa/exposure/types.js";
import type { FindingOutcome, FindingRef, ForwardEffect, Horizon, RemediationPlan, WhatIf } from "../types.js";

/** Options every plan renderer accepts; each reads only the ones that concern it. */
export interface PlanFormatOptions {
  /** The profile's file name, shown in the heading (default `<input>`). */
  file?: string;
  /** Text: ANSI colours. */
  color?: boolean;
}

/** A plan renderer: pure, synchronous, deterministic (no clock, no locale). */
export type PlanFormatter = (plan: RemediationPlan, options?: PlanFormatOptions) => string;

/**
 * The closing statement of every human-readable plan. The second sentence restates the plan's own
 * semantics (src/plan/types.ts, `FindingOutcome`): a finding that only a mitigating measure answers
 * stays in the exposure after.
 */
export const PLAN_CLOSING =
  "bipa-check is an assessment aid, not legal advice. No measure changes the exposure already accrued: cures work forward only, and mitigating measures avoid no new claim, because the Clearview court weighed them for irreparable harm, not liability. Confirm any plan with counsel before acting.";

/** Outcomes in the order a reader wants them: what is fixed first, what is untouched last. */
export const OUTCOME_ORDER: readonly FindingOutcome[] = ["cured", "resolved", "no-longer-fires", "mitigated", "unchanged"];

/** What each outcome means, in a phrase. */
export const OUTCOME_MEANING: Readonly<Record<FindingOutcome, string>> = {
  cured: "a violation that no longer fires: the practice meets that duty from today; claims already accrued remain",
  resolved: "a risk that no longer fires: an applied measure resolves it",
  "no-longer-fires": "no longer fires, but no measure that satisfies its duty answers it: the conduct it found is not cured",
  mitigated: "still fires; an applied measure answers it (for a risk, reduces it)",
  unchanged: "still fires; no applied measure answers it",
};

/** The what-if's outcomes, grouped by outcome (stable within a group). */
export function sortedOutcomes(whatIf: WhatIf): WhatIf["outcomes"] {
  return [...whatIf.outcomes].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
}

/** Where a finding is: its system id, or the organization for organization-wide findings. */
export function refSystem(f: FindingRef): string {
  return f.systemId ?? "organization";
}

/** New claims avoided going forward, with a word for a negative figure (the change brings a violation to light). */
export function avoidedPhrase(r: Range): string {
  const figure = usdRange(r);
  return r.low < 0 || r.high < 0 ? `${figure} (negative: the change brings a violation to light)` : figure;
}

/** "over 1 year (2026-11-23 to 2027-11-22)". */
export function horizonPhrase(h: Horizon): string {
  return `over ${h.years === 1 ? "1 year" : `${h.years} years`} (${h.from} to ${h.to})`;
}

/** What a new Illinois person would add with the practice unchanged, or "" when nothing is given. */
export function perNewPersonPhrase(f: ForwardEffect): string {
  return f.perNewPersonUsd ? `; each Illinois person newly enrolled would add ${usdRange(f.perNewPersonUsd)} with the practice unchanged` : "";
}

/** `bipa/15d-disclosure (face-search)`, or `… (face-search, 2 findings)` for several alike. */
export function refName(f: FindingRef, count = 1): string {
  return `${f.ruleId} (${refSystem(f)}${count > 1 ? `, ${count} findings` : ""})`;
}

/**
 * Findings that read alike (same rule and system, and the same `key`: by default the severity) as one entry with a
 * count, in first-seen order: a plan names findings by rule and system, so two disclosures to two
 * recipients would otherwise print as two identical lines.
 */
export function collapse<T extends FindingRef>(refs: readonly T[], key: (f: T) => string = (f) => f.severity): Array<{ ref: T; count: number }> {
  const out = new Map<string, { ref: T; count: number }>();
  for (const f of refs) {
    const k = [f.ruleId, refSystem(f), key(f)].join("\u0000");
    const entry = out.get(k);
    if (entry) entry.count++;
    else out.set(k, { ref: f, count: 1 });
  }
  return [...out.values()];
}

/** Why a measure is not modeled, without the catalog's leading "Not modeled: ". */
export function unmodeledReason(transformation: string): string {
  return transformation.replace(/^Not modeled:\s*/, "");
}
