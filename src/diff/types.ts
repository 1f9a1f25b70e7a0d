import type { Range } from "../packs/bipa/exposure/types.js";
import type { Practices } from "../practices/schema.js";
import type { ResolvedFinding, Report, ReportSummary } from "../report/types.js";

/**
 * One side of a comparison: the report, and the profile it was audited from. The profile is
 * optional; without both profiles the diff has no `newDuties` (a report does not say which
 * recipients, populations or uses a system has).
 */
export interface DiffSide {
  report: Report;
  profile?: Practices;
}

/** What the diff says about each side. */
export interface DiffSnapshot {
  file?: string;
  asOf: string;
  organization: string;
  summary: ReportSummary;
  /** The Sec. 20 estimate's total, when the report has one. */
  exposureUsd?: Range;
  lookbackStart?: string;
  injunctionRisk?: "elevated" | "moderate" | "low";
}

/** A finding present on both sides (same fingerprint); the severity may have changed. */
export interface UnchangedFinding {
  fingerprint: string;
  before: ResolvedFinding;
  after: ResolvedFinding;
  severityChanged: boolean;
}

/** The exposure of one statute section on both sides (summed over systems), and the change. */
export interface SectionExposureChange {
  section: string;
  before: Range;
  after: Range;
  /** after minus before, low and high. */
  change: Range;
}

/** What kind of change triggers a new duty. */
export type DutyTrigger = "new-system" | "new-recipient" | "new-purpose" | "new-population" | "new-identifier" | "new-collection-method";

/** A duty the change brings about: what is new, where in the profile after, and what the statute asks. */
export interface NewDuty {
  trigger: DutyTrigger;
  systemId: string;
  systemName: string;
  /** What is new: the system, the recipient, the use, the population, the identifier or the method. */
  subject: string;
  /** JSON pointer into the profile after. */
  pointer: string;
  /** The sections that set the duty, e.g. `740 ILCS 14/15(d)`. */
  sections: string[];
  /** What the sections ask, in words (from the project's legal reference). */
  duty: string;
}

/** The result of {@link diffReports}: plain data, the same bytes as JSON for the same inputs. */
export interface ReportDiff {
  diffVersion: 1;
  before: DiffSnapshot;
  after: DiffSnapshot;
  /** Findings after whose fingerprint is not before (in the after report's order). */
  added: ResolvedFinding[];
  /** Findings before whose fingerprint is not after (in the before report's order). */
  resolved: ResolvedFinding[];
  unchanged: UnchangedFinding[];
  exposure: {
    before?: Range;
    after?: Range;
    change?: Range;
    /** Every section counted on either side, in statute order. */
    sections: SectionExposureChange[];
  };
  /** Remedial measures in place after and not before, and the reverse (as the injunction view lists them). */
  measuresTaken: string[];
  measuresDropped: string[];
  /** Duties the change triggers; absent when either profile was not given. */
  newDuties?: NewDuty[];
  /** What else changed between the two sides: the date, the look-back, the amendment, the organization. */
  notes: string[];
}
