import { audit, type AuditOptions } from "../engine/audit.js";
import { DEFAULT_ASSUMPTIONS, type Assumptions } from "../engine/rule.js";
import { EXPOSURE_LABEL, estimateExposure } from "../exposure/damages.js";
import { assessInjunctionRisk } from "../exposure/injunction.js";
import type { Range } from "../exposure/types.js";
import type { Practices } from "../practices/schema.js";
import { getRemedy } from "../remedies/catalog.js";
import { REMEDY_IDS, type RemedyId } from "../remedies/ids.js";
import type { Finding, Report } from "../report/types.js";
import { applyMeasures, profileMeasure } from "./measures.js";
import type { FindingOutcome, FindingRef, PlanSnapshot, PlanStep, RemediationPlan, WhatIf } from "./types.js";

export interface PlanOptions {
  /** The rule settings the report was made with, so the re-audit matches it. */
  rules?: AuditOptions["rules"];
  ruleSet?: AuditOptions["ruleSet"];
  /** Defaults to the assumption recorded in the report's exposure estimate. */
  assumptions?: Partial<Assumptions>;
  /**
   * Measures to apply together in the what-if: a list of remedy ids, "cures" (every modeled statutory
   * cure in the plan), or "all" (every modeled measure in the plan). No what-if when omitted.
   */
  apply?: readonly RemedyId[] | "cures" | "all";
}

const PLAN_NOTES = [
  "Each measure is recorded as taken on the plan's asOf date; nothing is back-dated. A cure brings the practice into compliance from then on, but violations before it stay actionable within the five-year look-back (Tims), which is why date-aware rules (a late policy under Mora, a release obtained after capture) keep firing after the change.",
  "Exposure removed is the change in the estimate when the measure alone is applied to the systems whose findings list it. The estimate after re-audits the practice as changed: it ranks measures by the violating conduct they end, and does not erase liability for conduct before them. Where the profile leaves a deciding date unknown (the first capture, for one), a release obtained now cannot be dated against it, so the late release is shown as a risk and not counted; establish the date for a full figure. Findings that only a mitigating measure silences are still counted in the exposure after: the Clearview court weighed such measures for irreparable harm, not liability.",
  "Measures that no profile change can express (for example establishing unknown facts) are listed with the reason and remove nothing from the estimate until the profile records their result.",
];

/**
 * A remediation plan for a report: every measure its findings name, ordered by the exposure it
 * removes when applied alone, with the findings it cures and those it only mitigates; and, with
 * `options.apply`, a what-if that applies the chosen measures together, re-audits with the same asOf
 * and rule settings, and returns findings, exposure and injunction risk before and after.
 *
 * @param report the audit of `profile` (its asOf is used; suppressed findings stay out of the plan).
 * @example
 * const report = audit(profile, { asOf: "2026-11-22" });
 * const result = plan(report, profile, { apply: "cures" });
 * for (const step of result.steps) console.log(step.title, step.exposureRemovedUsd.high);
 */
export function plan(report: Report, profile: Practices, options: PlanOptions = {}): RemediationPlan {
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    ...(report.exposure ? { amendmentAppliesToPendingClaims: report.exposure.amendmentAppliesToPendingClaims } : {}),
    ...options.assumptions,
  };
  const auditOptions: AuditOptions = {
    asOf: report.asOf,
    assumptions,
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}),
  };
  const suppressed = new Set(report.suppressed.map((f) => f.fingerprint));
  const snapshot = (r: Report, audited: Practices, carried: readonly Finding[] = []): PlanSnapshot =>
    snap(r, audited, suppressed, assumptions, carried);
  const baseline = audit(profile, auditOptions);
  const before = snapshot(baseline, profile);
  const notes = [...PLAN_NOTES];
  if (!sameFindings(before.findings, report.findings.filter((f) => !suppressed.has(f.fingerprint)))) {
    notes.push(
      "The report passed in differs from a re-audit of the profile with these options; pass the rule settings and assumptions the report was made with. The plan compares against the re-audit.",
    );
  }

  const actionable = before.findings.filter((f) => f.severity !== "info");
  const targets = targetSystems(actionable);
  // Measures chosen for the what-if that no finding names still get a step (applied to every system).
  const explicit = options.apply === undefined || typeof options.apply === "string" ? [] : options.apply;
  for (const id of explicit) {
    getRemedy(id); // throws on an unknown id: a typo must not pass
    if (!targets.has(id)) targets.set(id, undefined);
  }
  const aimed = systemTargets(targets);
  const run: Runner = (ids, extra = new Map()) =>
    evaluate(ids, { profile, before, actionable, targets: new Map([...aimed, ...extra]), auditOptions, snapshot });

  const steps = [...targets.keys()]
    .map((id) => step(id, { actionable, targets, before, allSystemIds: profile.systems.map((x) => x.id) }, run))
    .sort(
      (a, b) =>
        b.exposureRemovedUsd.high - a.exposureRemovedUsd.high ||
        b.exposureRemovedUsd.low - a.exposureRemovedUsd.low ||
        (a.effect === b.effect ? 0 : a.effect === "cures" ? -1 : 1) ||
        b.cures.length - a.cures.length ||
        REMEDY_IDS.indexOf(a.remedyId) - REMEDY_IDS.indexOf(b.remedyId),
    );

  const chosen = chosenMeasures(options.apply, steps);
  return {
    label: EXPOSURE_LABEL,
    asOf: report.asOf,
    exposureBeforeUsd: before.exposure.totalUsd,
    steps,
    ...(chosen ? { whatIf: whatIf(chosen, run, before, typeof options.apply === "string" ? options.apply : undefined) } : {}),
    notes,
  };
}

/** Applies measures (aimed by the plan's targets, plus `extra`) and re-audits. */
type Runner = (ids: readonly RemedyId[], extra?: ReadonlyMap<RemedyId, readonly string[]>) => Evaluation;

interface EvalContext {
  profile: Practices;
  before: PlanSnapshot;
  actionable: readonly Finding[];
  targets: ReadonlyMap<RemedyId, readonly string[]>;
  auditOptions: AuditOptions;
  snapshot: (r: Report, audited: Practices, carried?: readonly Finding[]) => PlanSnapshot;
}

interface Evaluation {
  applied: RemedyId[];
  notModeled: RemedyId[];
  profile: Practices;
  after: PlanSnapshot;
  outcomes: Array<FindingRef & { outcome: FindingOutcome; answeredBy: RemedyId[] }>;
  introduced: FindingRef[];
}

/** Applies measures to the systems whose findings list them, re-audits, and classifies every finding. */
function evaluate(ids: readonly RemedyId[], ctx: EvalContext): Evaluation {
  const applied = ids.filter((id) => profileMeasure(id).modeled);
  const notModeled = ids.filter((id) => !profileMeasure(id).modeled);
  const profile = applyMeasures(ctx.profile, applied, ctx.auditOptions.asOf, ctx.targets);
  const afterReport = audit(profile, ctx.auditOptions);
  const afterFingerprints = new Set(afterReport.findings.map((f) => f.fingerprint));
  const beforeFingerprints = new Set(ctx.before.findings.map((f) => f.fingerprint));

  const outcomes = ctx.actionable.map((f) => {
    const answeredBy = applied.filter((id) => f.remedies.includes(id));
    const fires = afterFingerprints.has(f.fingerprint);
    const cured = answeredBy.some((id) => getRemedy(id).effect === "cures");
    const outcome: FindingOutcome = fires ? (answeredBy.length > 0 ? "mitigated" : "unchanged") : cured ? "cured" : "no-longer-fires";
    return { ...ref(f), outcome, answeredBy };
  });
  // Silenced without a cure: the conduct stands, so the estimate keeps counting it.
  const silenced = new Set(outcomes.filter((o) => o.outcome === "no-longer-fires").map((o) => o.fingerprint));
  const carried = ctx.actionable.filter((f) => silenced.has(f.fingerprint));
  const after = ctx.snapshot(afterReport, profile, carried);
  const introduced = after.findings.filter((f) => f.severity !== "info" && !beforeFingerprints.has(f.fingerprint)).map(ref);
  return { applied, notModeled, profile, after, outcomes, introduced };
}

interface StepContext {
  actionable: readonly Finding[];
  targets: ReadonlyMap<RemedyId, readonly string[] | undefined>;
  before: PlanSnapshot;
  allSystemIds: readonly string[];
}

/** One measure applied alone: what it cures, what it only mitigates, and the exposure it removes. */
function step(id: RemedyId, ctx: StepContext, run: Runner): PlanStep {
  const remedy = getRemedy(id);
  const measure = profileMeasure(id);
  const addresses = ctx.actionable.filter((f) => f.remedies.includes(id));
  const result = run([id]);
  const cures = result.outcomes.filter((o) => o.answeredBy.includes(id) && o.outcome === "cured").map((o) => o.fingerprint);
  const removed = diff(ctx.before.exposure.totalUsd, result.after.exposure.totalUsd);
  return {
    remedyId: id,
    title: remedy.title,
    effect: remedy.effect,
    requires: remedy.requires,
    why: remedy.why,
    sources: remedy.sources,
    modeled: measure.modeled,
    transformation: measure.description,
    systemIds: [...(ctx.targets.get(id) ?? ctx.allSystemIds)],
    addresses: addresses.map(ref),
    cures,
    mitigates: addresses.map((f) => f.fingerprint).filter((fp) => !cures.includes(fp)),
    introduces: result.introduced,
    exposureRemovedUsd: removed,
    exposureAfterUsd: result.after.exposure.totalUsd,
  };
}

/** Rounds of follow-up for "cures" and "all": enough for notice → purpose and term → timing chains. */
const FOLLOW_UP_ROUNDS = 5;

/**
 * The chosen measures applied together. With "cures" or "all", findings the change brings to light
 * (a written notice now lacking its purpose and term, say) are answered too, round by round, by the
 * eligible modeled measures they name; an explicit list is applied exactly as given.
 */
function whatIf(chosen: readonly RemedyId[], run: Runner, before: PlanSnapshot, followUp: "cures" | "all" | undefined): WhatIf {
  let ids = [...chosen];
  const extra = new Map<RemedyId, readonly string[]>();
  let result = run(ids, extra);
  for (let round = 0; followUp && round < FOLLOW_UP_ROUNDS; round++) {
    const introduced = new Set(result.introduced.map((f) => f.fingerprint));
    const surfaced = result.after.findings.filter((f) => introduced.has(f.fingerprint));
    const next = [...systemTargets(targetSystems(surfaced))].filter(
      ([id]) => !ids.includes(id) && profileMeasure(id).modeled && (followUp === "all" || getRemedy(id).effect === "cures"),
    );
    if (next.length === 0) break;
    for (const [id, systems] of next) extra.set(id, systems);
    ids = [...ids, ...next.map(([id]) => id)];
    result = run(ids, extra);
  }
  return {
    applied: result.applied,
    notModeled: result.notModeled,
    profile: result.profile,
    before,
    after: result.after,
    outcomes: result.outcomes,
    introduced: result.introduced,
    byMeasure: result.applied.map((id) => {
      const answered = result.outcomes.filter((o) => o.answeredBy.includes(id));
      const effect = getRemedy(id).effect;
      return {
        remedyId: id,
        effect,
        cures: effect === "cures" ? answered.filter((o) => o.outcome === "cured").map((o) => o.fingerprint) : [],
        mitigates: answered.filter((o) => effect !== "cures" || o.outcome !== "cured").map((o) => o.fingerprint),
      };
    }),
    exposureRemovedUsd: diff(before.exposure.totalUsd, result.after.exposure.totalUsd),
  };
}

function chosenMeasures(apply: PlanOptions["apply"], steps: readonly PlanStep[]): readonly RemedyId[] | undefined {
  if (apply === undefined) return undefined;
  if (apply === "all") return steps.filter((s) => s.modeled).map((s) => s.remedyId);
  if (apply === "cures") return steps.filter((s) => s.modeled && s.effect === "cures").map((s) => s.remedyId);
  return [...new Set(apply)];
}

/**
 * Per measure, the systems whose findings list it: a measure changes only the systems it answers.
 * A measure named by an organization-level finding (no system) applies to every system (`undefined`).
 */
function targetSystems(findings: readonly Finding[]): Map<RemedyId, string[] | undefined> {
  const targets = new Map<RemedyId, string[] | undefined>();
  for (const f of findings) {
    for (const id of f.remedies) {
      const list = targets.has(id) ? targets.get(id) : [];
      if (list === undefined) continue;
      if (f.systemId === undefined) targets.set(id, undefined);
      else targets.set(id, list.includes(f.systemId) ? list : [...list, f.systemId]);
    }
  }
  return new Map([...targets].sort(([a], [b]) => REMEDY_IDS.indexOf(a) - REMEDY_IDS.indexOf(b)));
}

/** The targets `applyMeasures` takes: only measures aimed at particular systems. */
function systemTargets(targets: ReadonlyMap<RemedyId, string[] | undefined>): Map<RemedyId, readonly string[]> {
  return new Map([...targets].filter((entry): entry is [RemedyId, string[]] => entry[1] !== undefined));
}

function snap(report: Report, profile: Practices, suppressed: ReadonlySet<string>, assumptions: Assumptions, carried: readonly Finding[] = []): PlanSnapshot {
  const findings = report.findings.filter((f) => !suppressed.has(f.fingerprint));
  const counted = { ...report, findings: [...findings, ...carried.filter((c) => !findings.some((f) => f.fingerprint === c.fingerprint))] };
  return {
    findings,
    summary: {
      ...report.summary,
      violation: findings.filter((f) => f.severity === "violation").length,
      risk: findings.filter((f) => f.severity === "risk").length,
      info: findings.filter((f) => f.severity === "info").length,
    },
    exposure: estimateExposure(counted, profile, { amendmentAppliesToPendingClaims: assumptions.amendmentAppliesToPendingClaims }),
    injunctionRisk: assessInjunctionRisk(counted, profile),
  };
}

function ref(f: Finding): FindingRef {
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    title: f.title,
    ...(f.systemId !== undefined ? { systemId: f.systemId } : {}),
    severity: f.severity,
    basis: f.basis,
  };
}

function diff(before: Range, after: Range): Range {
  return { low: before.low - after.low, high: before.high - after.high };
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  const key = (list: readonly Finding[]) => list.map((f) => f.fingerprint).sort().join("\n");
  return key(a) === key(b);
}
