import type { PackEvidenceRef, PackFindingDraft, PackRule } from "../core/pack.js";
import type { Evidence, Finding, Severity } from "../core/report.js";
import { severityRank } from "../core/report.js";
import { valueAt } from "../practices/pointer.js";
import type { Practices, System } from "../practices/schema.js";
import { locate, type SourceMap } from "../practices/source-map.js";
import { SourceIndex } from "../practices/source-index.js";

/** The pseudo system id under which organization rules are listed in `report.passed`. */
export const ORGANIZATION_ID = "(organization)";

/** The metadata of any rule kind that a finding copies. */
export type RuleHead = Pick<PackRule, "id" | "title" | "section" | "authorities" | "remedies">;

/** Where a finding belongs: one system, or (without `system`) the organization. */
export interface FindingScope {
  profile: Practices;
  system?: System;
  index?: number;
}

/**
 * A rule's finding: the draft with its rule id, values, lines and fingerprint. What every finding of
 * the rule shares (title, authorities) is listed once in the report (`catalogs.ts`).
 */
export function toFinding(rule: RuleHead, severity: Severity, draft: PackFindingDraft, scope: FindingScope, sourceMap: SourceMap | undefined): Finding {
  // Organization findings use absolute pointers; system findings are relative to their system.
  const base = scope.system ? `/systems/${scope.index}` : "";
  const evidence = draft.evidence.map((ref) => toEvidence(ref, base, scope, sourceMap));
  // The first evidence is where the finding points; a draft naming none points at its system.
  if (evidence.length === 0) evidence.push(toEvidence("", base, scope, sourceMap));
  const primary = evidence[0]!;
  const relative = base && primary.pointer.startsWith(base) ? primary.pointer.slice(base.length) : primary.pointer;
  const finding = { ruleId: rule.id, severity, section: rule.section } as Finding;
  if (scope.system) finding.systemId = scope.system.id;
  finding.message = draft.message;
  finding.basis = draft.basis ?? "fact";
  finding.evidence = evidence;
  // The rule's own list is shared, not copied: the report is plain data that no reader mutates.
  finding.remedies = (draft.remedies ?? rule.remedies) as string[];
  finding.fingerprint = `${rule.id}|${scope.system?.id ?? ORGANIZATION_ID}|${draft.key ?? relative}`;
  return finding;
}

function toEvidence(ref: PackEvidenceRef, base: string, scope: FindingScope, sourceMap: SourceMap | undefined): Evidence {
  const raw = typeof ref === "string" ? ref : ref.pointer;
  const note = typeof ref === "string" ? undefined : ref.note;
  const absolute = raw.startsWith("/organization") || base === "";
  const pointer = absolute ? raw : `${base}${raw}`;
  // A source index answers where the field is and whether it is written in one walk of the pointer.
  const field = sourceMap instanceof SourceIndex ? sourceMap.locateField(pointer) : undefined;
  // An empty map (a profile given as data, not text) has no positions: skip walking up every parent.
  const position = field ? field.position : sourceMap && sourceMap.size > 0 ? locate(sourceMap, pointer) : undefined;
  const value = absolute || !scope.system ? valueAt(scope.profile, pointer) : valueInSystem(scope.system, raw, scope.profile, pointer);
  // Optional keys are assigned, not spread, in the same order: this runs for every piece of evidence.
  const evidence = { pointer, value: value ?? null } as Evidence;
  if (position) {
    evidence.line = position.line;
    evidence.column = position.column;
  }
  evidence.present = field ? field.present : sourceMap ? sourceMap.has(pointer) : true;
  if (note !== undefined) evidence.note = note;
  return evidence;
}

/**
 * The value at a system-relative pointer: what `valueAt(profile, "/systems/<i>" + raw)` returns, read
 * from the system itself with a plain split when no segment is escaped (evidence is read for every
 * finding, and re-parsing the absolute pointer with regular expressions dominated the cost).
 */
function valueInSystem(system: System, raw: string, profile: Practices, pointer: string): unknown {
  if (raw !== "" && (raw.charCodeAt(0) !== 47 /* "/" */ || raw.includes("~"))) return valueAt(profile, pointer);
  let current: unknown = system;
  if (raw === "") return current;
  const segments = raw.split("/");
  for (let i = 1; i < segments.length; i++) {
    if (current === null || typeof current !== "object") return undefined;
    const segment = segments[i]!;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A finding with the position of its pack and system (organization findings come after every system). */
export interface Ordered {
  finding: Finding;
  pack: number;
  order: number;
}

export function compareFindings({ pack: pa, order: oa, finding: a }: Ordered, { pack: pb, order: ob, finding: b }: Ordered): number {
  return (
    pa - pb ||
    oa - ob ||
    severityRank(b.severity) - severityRank(a.severity) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.message, b.message)
  );
}

/** Two drafts with one fingerprint would be one alert in code scanning; keep the first. */
export function dedupe(findings: readonly Ordered[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { finding } of findings) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    out.push(finding);
  }
  return out;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
