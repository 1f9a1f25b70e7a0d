import type { Practices, System } from "../../practices/schema.js";
import type { AuthorityId } from "./authorities.js";
import type { RemedyId } from "./remedies/ids.js";
import type { Severity } from "../../core/report.js";

/**
 * Where a finding's evidence is: a pointer relative to the system (`/release/type`), or an absolute
 * pointer into the organization (`/organization/glba/titleVSubject`; systems have no such key).
 */
export type EvidenceRef = string | { pointer: string; note?: string };

/** What a rule's check returns; the engine adds metadata, values, lines and the fingerprint. */
export interface FindingDraft {
  message: string;
  /** The fields the finding rests on, most specific first (the first is the finding's location). */
  evidence: EvidenceRef[];
  /** Defaults to the rule's severity. Use `risk` when a deciding fact is unknown. */
  severity?: Severity;
  /** `unknown` when the finding exists because a deciding fact was left unknown. */
  basis?: "fact" | "unknown";
  /** Defaults to the rule's remedies. */
  remedies?: readonly RemedyId[];
  /** Distinguishes several findings of one rule on one system (e.g. the recipient). */
  key?: string;
  /** Scope rules only: this system is outside BIPA, for the reason in `message`. */
  excludes?: boolean;
  /**
   * Scope rules only: whether the law reaches this system turns on facts left unknown. The engine
   * still runs the section rules, but reports their outcome as one conditional line in this finding
   * instead of a finding per section (an exclusion by a later scope rule still wins).
   */
  conditional?: boolean;
}

/** Options every rule can read; set through `audit(profile, { assumptions })`. */
export type Assumptions = {
  /**
   * Whether PA 103-0769 (one recovery per person, per identifier, per method) applies to claims
   * pending on 2 Aug 2024. Courts split; a reported 2026 Seventh Circuit ruling saying yes is
   * [UNVERIFIED] in the legal reference, so the default is "unknown" and estimates show both.
   */
  amendmentAppliesToPendingClaims: boolean | "unknown";
  /**
   * The exposure estimate's other settings (src/packs/bipa/exposure/options.ts): the forum the claims would be
   * heard in (retroactivity may differ by forum), the answer assumed per forum, the filing date the
   * five-year look-back runs back from, how channels feeding one template are counted, and how 15(a),
   * 15(c) and 15(e) are counted. Rules do not read them.
   */
  forum?: "federal" | "illinois-state" | "arbitration" | "unknown";
  amendmentAppliesByForum?: Partial<Record<"federal" | "illinois-state" | "arbitration", boolean | "unknown">>;
  assumedFilingDate?: string;
  templateChannels?: "one-method" | "separate-methods";
  otherSections?: "per-person-once" | "uncounted";
};

export const DEFAULT_ASSUMPTIONS: Assumptions = { amendmentAppliesToPendingClaims: "unknown" };

/** What a check sees: one system, the whole profile, and the evaluation date. Nothing else. */
export interface SystemContext {
  profile: Practices;
  system: System;
  /** Position of the system in `profile.systems`. */
  index: number;
  /** Evaluation date, YYYY-MM-DD. Rules never read the clock. */
  asOf: string;
  assumptions: Assumptions;
}

/**
 * What an organization rule sees: the profile and the systems the scope rules left in scope. It runs
 * once per audit, after the scope decisions, and only when at least one system is in scope.
 */
export interface OrganizationContext {
  profile: Practices;
  /** In-scope systems with their positions in `profile.systems`. */
  inScope: ReadonlyArray<{ system: System; index: number }>;
  asOf: string;
  assumptions: Assumptions;
}

import type { RuleExample } from "../../core/pack.js";
export type { RuleExample };

/** Everything about a rule except its check: what docs, SARIF and `explain` read. */
export interface RuleMeta {
  /** Stable forever: `bipa/<slug>`. */
  id: string;
  title: string;
  /** The section it enforces, e.g. `740 ILCS 14/15(b)(3)`. */
  section: string;
  /**
   * `scope` rules decide applicability and run first; `section` rules run on each in-scope system;
   * `organization` rules run once on facts of the organization as a whole (findings have no system).
   */
  kind: "scope" | "section" | "organization";
  severity: Severity;
  /** What the rule checks, for docs and `explain`. */
  summary: string;
  /** The section in plain words. */
  plainLanguage: string;
  authorities: readonly AuthorityId[];
  remedies: readonly RemedyId[];
  tags: readonly string[];
  /** Executable examples: the failing one must fire the rule, the passing one must not. */
  examples: { failing: RuleExample; passing: RuleExample };
}

/** A rule about one system at a time: metadata plus one pure check. */
export interface SystemRule extends RuleMeta {
  kind: "scope" | "section";
  /**
   * Section rules only: whether the duty the rule enforces binds this system at all (for example a
   * duty of an entity "in possession" when the data never leaves the subject's device). When it
   * returns false the rule is not run, and the system is listed under `notEngaged`, not `passed`.
   */
  engaged?(ctx: SystemContext): boolean;
  check(ctx: SystemContext): FindingDraft[];
}

/** A rule about the organization as a whole; evidence pointers are absolute. */
export interface OrganizationRule extends RuleMeta {
  kind: "organization";
  check(ctx: OrganizationContext): FindingDraft[];
}

/** A rule: metadata plus one pure check. */
export type Rule = SystemRule | OrganizationRule;

/** Identity function that types a rule (and keeps rule files uniform). */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}
