import type { ExposureEstimate, ExposureLine, Range } from "../../packs/bipa/exposure/types.js";
import type { FindingRef, PlanStep, RemediationPlan } from "../../plan/types.js";
import { compareSections } from "../../util/section-order.js";
import { countingPhrase } from "../shared.js";

export { compareSections };

/*
 * The adapters between the exposure and plan types (src/packs/bipa/exposure/types.ts, src/plan/types.ts) and
 * what the HTML report draws. The report reads those types only through this file, so a change of
 * field names there is absorbed here.
 */

/** One line of arithmetic behind a bar. */
export interface BarLine {
  label: string;
  amountUsd: Range;
  counting: string;
  arithmetic: string;
}

/** One range bar of the exposure chart: a section or a system, low to high. */
export interface RangeBar {
  label: string;
  /** The counting basis of the lines it sums, e.g. `per-person (low) / per-scan (high)`. */
  counting: string;
  low: number;
  high: number;
  lines: BarLine[];
}

/** What an exposure line contributes to a bar. */
function barLine(line: ExposureLine, label: string): BarLine {
  return { label, amountUsd: line.amountUsd, counting: countingPhrase(line), arithmetic: line.arithmetic };
}

function lineLabel(line: ExposureLine, systemName: string): string {
  return `${line.section}${line.recipient !== undefined ? ` to ${line.recipient}` : ""}, ${systemName}`;
}

/** Sums lines into one bar; the counting bases are listed once each, in first-seen order. */
function bar(label: string, lines: BarLine[]): RangeBar {
  return {
    label,
    counting: [...new Set(lines.map((l) => l.counting))].join("; "),
    low: lines.reduce((n, l) => n + l.amountUsd.low, 0),
    high: lines.reduce((n, l) => n + l.amountUsd.high, 0),
    lines,
  };
}

/** One bar per statute section, summed over systems, in the order sections first appear. */
export function sectionBars(e: ExposureEstimate): RangeBar[] {
  const groups = new Map<string, BarLine[]>();
  for (const s of e.systems) {
    for (const l of s.lines) {
      const list = groups.get(l.section) ?? [];
      list.push(barLine(l, lineLabel(l, s.systemName)));
      groups.set(l.section, list);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => compareSections(a, b)).map(([section, lines]) => bar(section, lines));
}

/** One bar per system that has counted lines, in profile order. */
export function systemBars(e: ExposureEstimate): RangeBar[] {
  return e.systems.filter((s) => s.lines.length > 0).map((s) => bar(s.systemName, s.lines.map((l) => barLine(l, lineLabel(l, s.systemName)))));
}

/** The whole estimate as one range. */
export function exposureTotal(e: ExposureEstimate): Range {
  return e.totalUsd;
}

/** One measure of the plan, as the report shows it. */
export interface MeasureView {
  remedyId: string;
  title: string;
  /** Whether the measure is a statutory cure or only mitigation (weighed for harm, not liability). */
  effect: "cure" | "mitigation";
  modeled: boolean;
  /** Why a measure is not modeled (no profile change expresses it). */
  notModeledReason?: string;
  requires: string;
  why: string;
  systemIds: string[];
  cures: FindingRef[];
  mitigates: FindingRef[];
  introduces: FindingRef[];
  /** Exposure avoided going forward when the measure alone is taken; it never reduces what has accrued. */
  avoidedGoingForwardUsd: Range;
}

export function measureView(step: PlanStep): MeasureView {
  const cured = new Set(step.cures);
  return {
    remedyId: step.remedyId,
    title: step.title,
    effect: step.effect === "cures" ? "cure" : "mitigation",
    modeled: step.modeled,
    ...(step.modeled ? {} : { notModeledReason: step.transformation.replace(/^Not modeled:\s*/, "") }),
    requires: step.requires,
    why: step.why,
    systemIds: step.systemIds,
    cures: step.addresses.filter((f) => cured.has(f.fingerprint)),
    mitigates: step.addresses.filter((f) => !cured.has(f.fingerprint)),
    introduces: step.introduces,
    avoidedGoingForwardUsd: step.forward.avoidedUsd,
  };
}

/** The plan's measures in its order (most exposure avoided first). */
export function planMeasures(p: RemediationPlan): MeasureView[] {
  return p.steps.map(measureView);
}

/**
 * Exposure already accrued as of the plan's date: liability for past conduct, which no measure
 * changes. Kept apart from what each measure avoids going forward.
 */
export function accruedUsd(p: RemediationPlan): Range {
  return p.accruedUsd;
}

/** The plan's own caption (estimate, not legal advice) and its notes. */
export function planCaption(p: RemediationPlan): { label: string; notes: string[] } {
  return { label: p.label, notes: p.notes };
}
