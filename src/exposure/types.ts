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
  /** The inputs of the count: Illinois people, identifiers (modalities) and collection methods. */
  people?: number;
  identifiers?: number;
  methods?: number;
  /** The part of the five-year look-back in which this system captured data (YYYY-MM-DD, inclusive). */
  window?: { start: string; end: string };
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
  /** Illinois subjects counted ("unknown" when the profile does not say; then no figure is given). */
  illinoisSubjects: number | "unknown";
  lines: ExposureLine[];
  totalUsd: Range;
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
}

/** One factor the Clearview court weighed for irreparable harm (preliminary injunction). */
export interface InjunctionFactor {
  id: string;
  /** Whether the factor points toward irreparable harm (true) or away from it (false). */
  pointsToHarm: boolean;
  present: boolean;
  /** Set when the factor is not present because the profile leaves its fact unknown (not established, rather than absent). */
  unknown?: true;
  description: string;
  systemIds: string[];
}

/** The injunction-risk view, modeled on the Clearview MDL ruling denying a preliminary injunction. */
export interface InjunctionRiskView {
  level: "elevated" | "moderate" | "low";
  factors: InjunctionFactor[];
  /** Remedial measures already in place, as the court weighed them. */
  measuresTaken: string[];
  summary: string;
}
