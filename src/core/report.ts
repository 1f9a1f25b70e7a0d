import type { AuthorityKind, VerificationStatus } from "../packs/bipa/authorities.js";
import type { ExposureEstimate, InjunctionRiskView } from "../packs/bipa/exposure/types.js";
import type { RemedyId } from "../packs/bipa/remedies/ids.js";

/** How serious a finding is: a likely violation, a risk (incl. a deciding fact left unknown), or information. */
export type Severity = "violation" | "risk" | "info";

/** Most severe first; used for sorting and for `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ["violation", "risk", "info"];

/** Higher is more severe. */
export function severityRank(severity: Severity): number {
  return severity === "violation" ? 3 : severity === "risk" ? 2 : 1;
}

/** One input field a finding rests on. */
export interface Evidence {
  /** Absolute JSON pointer into the profile, e.g. `/systems/0/release/type`. */
  pointer: string;
  /** The value after defaults were applied (`"unknown"` for an omitted fact). */
  value: unknown;
  /** Where the field (or, if omitted, its nearest enclosing object) is in the file. */
  line?: number;
  column?: number;
  /** Whether the field was written in the file or filled by a default. */
  present: boolean;
  note?: string;
}

/** An authority as copied into a finding: enough to cite it without the catalog. */
export interface AuthorityRef {
  id: string;
  kind: AuthorityKind;
  name: string;
  citation: string;
  court?: string;
  year: number;
  status: VerificationStatus;
}

/** One thing wrong (or worth knowing) about one system, with its legal basis and cure. */
export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  /** The statute section, e.g. `740 ILCS 14/15(b)(3)`. */
  section: string;
  /** The system it concerns; absent for findings about the organization as a whole. */
  systemId?: string;
  systemName?: string;
  /** What is wrong, in words specific to this system. */
  message: string;
  /** `fact` when it rests on stated facts; `unknown` when a deciding fact was left unknown. */
  basis: "fact" | "unknown";
  authorities: AuthorityRef[];
  evidence: Evidence[];
  remedies: RemedyId[];
  /** Stable identity across reformatting and reordering: rule id, system id and field. */
  fingerprint: string;
  /** Where to point an editor or code-scanning alert (the first evidence). */
  location: { pointer: string; line?: number; column?: number };
}

/** Whether a system falls under BIPA at all, and why. */
export interface Applicability {
  systemId: string;
  systemName: string;
  /** True only when the law applies on the stated facts; a conditional system is not in scope. */
  inScope: boolean;
  /** `applies`, `does-not-apply`, or `unknown` when a deciding fact is unknown (the section checks are then conditional). */
  status: "applies" | "does-not-apply" | "unknown";
  /** For an out-of-scope system: the rule that excluded it and its reason. */
  excludedBy?: { ruleId: string; reason: string };
  /** For a conditional system: the rule whose unknown facts decide, and what the section checks would find if the law applies. */
  conditional?: { ruleId: string; reason: string; violation: number; risk: number; info: number; ruleIds: string[] };
}

/** A finding set aside by a waiver or a baseline; kept visible, never failing the run. */
export interface SuppressedFinding extends Finding {
  suppression:
    | { kind: "waiver"; justification: string; approvedBy: string; expires: string }
    | { kind: "baseline" };
}

export interface ReportSummary {
  systems: number;
  systemsInScope: number;
  rulesRun: number;
  violation: number;
  risk: number;
  info: number;
  suppressed: number;
}

/** The result of an audit: plain data, serializable as JSON, the same bytes for the same input. */
export interface Report {
  reportVersion: 1;
  tool: { name: "bipa-check"; version: string };
  /** The date the audit was evaluated as of (YYYY-MM-DD). */
  asOf: string;
  file?: string;
  organization: { name: string; entityType: string };
  disclaimer: string;
  applicability: Applicability[];
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Rules that ran on an in-scope system and found nothing. */
  passed: Array<{ ruleId: string; systemId: string }>;
  /** Rules whose duty does not bind an in-scope system (e.g. 15(a) when the entity never possesses the data), and why. */
  notEngaged?: Array<{ ruleId: string; systemId: string }>;
  summary: ReportSummary;
  /** Assumptions the audit made where the law is unsettled or a source is unverified. */
  notes: string[];
  /** The Sec. 20 statutory-damages estimate (filled by the exposure module). */
  exposure?: ExposureEstimate;
  /** Factors toward and against irreparable harm, as in the Clearview ruling. */
  injunctionRisk?: InjunctionRiskView;
}

export const DISCLAIMER =
  "bipa-check is an assessment aid, not legal advice. Findings and estimates rest on the facts in the profile and on the project's legal reference; confirm them with counsel before acting.";
