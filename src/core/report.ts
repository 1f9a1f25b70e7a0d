import type { PackAuthority, PackVerificationStatus, PenaltyEstimate } from "./pack.js";

/*
 * The report's shared vocabulary. Imports nothing of the project but the pack contract (which imports
 * only profile types): a pack's own report fields (BIPA's Sec. 20 estimate and injunction view) are
 * typed where the shipped packs are assembled (src/report/types.ts), never here.
 */

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
  kind: PackAuthority["kind"];
  name: string;
  citation: string;
  court?: string;
  year: number;
  status: PackVerificationStatus;
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
  /** Remedy ids of the finding's pack. */
  remedies: string[];
  /** Stable identity across reformatting and reordering: rule id, system id and field. */
  fingerprint: string;
  /** Where to point an editor or code-scanning alert (the first evidence). */
  location: { pointer: string; line?: number; column?: number };
}

/** Whether a system falls under one pack's law at all, and why. */
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
  /**
   * For a pack without scope rules: why it applies, does not apply or may apply (its `applicability`
   * decision, or the law's effective date when `asOf` precedes it). Absent for scope-rule packs (BIPA),
   * whose reasons are `excludedBy` and `conditional`.
   */
  reasons?: string[];
}

/** One cell of the applicability matrix: one law, one system. */
export interface MatrixCell {
  packId: string;
  systemId: string;
  systemName: string;
  status: "applies" | "does-not-apply" | "unknown";
  /** Why, in one sentence (the excluding or deciding rule's reason, or the pack's own). */
  reason: string;
  /** For a law decided but not run (held back by the default selection): its title, as no pack section carries it. */
  law?: string;
}

/** A pack's counts in a report. */
export interface PackSummary {
  systems: number;
  /** Systems the law reaches on the stated facts. */
  systemsInScope: number;
  rulesRun: number;
  violation: number;
  risk: number;
  info: number;
}

/**
 * One pack's section of a report: its law, where it applies, what passed and what was not engaged,
 * its counts, its notes and (for a pack with a penalty model) its estimate. Findings are listed once,
 * at the top of the report, each under its pack's rule id prefix (`packFindings` picks them out).
 */
export interface PackSection {
  id: string;
  title: string;
  jurisdiction: string;
  citation: string;
  effectiveFrom: string;
  applicability: Applicability[];
  passed: Array<{ ruleId: string; systemId: string }>;
  notEngaged?: Array<{ ruleId: string; systemId: string }>;
  summary: PackSummary;
  /** A penalty model's estimate (BIPA's Sec. 20 estimate is the report's `exposure`). */
  estimate?: PenaltyEstimate;
  notes: string[];
}

/** A finding set aside by a waiver or a baseline; kept visible, never failing the run. */
export interface SuppressedFinding extends Finding {
  suppression:
    | { kind: "waiver"; justification: string; approvedBy: string; expires: string }
    | { kind: "baseline" };
}

export interface ReportSummary {
  systems: number;
  /** Systems at least one pack reaches on the stated facts (with BIPA alone, the systems in BIPA's scope). */
  systemsInScope: number;
  rulesRun: number;
  violation: number;
  risk: number;
  info: number;
  suppressed: number;
}

/**
 * The result of an audit: plain data, serializable as JSON, the same bytes for the same input. Version
 * 2 adds `packs` (a section per law) and `matrix` (law × system); `applicability` stays the first
 * pack's (BIPA's) for version 1 readers.
 */
export interface ReportBase {
  reportVersion: 2;
  tool: { name: "bipa-check"; version: string };
  /** The date the audit was evaluated as of (YYYY-MM-DD). */
  asOf: string;
  file?: string;
  organization: { name: string; entityType: string };
  disclaimer: string;
  /** The first pack's applicability per system (BIPA's when it runs); every pack's is in `packs`. */
  applicability: Applicability[];
  /** Every pack's findings: by pack (in the order the packs ran), then system, severity and rule. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Rules (of every pack) that ran on an in-scope system and found nothing. */
  passed: Array<{ ruleId: string; systemId: string }>;
  /** Rules whose duty does not bind an in-scope system (e.g. 15(a) when the entity never possesses the data), and why. */
  notEngaged?: Array<{ ruleId: string; systemId: string }>;
  summary: ReportSummary;
  /** Assumptions the audit made where the law is unsettled or a source is unverified. */
  notes: string[];
  /** Law × system: applies, does not apply, or unknown, and why. Packs in run order, then systems. */
  matrix: MatrixCell[];
  /** A section per pack, in the order the packs ran. */
  packs: PackSection[];
}

/** The pack of a rule id: `bipa/15c-profit` → `bipa`. */
export function packOf(ruleId: string): string {
  const slash = ruleId.indexOf("/");
  return slash === -1 ? "" : ruleId.slice(0, slash);
}

/** The findings of one pack, in report order. */
export function packFindings<F extends { ruleId: string }>(findings: readonly F[], packId: string): F[] {
  const prefix = `${packId}/`;
  return findings.filter((f) => f.ruleId.startsWith(prefix));
}

export const DISCLAIMER =
  "bipa-check is an assessment aid, not legal advice. Findings and estimates rest on the facts in the profile and on the project's legal reference; confirm them with counsel before acting.";
