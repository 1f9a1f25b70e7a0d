/**
 * The shape of the Sec. 20 statutory-damages estimate carried in every Report. The arithmetic lives in
 * damages.ts; formatters read only these types. Figures are ceilings, not predictions: Sec. 20 damages
 * are discretionary (Cothron, 2023; Rogers v. BNSF, 2023).
 */

/** A low and a high figure. */
export interface Range {
  low: number;
  high: number;
}

/** One line of the estimate: one rule's findings on one system, and how they were counted. */
export interface ExposureLine {
  ruleId: string;
  section: string;
  systemId: string;
  /** Violations counted, low and high reading. */
  violations: Range;
  /** Dollars: low = negligent rate on the low count, high = intentional/reckless rate on the high count. */
  amountUsd: Range;
  /** The arithmetic in words and numbers, e.g. "120 people × 1 identifier × 1 method × $1,000". */
  arithmetic: string;
  /** Which counting rule applied: per-scan accrual (Cothron) or one recovery per person (PA 103-0769). */
  counting: "per-scan" | "per-transmission" | "per-person" | "per-person-per-recipient" | "per-person-once";
  /** When the low count used a different rule than `counting` (the high count), the low count's rule. */
  countingLow?: ExposureLine["counting"];
  /** Every rule whose findings this line counts (a section is counted once per system, whatever rules fired). */
  ruleIds?: string[];
  /** Fingerprints of the findings this line counts. */
  fingerprints?: string[];
  /** For 15(d): the recipient the line counts (PA 103-0769 counts per recipient). */
  recipient?: string;
  /** The inputs of the count: Illinois people counted (the high reading), identifiers and collection methods. */
  people?: number;
  identifiers?: number;
  methods?: number;
  /** Illinois people counted, low and high reading. */
  peopleRange?: Range;
  /** Identifier × method pairs counted per person (PA 103-0769's unit), as used. */
  pairs?: number;
  /** The part of the five-year look-back in which this system captured data (YYYY-MM-DD, inclusive). */
  window?: { start: string; end: string };
  /** For a line counted apart (not in the total): why. */
  apartReason?: string;
  /**
   * Lines of different systems with the same key may count the same people: 15(a), 15(c) and 15(e)
   * (one entity-wide duty) by section; 15(b) by the identifier × method pairs; 15(d) by the pairs and
   * the recipient (PA 103-0769: one recovery per person, identifier and method, and recipient). The
   * low figure reads them as the same people (the largest line's count), the high as distinct people.
   */
  samePeopleKey?: string;
}

/** A finding that the figure does not count, and why (risks, unknown facts, out-of-scope systems). */
export interface UncountedFinding {
  ruleId: string;
  systemId?: string;
  severity: "violation" | "risk" | "info";
  basis: "fact" | "unknown";
  fingerprint: string;
  reason: string;
}

export interface SystemExposure {
  systemId: string;
  systemName: string;
  /** Illinois subjects counted, low reading ("unknown" when the profile does not say; then no figure is given). */
  illinoisSubjects: number | "unknown";
  /** Illinois subjects counted, high reading, when it differs from the low one. */
  illinoisSubjectsHigh?: number;
  lines: ExposureLine[];
  /** The system's lines summed (every section stacked). */
  totalUsd: Range;
  /** Lines counted apart and left out of every total (bargaining-unit groups under a CBA: likely preempted). */
  apart?: ExposureLine[];
  apartUsd?: Range;
}

/** Where the claims would be heard (the retroactivity question may differ by forum). */
export type ExposureForum = "federal" | "illinois-state" | "arbitration" | "unknown";

/** Whether one person recovers under several subsections at once: unsettled, so both readings are shown. */
export interface StackingReadings {
  /**
   * No stacking: each person recovers under one section only. The estimate cannot pair people across
   * sections, so this is the largest single section's figure: the least the reading can give.
   */
  noStackingUsd: Range;
  /** Stacked: every section's recovery added (the sum of all lines). */
  stackedUsd: Range;
  /** The section whose figure the no-stacking reading takes, for the low and the high figure. */
  largestSection: { low: string; high: string };
  bySection: Array<{ section: string; amountUsd: Range }>;
}

/** The Sec. 20 estimate for the whole profile. */
export interface ExposureEstimate {
  /** Always shown beside the figures. */
  label: string;
  asOf: string;
  /** Start of the five-year look-back (Tims v. Black Horse Carriers, 2023). */
  lookbackStart: string;
  /** Whether PA 103-0769 was taken to apply to pending claims ("unknown": both readings in the range). */
  amendmentAppliesToPendingClaims: boolean | "unknown";
  perViolationUsd: { negligent: number; intentionalOrReckless: number };
  systems: SystemExposure[];
  totalUsd: Range;
  /** Systems or findings that could not be counted, and why. */
  notes: string[];
  /** Findings listed but not counted: risks, unknown-basis findings, and violations without a countable count. */
  uncounted?: UncountedFinding[];
  /** Effective date of PA 103-0769 (2024-08-02): the line between per-scan accrual and one recovery per person. */
  amendmentEffective?: string;
  /** How 15(a), 15(c) and 15(e) were counted (the amendment does not address them). */
  otherSectionsCounting?: "per-person-once" | "uncounted";
  /** The filing date assumed for the look-back (defaults to asOf). */
  assumedFilingDate?: string;
  /** The forum assumed, and the retroactivity answer assumed in each forum. */
  forum?: ExposureForum;
  amendmentByForum?: { federal: boolean | "unknown"; "illinois-state": boolean | "unknown"; arbitration: boolean | "unknown" };
  /** How channels of one identifier feeding one template were counted. */
  templateChannels?: "one-method" | "separate-methods";
  /**
   * Both readings of stacking. `totalUsd` is their span: low = no stacking at the low count and rate,
   * high = stacked at the high count and rate.
   */
  stacking?: StackingReadings;
  /** Lines counted apart (likely preempted), summed; never part of `totalUsd`. */
  apartUsd?: Range;
  /** Forward mode (the plan): only claims arising new in this period were counted. */
  period?: { start: string; end: string };
}

/** One factor the Clearview court weighed for irreparable harm (preliminary injunction). */
export interface InjunctionFactor {
  id: string;
  /** Whether the factor points toward irreparable harm (true) or not (false: against it, or no factor). */
  pointsToHarm: boolean;
  /**
   * How the Clearview court treated it: toward or against irreparable harm, not a factor either way
   * (breaches that exposed no biometric data), or argued and rejected (offshore subsidiaries). Only
   * `toward-harm` factors can raise the level.
   */
  direction?: "toward-harm" | "against-harm" | "not-a-factor" | "argued-rejected";
  present: boolean;
  /** Set when the factor is not present because the profile leaves its fact unknown (not established, rather than absent). */
  unknown?: true;
  description: string;
  systemIds: string[];
}

/**
 * The injunction-risk view, modeled on the Clearview MDL ruling denying a preliminary injunction. It
 * models the irreparable-harm factor only (not likelihood of success, hardships or the public interest).
 */
export interface InjunctionRiskView {
  level: "elevated" | "moderate" | "low";
  factors: InjunctionFactor[];
  /** Remedial measures already in place, as the court weighed them. */
  measuresTaken: string[];
  summary: string;
}
