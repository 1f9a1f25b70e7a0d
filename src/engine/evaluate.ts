import type { Pack, PackFindingDraft, PackRule, PackScopeDraft, PackSystemContext } from "../core/pack.js";
import type { Applicability, PackSummary, Severity } from "../core/report.js";
import type { Practices } from "../practices/schema.js";
import type { SourceMap } from "../practices/source-map.js";
import { pushAll } from "../util/push-all.js";
import { ORGANIZATION_ID, toFinding, type Ordered, type RuleHead } from "./findings.js";
import { applySettings, type ActiveRule, type RuleSetting } from "./select.js";
import type { SystemCache } from "./system-cache.js";

/** What one pack's evaluation of a profile gives the report. */
export interface PackOutcome {
  findings: Ordered[];
  applicability: Applicability[];
  passed: Array<{ ruleId: string; systemId: string }>;
  notEngaged: Array<{ ruleId: string; systemId: string }>;
  rulesRun: number;
  /** The rules that gave a finding, by id (the report lists each once). */
  heads: Map<string, RuleHead>;
}

export interface EvaluateInput {
  pack: Pack;
  /** The pack's position in the audit (findings are grouped by it). */
  position: number;
  profile: Practices;
  asOf: string;
  assumptions: Readonly<Record<string, unknown>>;
  settings: Readonly<Record<string, RuleSetting>>;
  sourceMap: SourceMap | undefined;
  /** Outcomes of earlier audits of the same systems (the plan's re-audits), reused where nothing they depend on changed. */
  cache?: SystemCache;
}

/**
 * Runs one pack on every system. A pack with scope rules decides applicability through them (the
 * first exclusion ends a system's evaluation; an open question makes it conditional); otherwise its
 * `applicability` decides. Section rules run where the law applies; where it may apply, their outcome
 * is one conditional line, not a finding each. An `asOf` before the law's effective date: it applies
 * nowhere, and each system says why.
 */
export function evaluatePack(input: EvaluateInput): PackOutcome {
  const { pack, profile, asOf, assumptions, settings, sourceMap } = input;
  const scopeRules = applySettings(pack.scopeRules ?? [], settings);
  const sectionRules = applySettings(pack.rules, settings);
  const organizationRules = applySettings(pack.organizationRules ?? [], settings);
  const out: PackOutcome = {
    findings: [],
    applicability: [],
    passed: [],
    notEngaged: [],
    rulesRun: scopeRules.length + sectionRules.length + organizationRules.length,
    heads: new Map(),
  };

  if (asOf < pack.effectiveFrom) {
    for (const system of profile.systems) {
      out.applicability.push({
        systemId: system.id,
        systemName: system.name,
        inScope: false,
        status: "does-not-apply",
        reasons: [`${pack.citation} is in force from ${pack.effectiveFrom}; the audit is as of ${asOf}.`],
      });
    }
    return out;
  }

  // The option values are the same for every system: computed once, not once a system.
  const options = optionValues(assumptions);
  const kind = `evaluate:${input.position}`;
  profile.systems.forEach((system, index) => {
    const run = () => evaluateSystem({ pack, position: input.position, profile, system, index, asOf, assumptions, options, scopeRules, sectionRules, sourceMap });
    const one = input.cache ? input.cache.get(kind, pack, system, index, profile.organization, run) : run();
    for (const head of one.heads) if (!out.heads.has(head.id)) out.heads.set(head.id, head);
    pushAll(out.findings, one.findings);
    out.applicability.push(one.applicability);
    pushAll(out.passed, one.passed);
    pushAll(out.notEngaged, one.notEngaged);
  });

  // Organization rules run once, after scope decisions, and only if the law reaches some system.
  const inScope = profile.systems.flatMap((system, index) => (out.applicability[index]?.inScope ? [{ system, index }] : []));
  if (inScope.length > 0) {
    const orgCtx = { profile, inScope, asOf, assumptions };
    for (const { rule, severity, overridden } of organizationRules) {
      const drafts = rule.check(orgCtx);
      if (drafts.length === 0) out.passed.push({ ruleId: rule.id, systemId: ORGANIZATION_ID });
      for (const draft of drafts) {
        if (!out.heads.has(rule.id)) out.heads.set(rule.id, rule);
        const finding = toFinding(rule, overridden ? severity : (draft.severity ?? severity), draft, { profile }, sourceMap);
        out.findings.push({ finding, pack: input.position, order: profile.systems.length });
      }
    }
  }
  return out;
}

/** What one pack finds for one system: its findings, applicability, passed and not-engaged rules. */
interface SystemOutcome {
  findings: Ordered[];
  applicability: Applicability;
  passed: Array<{ ruleId: string; systemId: string }>;
  notEngaged: Array<{ ruleId: string; systemId: string }>;
  /** The rules that gave a finding. */
  heads: RuleHead[];
}

interface SystemInput {
  pack: Pack;
  position: number;
  profile: Practices;
  system: Practices["systems"][number];
  index: number;
  asOf: string;
  assumptions: Readonly<Record<string, unknown>>;
  options: Readonly<Record<string, string>>;
  scopeRules: ActiveRule<NonNullable<Pack["scopeRules"]>[number]>[];
  sectionRules: ActiveRule<PackRule>[];
  sourceMap: SourceMap | undefined;
}

/**
 * One system under one pack. Reads the system, its position and the organization (and the audit's
 * settings), never another system: what makes its outcome reusable (system-cache.ts).
 */
function evaluateSystem(input: SystemInput): SystemOutcome {
  const { pack, position, profile, system, index, asOf, assumptions, options, scopeRules, sectionRules, sourceMap } = input;
  const heads = new Map<string, RuleHead>();
  const build: Build = (rule, severity, draft, at) => {
    if (!heads.has(rule.id)) heads.set(rule.id, rule);
    return { finding: toFinding(rule, severity, draft, { profile, system, index: at }, sourceMap), pack: position, order: at };
  };
  const ctx: PackSystemContext = { profile, system, index, asOf, assumptions, options };
  const decision = pack.scopeRules ? decideByScopeRules(ctx, scopeRules, build) : decideByApplicability(pack, ctx);
  const out: SystemOutcome = { findings: decision.findings, applicability: decision.applicability, passed: [], notEngaged: [], heads: [] };
  if (decision.status === "unknown") {
    // Whether the law reaches the system is open: the section checks are run, but reported as one
    // conditional line, not as a finding per section.
    const outcome = { violation: 0, risk: 0, info: 0, ruleIds: [] as string[] };
    for (const { rule, severity, overridden } of sectionRules) {
      if (rule.engaged && !rule.engaged(ctx)) continue;
      const drafts = rule.check(ctx);
      for (const draft of drafts) outcome[overridden ? severity : (draft.severity ?? severity)] += 1;
      if (drafts.length > 0) outcome.ruleIds.push(rule.id);
    }
    const line = conditionalLine(outcome);
    const { rule, severity, draft } = decision.conditional;
    out.findings.push(build(rule, severity, { ...draft, message: `${draft.message} ${line}` }, index));
    out.applicability = { ...decision.applicability, conditional: { ruleId: rule.id, reason: draft.message, ...outcome } };
  } else if (decision.status === "applies") {
    for (const { rule, severity, overridden } of sectionRules) {
      if (rule.engaged && !rule.engaged(ctx)) {
        out.notEngaged.push({ ruleId: rule.id, systemId: system.id });
        continue;
      }
      const drafts = rule.check(ctx);
      if (drafts.length === 0) out.passed.push({ ruleId: rule.id, systemId: system.id });
      for (const draft of drafts) out.findings.push(build(rule, overridden ? severity : (draft.severity ?? severity), draft, index));
    }
  }
  out.heads = [...heads.values()];
  return out;
}

/** A pack's counts from its outcome and the findings kept after deduplication. */
export function packSummary(outcome: PackOutcome, systems: number, findings: ReadonlyArray<{ severity: Severity }>): PackSummary {
  return {
    systems,
    systemsInScope: outcome.applicability.filter((a) => a.inScope).length,
    rulesRun: outcome.rulesRun,
    violation: findings.filter((f) => f.severity === "violation").length,
    risk: findings.filter((f) => f.severity === "risk").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

type Decision =
  | { status: "applies" | "does-not-apply"; applicability: Applicability; findings: Ordered[] }
  | {
      status: "unknown";
      applicability: Applicability;
      findings: Ordered[];
      conditional: { rule: RuleHead; severity: Severity; draft: PackFindingDraft };
    };

type Build = (rule: RuleHead, severity: Severity, draft: PackFindingDraft, index: number) => Ordered;

/** BIPA's model: scope rules in order; the first exclusion wins, an open question makes the system conditional. */
function decideByScopeRules(
  ctx: PackSystemContext,
  scopeRules: ReadonlyArray<{ rule: RuleHead & { check(ctx: PackSystemContext): PackScopeDraft[] }; severity: Severity; overridden: boolean }>,
  build: Build,
): Decision {
  const { system, index } = ctx;
  const findings: Ordered[] = [];
  let conditional: { rule: RuleHead; severity: Severity; draft: PackFindingDraft } | undefined;
  for (const { rule, severity, overridden } of scopeRules) {
    const drafts = rule.check(ctx);
    const excluding = drafts.find((d) => d.excludes);
    if (excluding) {
      // An out-of-scope system gets one info finding that says why, and nothing else.
      return {
        status: "does-not-apply",
        findings: [build(rule, "info", { ...excluding, basis: excluding.basis ?? "fact" }, index)],
        applicability: {
          systemId: system.id,
          systemName: system.name,
          inScope: false,
          status: "does-not-apply",
          excludedBy: { ruleId: rule.id, reason: excluding.message },
        },
      };
    }
    for (const draft of drafts) {
      const grade = overridden ? severity : (draft.severity ?? severity);
      if (draft.conditional && !conditional) conditional = { rule, severity: grade, draft };
      else findings.push(build(rule, grade, draft, index));
    }
  }
  if (conditional) {
    return {
      status: "unknown",
      findings,
      conditional,
      applicability: { systemId: system.id, systemName: system.name, inScope: false, status: "unknown" },
    };
  }
  return { status: "applies", findings, applicability: { systemId: system.id, systemName: system.name, inScope: true, status: "applies" } };
}

/**
 * A plain pack: its `applicability` decides (a pack without one applies everywhere). Unknown is
 * reported the way scope-rule packs report it: one conditional line, on a finding of the pack itself.
 */
function decideByApplicability(pack: Pack, ctx: PackSystemContext): Decision {
  const { system } = ctx;
  const decided = pack.applicability ? pack.applicability(ctx) : { status: "applies" as const, reasons: [], evidence: [] };
  const applicability: Applicability = {
    systemId: system.id,
    systemName: system.name,
    inScope: decided.status === "applies",
    status: decided.status,
    reasons: [...decided.reasons],
  };
  if (decided.status !== "unknown") return { status: decided.status, applicability, findings: [] };
  const rule: RuleHead = {
    id: `${pack.id}/applicability`,
    title: `Whether ${pack.citation} applies`,
    section: pack.citation,
    // The law itself (a pack's first authority) is what the open question is about.
    authorities: pack.authorities.length > 0 ? [pack.authorities[0]!.id] : [],
    remedies: [],
  };
  const reason = decided.reasons.join(" ") || `Whether ${pack.citation} applies turns on facts the profile leaves unknown.`;
  return {
    status: "unknown",
    applicability,
    findings: [],
    conditional: { rule, severity: "risk", draft: { message: reason, evidence: [...decided.evidence], basis: "unknown" } },
  };
}

/** The section checks of a conditional system in one sentence, by severity. */
function conditionalLine(o: { violation: number; risk: number; info: number; ruleIds: string[] }): string {
  const parts = (["violation", "risk", "info"] as const).filter((k) => o[k] > 0).map((k) => `${o[k]} ${k === "info" ? "info" : `${k}${o[k] === 1 ? "" : "s"}`}`);
  if (parts.length === 0) return "If the law applies, the section checks find nothing on the stated facts.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `If the law applies, the section checks find ${list} (${o.ruleIds.join(", ")}); they are not reported one by one, or counted, until the question is settled.`;
}

export type { PackRule };

/** The string-valued assumptions: the values of a pack's options (`PackOption`), as its rules and penalty read them. */
export function optionValues(assumptions: Readonly<Record<string, unknown>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(assumptions).filter((e): e is [string, string] => typeof e[1] === "string"));
}
