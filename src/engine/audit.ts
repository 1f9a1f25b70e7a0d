import { attachExposure } from "../packs/bipa/exposure/attach.js";
import type { LoadedProfile } from "../practices/load.js";
import { valueAt } from "../practices/pointer.js";
import type { Practices, System } from "../practices/schema.js";
import { locate, type SourceMap } from "../practices/source-map.js";
import { authorities, type AuthorityId } from "../packs/bipa/authorities.js";
import { bipaRules } from "../packs/bipa/rules/index.js";
import {
  DISCLAIMER,
  severityRank,
  type Applicability,
  type AuthorityRef,
  type Evidence,
  type Finding,
  type Report,
  type Severity,
} from "../core/report.js";
import { VERSION } from "../version.js";
import { resolveRules, type RuleSetting } from "./select.js";
import {
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
  type EvidenceRef,
  type FindingDraft,
  type OrganizationRule,
  type Rule,
  type SystemContext,
  type SystemRule,
} from "../packs/bipa/rule.js";
import { pushAll } from "../util/push-all.js";

/** The pseudo system id under which organization rules are listed in `report.passed`. */
export const ORGANIZATION_ID = "(organization)";

export interface AuditOptions {
  /** The date to evaluate as of (YYYY-MM-DD). Required: nothing reads the clock. */
  asOf: string;
  /** Per rule id: `"off"`, or a severity that replaces the rule's own. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The rules to run; defaults to the BIPA pack. */
  ruleSet?: readonly Rule[];
  /** Where the law is unsettled, what to assume. */
  assumptions?: Partial<Assumptions>;
  /** Source positions (from `loadProfile`), so evidence carries file lines. */
  sourceMap?: SourceMap;
  /** The file name to print in the report. */
  file?: string;
}

/**
 * Audits a practices profile against BIPA. Pure and synchronous: the same profile, options and
 * `asOf` give the same report, with findings sorted by system, severity, rule and field.
 *
 * @param input a validated profile, or the successful result of `loadProfile` (which adds file lines).
 * @example
 * const loaded = loadProfile(text, { file: "profile.yaml" });
 * if (loaded.ok) console.log(audit(loaded, { asOf: "2026-11-22" }).summary);
 */
export function audit(input: Practices | LoadedProfile, options: AuditOptions): Report {
  assertDate(options.asOf);
  const loaded = "ok" in input ? input : undefined;
  const profile = loaded ? loaded.profile : (input as Practices);
  const sourceMap = options.sourceMap ?? loaded?.sourceMap;
  const file = options.file ?? loaded?.file;
  const assumptions: Assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const active = resolveRules(options.ruleSet ?? bipaRules, options.rules ?? {});
  const scopeRules = active.filter((r): r is typeof r & { rule: SystemRule } => r.rule.kind === "scope");
  const sectionRules = active.filter((r): r is typeof r & { rule: SystemRule } => r.rule.kind === "section");
  const organizationRules = active.filter((r): r is typeof r & { rule: OrganizationRule } => r.rule.kind === "organization");

  // Findings are kept beside their system's position, not copied into a new object with it: the copy
  // and the later removal of `order` took about a sixth of an audit of a large profile (docs/performance.md).
  const findings: Ordered[] = [];
  const passed: Array<{ ruleId: string; systemId: string }> = [];
  const notEngaged: Array<{ ruleId: string; systemId: string }> = [];
  const applicability: Applicability[] = [];

  profile.systems.forEach((system, index) => {
    const ctx: SystemContext = { profile, system, index, asOf: options.asOf, assumptions };
    const build = (rule: Rule, severity: Severity, draft: FindingDraft): Ordered => ({
      finding: toFinding(rule, severity, draft, { profile, system, index }, sourceMap),
      order: index,
    });

    const scopeFindings: Ordered[] = [];
    let exclusion: { rule: Rule; draft: FindingDraft } | undefined;
    let conditional: { rule: Rule; severity: Severity; draft: FindingDraft } | undefined;
    for (const { rule, severity, overridden } of scopeRules) {
      const drafts = rule.check(ctx);
      const excluding = drafts.find((d) => d.excludes);
      if (excluding) {
        exclusion = { rule, draft: excluding };
        break;
      }
      for (const draft of drafts) {
        const grade = overridden ? severity : (draft.severity ?? severity);
        if (draft.conditional && !conditional) conditional = { rule, severity: grade, draft };
        else scopeFindings.push(build(rule, grade, draft));
      }
    }

    if (exclusion) {
      // An out-of-scope system gets one info finding that says why, and nothing else.
      findings.push(build(exclusion.rule, "info", { ...exclusion.draft, basis: exclusion.draft.basis ?? "fact" }));
      applicability.push({
        systemId: system.id,
        systemName: system.name,
        inScope: false,
        status: "does-not-apply",
        excludedBy: { ruleId: exclusion.rule.id, reason: exclusion.draft.message },
      });
      return;
    }

    pushAll(findings, scopeFindings);
    if (conditional) {
      // Whether the law reaches the system is open: the section checks are run, but reported as one
      // conditional line on the scope finding, not as a finding per section.
      const outcome = { violation: 0, risk: 0, info: 0, ruleIds: [] as string[] };
      for (const { rule, severity, overridden } of sectionRules) {
        if (rule.engaged && !rule.engaged(ctx)) continue;
        const drafts = rule.check(ctx);
        for (const draft of drafts) outcome[overridden ? severity : (draft.severity ?? severity)] += 1;
        if (drafts.length > 0) outcome.ruleIds.push(rule.id);
      }
      const line = conditionalLine(outcome);
      const finding = build(conditional.rule, conditional.severity, { ...conditional.draft, message: `${conditional.draft.message} ${line}` });
      findings.push(finding);
      applicability.push({
        systemId: system.id,
        systemName: system.name,
        inScope: false,
        status: "unknown",
        conditional: { ruleId: conditional.rule.id, reason: conditional.draft.message, ...outcome },
      });
      return;
    }

    applicability.push({ systemId: system.id, systemName: system.name, inScope: true, status: "applies" });
    for (const { rule, severity, overridden } of sectionRules) {
      if (rule.engaged && !rule.engaged(ctx)) {
        notEngaged.push({ ruleId: rule.id, systemId: system.id });
        continue;
      }
      const drafts = rule.check(ctx);
      if (drafts.length === 0) passed.push({ ruleId: rule.id, systemId: system.id });
      for (const draft of drafts) {
        findings.push(build(rule, overridden ? severity : (draft.severity ?? severity), draft));
      }
    }
  });

  // Organization rules run once, after scope decisions, and only if BIPA reaches some system.
  const inScope = profile.systems.flatMap((system, index) => (applicability[index]?.inScope ? [{ system, index }] : []));
  if (inScope.length > 0) {
    const orgCtx = { profile, inScope, asOf: options.asOf, assumptions };
    for (const { rule, severity, overridden } of organizationRules) {
      const drafts = rule.check(orgCtx);
      if (drafts.length === 0) passed.push({ ruleId: rule.id, systemId: ORGANIZATION_ID });
      for (const draft of drafts) {
        const finding = toFinding(rule, overridden ? severity : (draft.severity ?? severity), draft, { profile }, sourceMap);
        findings.push({ finding, order: profile.systems.length });
      }
    }
  }

  const sorted = dedupe(findings.sort(compareFindings));
  const report: Report = {
    reportVersion: 1,
    tool: { name: "bipa-check", version: VERSION },
    asOf: options.asOf,
    ...(file !== undefined ? { file } : {}),
    organization: { name: profile.organization.name, entityType: profile.organization.entityType },
    disclaimer: DISCLAIMER,
    applicability,
    findings: sorted,
    suppressed: [],
    passed: passed.sort((a, b) => cmp(a.systemId, b.systemId) || cmp(a.ruleId, b.ruleId)),
    ...(notEngaged.length > 0 ? { notEngaged: notEngaged.sort((a, b) => cmp(a.systemId, b.systemId) || cmp(a.ruleId, b.ruleId)) } : {}),
    summary: {
      systems: profile.systems.length,
      systemsInScope: applicability.filter((a) => a.inScope).length,
      rulesRun: active.length,
      violation: sorted.filter((f) => f.severity === "violation").length,
      risk: sorted.filter((f) => f.severity === "risk").length,
      info: sorted.filter((f) => f.severity === "info").length,
      suppressed: 0,
    },
    notes: assumptionNotes(assumptions),
  };
  return attachExposure(report, profile, assumptions);
}

/** The section checks of a conditional system in one sentence, by severity. */
function conditionalLine(o: { violation: number; risk: number; info: number; ruleIds: string[] }): string {
  const parts = (["violation", "risk", "info"] as const).filter((k) => o[k] > 0).map((k) => `${o[k]} ${k === "info" ? "info" : `${k}${o[k] === 1 ? "" : "s"}`}`);
  if (parts.length === 0) return "If the law applies, the section checks find nothing on the stated facts.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `If the law applies, the section checks find ${list} (${o.ruleIds.join(", ")}); they are not reported one by one, or counted, until the question is settled.`;
}

/** Where a finding belongs: one system, or (without `system`) the organization. */
interface FindingScope {
  profile: Practices;
  system?: System;
  index?: number;
}

function toFinding(
  rule: Rule,
  severity: Severity,
  draft: FindingDraft,
  scope: FindingScope,
  sourceMap: SourceMap | undefined,
): Finding {
  // Organization findings use absolute pointers; system findings are relative to their system.
  const base = scope.system ? `/systems/${scope.index}` : "";
  const evidence = draft.evidence.map((ref) => toEvidence(ref, base, scope, sourceMap));
  const primary = evidence[0] ?? toEvidence("", base, scope, sourceMap);
  const relative = base && primary.pointer.startsWith(base) ? primary.pointer.slice(base.length) : primary.pointer;
  return {
    ruleId: rule.id,
    title: rule.title,
    severity,
    section: rule.section,
    ...(scope.system ? { systemId: scope.system.id, systemName: scope.system.name } : {}),
    message: draft.message,
    basis: draft.basis ?? "fact",
    authorities: rule.authorities.map(toAuthorityRef),
    evidence,
    remedies: [...(draft.remedies ?? rule.remedies)],
    fingerprint: `${rule.id}|${scope.system?.id ?? ORGANIZATION_ID}|${draft.key ?? relative}`,
    location:
      primary.line !== undefined ? { pointer: primary.pointer, line: primary.line, column: primary.column ?? 1 } : { pointer: primary.pointer },
  };
}

function toEvidence(ref: EvidenceRef, base: string, scope: FindingScope, sourceMap: SourceMap | undefined): Evidence {
  const raw = typeof ref === "string" ? ref : ref.pointer;
  const note = typeof ref === "string" ? undefined : ref.note;
  const absolute = raw.startsWith("/organization") || base === "";
  const pointer = absolute ? raw : `${base}${raw}`;
  // An empty map (a profile given as data, not text) has no positions: skip walking up every parent.
  const position = sourceMap && sourceMap.size > 0 ? locate(sourceMap, pointer) : undefined;
  const value = absolute || !scope.system ? valueAt(scope.profile, pointer) : valueInSystem(scope.system, raw, scope.profile, pointer);
  // Optional keys are assigned, not spread, in the same order: this runs for every piece of evidence.
  const evidence = { pointer, value: value ?? null } as Evidence;
  if (position) {
    evidence.line = position.line;
    evidence.column = position.column;
  }
  evidence.present = sourceMap ? sourceMap.has(pointer) : true;
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

function toAuthorityRef(id: AuthorityId): AuthorityRef {
  const a = authorities[id];
  return a.court !== undefined
    ? { id: a.id, kind: a.kind, name: a.name, citation: a.citation, court: a.court, year: a.year, status: a.status }
    : { id: a.id, kind: a.kind, name: a.name, citation: a.citation, year: a.year, status: a.status };
}

/** A finding and the position of its system (organization findings come after every system). */
interface Ordered {
  finding: Finding;
  order: number;
}

function compareFindings({ order: oa, finding: a }: Ordered, { order: ob, finding: b }: Ordered): number {
  return (
    oa - ob ||
    severityRank(b.severity) - severityRank(a.severity) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.message, b.message)
  );
}

/** Two drafts with one fingerprint would be one alert in code scanning; keep the first. */
function dedupe(findings: readonly Ordered[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { finding } of findings) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    out.push(finding);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertDate(asOf: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
    throw new TypeError(`audit: asOf must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  }
}

function assumptionNotes(a: Assumptions): string[] {
  const amendment =
    a.amendmentAppliesToPendingClaims === "unknown"
      ? "Whether PA 103-0769 applies to claims pending on 2 Aug 2024 is treated as unsettled (most N.D. Ill. rulings held it does not; a reported 2026 Seventh Circuit ruling that it does is unverified, and a federal ruling would not bind Illinois state courts): exposure shows both readings."
      : `Assumed that PA 103-0769 ${a.amendmentAppliesToPendingClaims ? "applies" : "does not apply"} to claims pending on 2 Aug 2024 (set by option; the reported 2026 Seventh Circuit ruling is unverified).`;
  return [amendment];
}

export type { System };
