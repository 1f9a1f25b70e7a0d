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

/** An authority as the report lists it (once, in `report.authorities`): enough to cite it without the catalog. */
export interface AuthorityRef {
  id: string;
  kind: PackAuthority["kind"];
  name: string;
  citation: string;
  court?: string;
  year: number;
  status: PackVerificationStatus;
}

/** A rule as the report lists it (once, in `report.rules`): what every finding of the rule shares. */
export interface RuleRef {
  id: string;
  title: string;
  /** The statute section, e.g. `740 ILCS 14/15(b)(3)`. */
  section: string;
  /** Ids into `report.authorities`, in the order the rule cites them. */
  authorities: string[];
  /** The rule's remedy ids (a finding may name others: its own `remedies` decide). */
  remedies: string[];
}

/** A remedial measure as the report lists it (once, in `report.remedies`). */
export interface RemedyRef {
  id: string;
  /** The act itself, shared across packs when the same act satisfies several laws. */
  measure: string;
  title: string;
  requires: string;
  effect: "cures" | "mitigates";
}

/** A system as the report lists it (once, in `report.systems`, in profile order). */
export interface SystemRef {
  id: string;
  name: string;
}

/**
 * One thing wrong (or worth knowing) about one system. What the finding shares with every other
 * finding of its rule (title, authorities) is listed once in the report and referenced by id:
 * `ruleId` into `report.rules`, `remedies` into `report.remedies`, `systemId` into `report.systems`.
 * `resolveFinding` (src/core/resolve.ts) gives the finding with them filled in.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The statute section, e.g. `740 ILCS 14/15(b)(3)`: the duty the law grades, kept on the finding. */
  section: string;
  /** The system it concerns; absent for findings about the organization as a whole. */
  systemId?: string;
  /** What is wrong, in words specific to this system. */
  message: string;
  /** `fact` when it rests on stated facts; `unknown` when a deciding fact was left unknown. */
  basis: "fact" | "unknown";
  /** The input fields it rests on; the first is where an editor or code-scanning alert points. */
  evidence: Evidence[];
  /** Remedy ids (into `report.remedies`). */
  remedies: string[];
  /** Stable identity across reformatting and reordering: rule id, system id and field. */
  fingerprint: string;
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
  /** YYYY-MM-DD, or YYYY where the legal reference gives only the year (`Pack.effectiveFrom`). */
  effectiveFrom: string;
  applicability: Applicability[];
  passed: Array<{ ruleId: string; systemId: string }>;
  notEngaged?: Array<{ ruleId: string; systemId: string }>;
  summary: PackSummary;
  /** A penalty model's estimate (BIPA's Sec. 20 estimate is the report's `exposure`). */
  estimate?: PenaltyEstimate;
  /** The value each option the pack declares took in this run (present when it declares any); `notes` says it in words. */
  options?: PackOptionUse[];
  notes: string[];
}

/** One pack option as a run applied it: the value, and whether the user stated it or it is the default. */
export interface PackOptionUse {
  id: string;
  value: string;
  stated: boolean;
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
 * The result of an audit: plain data, serializable as JSON, the same bytes for the same input.
 * Version 3 lists each rule, authority, remedy and system once (`rules`, `authorities`, `remedies`,
 * `systems`) and findings reference them by id; version 2 added `packs` (a section per law) and
 * `matrix` (law × system). See docs/report-format.md.
 */
export interface ReportBase {
  reportVersion: 3;
  tool: { name: "bipa-check"; version: string };
  /** The date the audit was evaluated as of (YYYY-MM-DD). */
  asOf: string;
  file?: string;
  organization: { name: string; entityType: string };
  disclaimer: string;
  /** Every system of the profile, in profile order. */
  systems: SystemRef[];
  /** Every rule a finding (or suppressed finding) names, in the order the packs ran and list them. */
  rules: RuleRef[];
  /** Every authority those rules cite, each once, in first-cited order. */
  authorities: AuthorityRef[];
  /** Every remedy those rules and findings name, each once, in first-named order. */
  remedies: RemedyRef[];
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
