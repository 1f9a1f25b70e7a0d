import type { Practices, System } from "../practices/schema.js";
import type { SharedMeasureId } from "./measures.js";
import type { ReportBase } from "./report.js";

/*
 * The contract between the engine and a jurisdiction pack (issue 11). A pack is data plus pure
 * functions; the engine runs the packs it is given and knows no statute. This file imports only
 * the profile's types and the shared measure ids. A pack-specific measure is written `<pack>/<slug>`.
 */

/** How serious a finding is: a likely violation, a risk (incl. a deciding fact left unknown), or information. */
export type PackSeverity = "violation" | "risk" | "info";

/** V = checked against a primary source; V2 = two or more secondary sources; S = one; UNVERIFIED = not confirmed. */
export type PackVerificationStatus = "V" | "V2" | "S" | "UNVERIFIED";

/** A statute, case, order or settlement a pack cites, carried from the legal reference with its mark. */
export interface PackAuthority {
  /** Unique across all packs: prefix it with the pack id (`tx-cubi-503-001`). */
  id: string;
  kind: "statute" | "public-act" | "case" | "settlement" | "order" | "regulation" | "guidance";
  name: string;
  citation: string;
  court?: string;
  year: number;
  date?: string;
  holding: string;
  status: PackVerificationStatus;
  /** Only a URL the reference itself gives. */
  url?: string;
}

/** A remedial measure. `measure` is shared across packs when the same act satisfies several laws. */
export interface PackRemedy {
  /** Unique across all packs: prefix it with the pack id. */
  id: string;
  /**
   * The act itself, the same id in every pack that accepts it (e.g. `written-consent-before-capture`),
   * so the control plan lists it once with every pack and section it satisfies.
   */
  measure: SharedMeasureId | `${string}/${string}`;
  title: string;
  requires: string;
  effect: "cures" | "mitigates";
  why: string;
  sources: readonly string[];
  /**
   * For a destruction measure: the law's deadline, so the plan can name the strictest one that applies.
   * `months` after `after`; omit `months` for "when the purpose ends" with no fixed period.
   */
  deadline?: { after: "purpose-satisfied" | "last-interaction" | "collection" | "employment-end" | "request"; months?: number; text: string };
  /**
   * When the law lets the company cure before it can be sued (a notice-and-cure period): the plan
   * names the window, so a reader sees which exposure a timely cure removes and which it does not.
   */
  cureWindow?: { days: number; after: "written-notice"; text: string };
}

/**
 * A point the legal reference leaves open (conflicting reports, an unsettled reading), made a choice
 * the user states rather than one the pack settles silently. Findings that depend on it say so.
 */
export interface PackOption {
  /** `<pack>/<slug>`. */
  id: string;
  title: string;
  /** Why the point is open, in the reference's terms. */
  why: string;
  /** Each value the user may choose, with the mark of its source (none for "no reading chosen"). */
  readings: ReadonlyArray<{ value: string; text: string; status?: PackVerificationStatus }>;
  /** The value used when the user states none (one of the readings' values). */
  default: string;
}

/** The options a user chose, by option id (values are reading values). */
export type PackOptionValues = Readonly<Record<string, string>>;

/** Where a finding's evidence is: a pointer relative to the system, or an absolute one into the organization. */
export type PackEvidenceRef = string | { pointer: string; note?: string };

/** What a rule's check returns; the engine adds metadata, values, lines and the fingerprint. */
export interface PackFindingDraft {
  message: string;
  evidence: PackEvidenceRef[];
  severity?: PackSeverity;
  basis?: "fact" | "unknown";
  remedies?: readonly string[];
  key?: string;
}

/** What a check sees: one system, the whole profile, and the evaluation date. Rules never read the clock. */
export interface PackSystemContext {
  profile: Practices;
  system: System;
  index: number;
  /** YYYY-MM-DD */
  asOf: string;
  /** The pack options the user chose; an option not named takes its default. */
  options?: PackOptionValues;
  /** The pack's assumptions where its law is unsettled (its `defaultAssumptions` with the caller's on top); the engine always passes them. */
  assumptions?: Readonly<Record<string, unknown>>;
}

/** A rule about one system: metadata plus one pure check. One rule per file. */
export interface PackRule {
  /** `<pack>/<slug>`, stable forever. */
  id: string;
  title: string;
  /** The section it enforces, e.g. `Tex. Bus. & Com. Code §503.001(b)`. */
  section: string;
  severity: PackSeverity;
  summary: string;
  plainLanguage: string;
  authorities: readonly string[];
  remedies: readonly string[];
  tags: readonly string[];
  /** Only when the rule's duty binds the system at all; otherwise the system is listed as not engaged. */
  engaged?(ctx: PackSystemContext): boolean;
  check(ctx: PackSystemContext): PackFindingDraft[];
}

/** Whether a law reaches one system, and why, with the fields that decide it. */
export interface PackApplicability {
  status: "applies" | "does-not-apply" | "unknown";
  /** One sentence each, specific to the system. */
  reasons: string[];
  /** Pointers relative to the system (or absolute into the organization). */
  evidence: PackEvidenceRef[];
}

/** One line of a penalty or damages estimate, with the arithmetic a reader can check by hand. */
export interface PenaltyLine {
  label: string;
  section: string;
  /** e.g. "120 people × $25,000 = $3,000,000" */
  arithmetic: string;
  low: number;
  high: number;
  /** Who recovers it: a regulator (civil penalty) or the people (private action). */
  recoveredBy: "regulator" | "private-plaintiffs";
}

/** A pack's penalty or exposure estimate for the whole profile. */
export interface PenaltyEstimate {
  currency: "USD" | "EUR";
  low: number;
  high: number;
  lines: PenaltyLine[];
  /** Assumptions, unverified points and what the figure does not count. */
  notes: string[];
}

/** What a penalty model sees: the profile, the findings of its own pack, and the evaluation date. */
export interface PenaltyContext {
  profile: Practices;
  findings: ReadonlyArray<{ ruleId: string; systemId?: string; severity: PackSeverity; basis: "fact" | "unknown" }>;
  /** Systems the pack applies to, by index into `profile.systems`. */
  applies: readonly number[];
  asOf: string;
  /** The pack options the user chose; an option not named takes its default. */
  options?: PackOptionValues;
}

/** A scope rule's draft may end the law's reach over a system, or leave it open on unknown facts. */
export interface PackScopeDraft extends PackFindingDraft {
  /** The system is outside the law, for the reason in `message` (one info finding, nothing else). */
  excludes?: boolean;
  /**
   * Whether the law reaches the system turns on facts left unknown: the engine still runs the section
   * rules, but reports their outcome as one conditional line in this finding, not a finding each.
   */
  conditional?: boolean;
}

/**
 * A scope rule (optional hook, BIPA's model): scope rules run first, in order, on every system; the
 * first that excludes a system ends its evaluation. A pack with scope rules decides applicability
 * through them instead of `applicability`.
 */
export interface PackScopeRule extends Omit<PackRule, "engaged" | "check"> {
  check(ctx: PackSystemContext): PackScopeDraft[];
}

/** What an organization rule sees: the profile and the systems the law reaches. */
export interface PackOrganizationContext {
  profile: Practices;
  inScope: ReadonlyArray<{ system: System; index: number }>;
  asOf: string;
  assumptions: Readonly<Record<string, unknown>>;
}

/** A rule about the organization as a whole (optional hook): runs once, when the law reaches some system. */
export interface PackOrganizationRule extends Omit<PackRule, "engaged" | "check"> {
  check(ctx: PackOrganizationContext): PackFindingDraft[];
}

/**
 * Reuse of a per-system result across audits of profiles that share system objects (the plan's
 * re-audits): `compute` runs unless a result of `kind` is stored for this system, at this position,
 * with the same organization, and `valid` (when given) accepts it.
 * @internal
 */
export type SystemMemo = <T>(kind: string, system: Practices["systems"][number], index: number, compute: () => T, valid?: (stored: T) => boolean) => T;

/** What a pack's `extend` hook sees: the report as it stands for this pack alone, and the profile. */
export interface PackExtendContext {
  /** The report with only this pack's applicability, findings and passed rules. */
  report: ReportBase;
  profile: Practices;
  assumptions: Readonly<Record<string, unknown>>;
  /** @internal Present in the plan's re-audits: per-system results to reuse. */
  memo?: SystemMemo;
}

/** A jurisdiction pack: one law (or a small family of laws of one jurisdiction). */
export interface Pack {
  /** Short, stable id used in rule ids and `--pack` (e.g. `tx-cubi`). */
  id: string;
  title: string;
  jurisdiction: string;
  /** The law's main citation. */
  citation: string;
  /**
   * In force from this date: YYYY-MM-DD, or YYYY alone where the legal reference gives only the year (a
   * pack must not claim a day its source does not give). An `asOf` before it (for a year, before 1
   * January of it) means the pack does not apply, and the report says why. Compared as a string, which
   * holds for both forms: "2000-12-31" < "2001" <= "2001-01-01". An `asOf` inside a year-only value is
   * the pack's to decide (its applicability).
   */
  effectiveFrom: string;
  /** Later changes in force on their dates, each with what changed. */
  amendments?: ReadonlyArray<{ date: string; what: string; authority: string }>;
  authorities: readonly PackAuthority[];
  remedies: readonly PackRemedy[];
  /** Rules about one system each, run where the law applies. */
  rules: readonly PackRule[];
  /** Whether the law reaches a system. Required unless the pack decides it through `scopeRules`. */
  applicability?(ctx: PackSystemContext): PackApplicability;
  penalty?(ctx: PenaltyContext): PenaltyEstimate;
  /** Points the reference leaves open, as choices the user states (see {@link PackOption}). */
  options?: readonly PackOption[];
  /** Notes every report of this pack carries (unsettled points, what the pack does not cover). */
  notes: readonly string[];
  /** Optional: scope rules that decide applicability system by system (BIPA). */
  scopeRules?: readonly PackScopeRule[];
  /** Optional: rules about the organization as a whole, run once when the law reaches some system. */
  organizationRules?: readonly PackOrganizationRule[];
  /** Optional: what to assume where the law is unsettled; `audit({ assumptions })` overrides. */
  defaultAssumptions?: Readonly<Record<string, unknown>>;
  /** Optional: notes on the assumptions made (they join the report's `notes`). */
  assumptionNotes?(assumptions: Readonly<Record<string, unknown>>): string[];
  /**
   * Optional: fields the pack adds at the top of the report (BIPA: its Sec. 20 `exposure` and its
   * `injunctionRisk` view), computed from the pack's own view of the report. Keys must not clash
   * with another pack's or with the report's own.
   */
  extend?(ctx: PackExtendContext): Record<string, unknown>;
}

/** A deep-partial system or organization, merged onto a pack's compliant baseline profile for examples. */
export interface RuleExample {
  /** One line on what the example shows. */
  description: string;
  system?: Record<string, unknown>;
  organization?: Record<string, unknown>;
}

/** Identity functions that type a pack's parts and keep its files uniform. */
export function definePack(pack: Pack): Pack {
  return pack;
}
export function definePackRule(rule: PackRule): PackRule {
  return rule;
}
