import type { PlanMeasure } from "./across.js";
import type { ExposureEstimate, InjunctionRiskView, Range } from "../packs/bipa/exposure/types.js";
import type { Practices } from "../practices/schema.js";
import type { Remedy } from "../packs/bipa/remedies/catalog.js";
import type { RemedyId } from "../packs/bipa/remedies/ids.js";
import type { Finding, ReportSummary, Severity } from "../report/types.js";

/** Enough of a finding to name it in a plan; `fingerprint` is its stable identity. */
export interface FindingRef {
  fingerprint: string;
  ruleId: string;
  title: string;
  systemId?: string;
  severity: Severity;
  basis: "fact" | "unknown";
}

/**
 * What happened to a finding once measures were applied and the profile re-audited. A measure works
 * forward only: no outcome touches the exposure already accrued.
 * - `cured`: a violation that no longer fires, answered by a measure that satisfies the duty it
 *   found broken: the practice meets that duty from today (claims already accrued remain);
 * - `resolved`: a risk that no longer fires, answered by an applied measure;
 * - `no-longer-fires`: it no longer fires, but no applied measure that satisfies its duty answers it
 *   (a mitigating measure silenced the rule; the conduct it found is not cured);
 * - `mitigated`: it still fires, and an applied measure answers it (for a risk: reduces it);
 * - `unchanged`: it still fires, and no applied measure answers it.
 */
export type FindingOutcome = "cured" | "resolved" | "no-longer-fires" | "mitigated" | "unchanged";

/** The horizon over which forward effects are counted. */
export interface Horizon {
  years: number;
  /** First and last day of the forward period (the day after asOf, and asOf plus `years`). */
  from: string;
  to: string;
  /** Whether `years` is the default (stated in the output). */
  isDefault: boolean;
}

/**
 * What a measure changes going forward, over the horizon, counted by the same rules as the estimate:
 * the claims that would arise new in the period with the practice unchanged, and with the measure.
 * Accrued exposure is never part of it.
 */
export interface ForwardEffect {
  /** New claims over the horizon with the practice as it is (ongoing capture projected). */
  unchangedUsd: Range;
  /** New claims over the horizon with the measure(s) taken on asOf. */
  withMeasureUsd: Range;
  /** The difference: what the measure avoids going forward (never negative unless it brings a violation to light). */
  avoidedUsd: Range;
  /**
   * What each Illinois person newly enrolled (or, for 15(d), each new recipient per person) would add
   * with the practice unchanged, in the sections the measure cures; the profile states no enrolment
   * rate, so it is given per person rather than as a total. Across sections the low figure does not
   * stack (the largest section's) and the high figure does, as the accrued total reads it.
   */
  perNewPersonUsd?: Range;
  /** In plain words: what the law counts going forward, what the measure avoids, and when accrued claims run out. */
  notes: string[];
}

/** One remedial measure in the plan, with what it does to this profile when applied alone. */
export interface PlanStep {
  remedyId: RemedyId;
  title: string;
  effect: Remedy["effect"];
  requires: string;
  why: string;
  sources: Remedy["sources"];
  /** Whether the measure is expressed as a profile change (otherwise `transformation` says why not). */
  modeled: boolean;
  /** The documented profile transformation. */
  transformation: string;
  /** Systems whose findings list the measure (the measure is applied to these). */
  systemIds: string[];
  /** Findings that list the measure among their remedies. */
  addresses: FindingRef[];
  /** Fingerprints of violations the measure, applied alone, cures going forward (only of the duty it satisfies). */
  cures: string[];
  /** Fingerprints of risks it resolves (they no longer fire). */
  resolves: string[];
  /** Fingerprints of addressed findings it only mitigates or reduces. */
  mitigates: string[];
  /** Findings the change brings to light (for example a late policy under Mora once a policy exists). */
  introduces: FindingRef[];
  /** Exposure already accrued as of asOf: the same before and after, whatever the measure. */
  accruedUsd: Range;
  /** What it changes going forward over the plan's horizon. */
  forward: ForwardEffect;
}

/** Findings and figures at one point of the what-if. */
export interface PlanSnapshot {
  findings: Finding[];
  summary: ReportSummary;
  injunctionRisk: InjunctionRiskView;
}

/** The what-if: chosen measures applied together, the profile re-audited with the same asOf and settings. */
export interface WhatIf {
  applied: RemedyId[];
  /** Chosen measures that no profile change expresses (listed, not applied). */
  notModeled: RemedyId[];
  /** The profile after the measures. */
  profile: Practices;
  /** Before: findings, summary, injunction risk and the accrued estimate. */
  before: PlanSnapshot & { exposure: ExposureEstimate };
  after: PlanSnapshot;
  /** Every finding before (risks and violations), with its outcome and the applied measures that answer it. */
  outcomes: Array<FindingRef & { outcome: FindingOutcome; answeredBy: RemedyId[] }>;
  /** Findings present after that were not present before. */
  introduced: FindingRef[];
  /** Per applied measure: the violations it cures, the risks it resolves, and what it only mitigates. */
  byMeasure: Array<{ remedyId: RemedyId; effect: Remedy["effect"]; cures: string[]; resolves: string[]; mitigates: string[] }>;
  /** Exposure already accrued: unchanged by the measures. */
  accruedUsd: Range;
  /** The measures together, going forward over the horizon. */
  forward: ForwardEffect;
}

/** The remediation plan: measures ordered by what they avoid going forward, and an optional what-if. */
export interface RemediationPlan {
  /** "Estimate, not legal advice" and what the figures are. */
  label: string;
  asOf: string;
  /** Exposure already accrued as of asOf (the Sec. 20 estimate): no measure changes it. */
  accruedUsd: Range;
  horizon: Horizon;
  /** Ordered: most exposure avoided going forward first, then most violations cured, then cures before mitigations. */
  steps: PlanStep[];
  whatIf?: WhatIf;
  /** Every pack's measures, each act listed once with every law and section it satisfies (src/plan/across.ts). */
  measures: PlanMeasure[];
  notes: string[];
}
