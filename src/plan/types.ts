import type { ExposureEstimate, InjunctionRiskView, Range } from "../exposure/types.js";
import type { Practices } from "../practices/schema.js";
import type { Remedy } from "../remedies/catalog.js";
import type { RemedyId } from "../remedies/ids.js";
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
 * What happened to a finding once measures were applied and the profile re-audited:
 * - `cured`: it no longer fires, and an applied measure that answers it is a statutory cure;
 * - `no-longer-fires`: it no longer fires, but only mitigating measures (or none) answer it, so it is
 *   still counted in the exposure after (the Clearview court weighed such measures for harm, not liability);
 * - `mitigated`: it still fires, and an applied measure answers it;
 * - `unchanged`: it still fires, and no applied measure answers it.
 */
export type FindingOutcome = "cured" | "no-longer-fires" | "mitigated" | "unchanged";

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
  /** Fingerprints of addressed findings the measure, applied alone, cures. */
  cures: string[];
  /** Fingerprints of addressed findings it only mitigates (still firing, or silenced by a mitigating measure). */
  mitigates: string[];
  /** Findings the change brings to light (for example a late policy under Mora once a policy exists). */
  introduces: FindingRef[];
  /** Exposure before minus exposure after, applied alone (negative when it brings a violation to light). */
  exposureRemovedUsd: Range;
  exposureAfterUsd: Range;
}

/** Findings and figures at one point of the what-if. */
export interface PlanSnapshot {
  findings: Finding[];
  summary: ReportSummary;
  exposure: ExposureEstimate;
  injunctionRisk: InjunctionRiskView;
}

/** The what-if: chosen measures applied together, the profile re-audited with the same asOf and settings. */
export interface WhatIf {
  applied: RemedyId[];
  /** Chosen measures that no profile change expresses (listed, not applied). */
  notModeled: RemedyId[];
  /** The profile after the measures. */
  profile: Practices;
  before: PlanSnapshot;
  after: PlanSnapshot;
  /** Every finding before (risks and violations), with its outcome and the applied measures that answer it. */
  outcomes: Array<FindingRef & { outcome: FindingOutcome; answeredBy: RemedyId[] }>;
  /** Findings present after that were not present before. */
  introduced: FindingRef[];
  /** Per applied measure: which findings it cures and which it only mitigates. */
  byMeasure: Array<{ remedyId: RemedyId; effect: Remedy["effect"]; cures: string[]; mitigates: string[] }>;
  exposureRemovedUsd: Range;
}

/** The remediation plan: measures ordered by the exposure they remove, and an optional what-if. */
export interface RemediationPlan {
  /** "Estimate, not legal advice" and what the figures are. */
  label: string;
  asOf: string;
  exposureBeforeUsd: Range;
  /** Ordered: most exposure removed first, then cures before mitigations, then most findings cured. */
  steps: PlanStep[];
  whatIf?: WhatIf;
  notes: string[];
}
