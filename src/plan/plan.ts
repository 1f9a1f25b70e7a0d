import { audit, selectPacks, type AuditOptions } from "../audit.js";
import { SystemCache } from "../engine/system-cache.js";
import { bipaPack } from "../packs/bipa/index.js";
import { measuresAcross } from "./across.js";
import { leftAlone, shareUnchanged } from "./same.js";
import { DEFAULT_ASSUMPTIONS, type Assumptions } from "../packs/bipa/rule.js";
import { exposureOptions } from "../packs/bipa/exposure/attach.js";
import { EXPOSURE_LABEL, estimateExposure, sectionOf } from "../packs/bipa/exposure/damages.js";
import { assessInjunctionRisk } from "../packs/bipa/injunction.js";
import type { ExposureEstimate } from "../packs/bipa/exposure/types.js";
import { formatUsd } from "../packs/bipa/exposure/words.js";
import { compareDates } from "../practices/dates.js";
import type { Practices } from "../practices/schema.js";
import { getRemedy, type Remedy } from "../packs/bipa/remedies/catalog.js";
import { isRemedyId, REMEDY_IDS, type RemedyId } from "../packs/bipa/remedies/ids.js";
import type { Finding, Report } from "../report/types.js";
import { forwardEffect, horizonOf } from "../packs/bipa/plan/forward.js";
import { applyMeasures, profileMeasure } from "../packs/bipa/plan/measures.js";
import type { FindingOutcome, FindingRef, ForwardEffect, Horizon, PlanSnapshot, PlanStep, RemediationPlan, WhatIf } from "./types.js";

export interface PlanOptions {
  /** The packs the report was made with (default: every shipped pack), so the re-audit matches it. */
  packs?: AuditOptions["packs"];
  /** The rule settings the report was made with, so the re-audit matches it. */
  rules?: AuditOptions["rules"];
  ruleSet?: AuditOptions["ruleSet"];
  /** Defaults to the assumptions recorded in the report's exposure estimate. */
  assumptions?: Partial<Assumptions>;
  /**
   * Measures to apply together in the what-if: a list of remedy ids, "cures" (every modeled statutory
   * cure in the plan), or "all" (every modeled measure in the plan). No what-if when omitted.
   */
  apply?: readonly RemedyId[] | "cures" | "all";
  /** Whole years over which each measure's forward effect is counted (1–10; default 1, stated in the output). */
  horizonYears?: number;
}

/** The plan's standing notes: what a cure can and cannot do (bipa-reference.md §1.7 "Cure works forward only"). */
function planNotes(accrued: ExposureEstimate, horizon: Horizon): string[] {
  return [
    `Exposure already accrued, ${formatUsd(accrued.totalUsd.low)} to ${formatUsd(accrued.totalUsd.high)}, is the same whatever is done now: each past capture or disclosure already accrued a claim (Cothron), a person is aggrieved by the violation itself (Rosenbach), and a policy adopted late does not reach back (Mora). Accrued claims end only as the five-year period runs (Tims). A measure works forward only.`,
    `Each measure is shown with the claims it avoids going forward over ${horizon.years === 1 ? "1 year" : `${horizon.years} years`} (${horizon.from} to ${horizon.to}${horizon.isDefault ? "; the default horizon, option horizonYears" : ""}): the new claims the estimate would count in that period with the practice unchanged (ongoing capture projected), less those it would count with the measure taken on ${accrued.asOf}.`,
    "Each measure is recorded as taken on the plan's asOf date; nothing is back-dated, and no fact the profile leaves unknown is filled in. Date-aware rules (a late policy under Mora, a release obtained after capture) keep firing after the change, because the earlier gap stays actionable within the look-back.",
    "A measure is shown as curing only a violation of the duty it satisfies, and as resolving or reducing a risk; measures that only mitigate weigh on irreparable harm (the Clearview court), not on liability.",
    "Measures that no profile change can express (for example establishing unknown facts, or a court's preservation order) are listed with the reason and change nothing until the profile records their result.",
  ];
}

/**
 * A remediation plan for a report: every measure its findings name, each with the exposure already
 * accrued (unchanged by any measure) and the new claims it avoids going forward over a horizon, the
 * violations it cures, the risks it resolves and what it only mitigates; with `options.apply`, a
 * what-if that applies the chosen measures together, re-audits with the same asOf and rule settings,
 * and shows findings and injunction risk before and after.
 *
 * @param report the audit of `profile` (its asOf is used; suppressed findings stay out of the plan).
 * @example
 * const report = audit(profile, { asOf: "2026-11-22" });
 * const result = plan(report, profile, { apply: "cures", horizonYears: 2 });
 * for (const step of result.steps) console.log(step.title, step.forward.avoidedUsd.high);
 */
export function plan(report: Report, profile: Practices, options: PlanOptions = {}): RemediationPlan {
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    ...(report.exposure ? assumptionsOf(report.exposure) : {}),
    ...options.assumptions,
  };
  const horizon = horizonOf(report.asOf, options.horizonYears);
  // The re-audits' reports lack the packs' own fields (the Sec. 20 estimate among them): the plan reads
  // only their findings, applicability and rules, and estimates exposure itself.
  const cache = new SystemCache({ extend: false });
  const auditOptions: AuditOptions = {
    asOf: report.asOf,
    assumptions,
    // One per plan: each re-audit reuses what the last found for the systems a measure left alone.
    cache,
    ...(options.packs ? { packs: options.packs } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}),
  };
  const suppressed = new Set(report.suppressed.map((f) => f.fingerprint));
  const baseline = audit(profile, auditOptions);
  const before = snap(baseline, profile, suppressed);
  // The Sec. 20 estimate counts BIPA's findings only: another law's findings are no BIPA violations.
  const accrued = estimateExposure(withFindings(baseline, bipaOnly(before.findings)), profile, exposureOptions(assumptions));
  const forwardOf = (r: Report, p: Practices) =>
    estimateExposure(withFindings(r, bipaOnly(r.findings)), p, { ...exposureOptions(assumptions), period: { from: horizon.from, to: horizon.to } }, cache.memo(bipaPack, p.organization));
  const unchanged = forwardOf(withFindings(baseline, before.findings), profile);
  const notes = planNotes(accrued, horizon);
  if (!sameFindings(before.findings, report.findings.filter((f) => !suppressed.has(f.fingerprint)))) {
    notes.push(
      "The report passed in differs from a re-audit of the profile with these options; pass the rule settings and assumptions the report was made with. The plan compares against the re-audit.",
    );
  }

  // The plan's steps are BIPA's measures (its catalog, its Sec. 20 figures); the measures of every
  // pack, BIPA's among them, are listed once each in `measures` (src/plan/across.ts).
  const actionable = bipaOnly(before.findings).filter((f) => f.severity !== "info");
  const actionableByFingerprint = new Map(actionable.map((f) => [f.fingerprint, f]));
  const allSystemIds = profile.systems.map((x) => x.id);
  const targets = targetSystems(actionable);
  // Measures chosen for the what-if that no finding names still get a step (applied to every system).
  const explicit = options.apply === undefined || typeof options.apply === "string" ? [] : options.apply;
  for (const id of explicit) {
    getRemedy(id); // throws on an unknown id: a typo must not pass
    if (!targets.has(id)) targets.set(id, undefined);
  }
  const aimed = systemTargets(targets);
  const titles = ruleTitles(new Map(), baseline);
  const beforeFingerprints = new Set(before.findings.map((f) => f.fingerprint));
  const ctx: EvalContext = { profile, baseline, before, beforeFingerprints, actionable, targets: aimed, auditOptions, suppressed, forwardOf, unchanged, accrued, horizon, titles };
  const run: Runner = (ids, extra = new Map()) => evaluate(ids, { ...ctx, targets: new Map([...aimed, ...extra]) });

  const steps = [...targets.keys()]
    .map((id) => step(id, { actionable, actionableByFingerprint, targets, accrued, allSystemIds, titles }, run))
    .sort(
      (a, b) =>
        b.forward.avoidedUsd.high - a.forward.avoidedUsd.high ||
        b.forward.avoidedUsd.low - a.forward.avoidedUsd.low ||
        b.cures.length - a.cures.length ||
        (a.effect === b.effect ? 0 : a.effect === "cures" ? -1 : 1) ||
        b.resolves.length - a.resolves.length ||
        REMEDY_IDS.indexOf(a.remedyId) - REMEDY_IDS.indexOf(b.remedyId),
    );

  const chosen = chosenMeasures(options.apply, steps);
  return {
    label: EXPOSURE_LABEL,
    asOf: report.asOf,
    accruedUsd: accrued.totalUsd,
    horizon,
    steps,
    ...(chosen ? { whatIf: whatIf(chosen, run, { ...before, exposure: accrued }, typeof options.apply === "string" ? options.apply : undefined) } : {}),
    measures: measuresAcross(baseline, profile, selectPacks(options.packs, options.ruleSet), steps),
    notes,
  };
}

/** The exposure assumptions a report's estimate records, so the plan re-audits with the same ones. */
function assumptionsOf(e: ExposureEstimate): Partial<Assumptions> {
  return {
    amendmentAppliesToPendingClaims: e.amendmentAppliesToPendingClaims,
    ...(e.forum !== undefined ? { forum: e.forum } : {}),
    ...(e.amendmentByForum !== undefined ? { amendmentAppliesByForum: e.amendmentByForum } : {}),
    ...(e.assumedFilingDate !== undefined && e.assumedFilingDate !== e.asOf ? { assumedFilingDate: e.assumedFilingDate } : {}),
    ...(e.templateChannels !== undefined ? { templateChannels: e.templateChannels } : {}),
    ...(e.otherSectionsCounting !== undefined ? { otherSections: e.otherSectionsCounting } : {}),
  };
}

/** Applies measures (aimed by the plan's targets, plus `extra`) and re-audits. */
type Runner = (ids: readonly RemedyId[], extra?: ReadonlyMap<RemedyId, readonly string[]>) => Evaluation;

interface EvalContext {
  profile: Practices;
  /** The re-audit of `profile`, from which `before` and `unchanged` were taken. */
  baseline: Report;
  before: PlanSnapshot;
  /** The fingerprints of `before.findings`, built once, not once a measure. */
  beforeFingerprints: ReadonlySet<string>;
  actionable: readonly Finding[];
  targets: ReadonlyMap<RemedyId, readonly string[]>;
  auditOptions: AuditOptions;
  suppressed: ReadonlySet<string>;
  forwardOf: (r: Report, p: Practices) => ExposureEstimate;
  unchanged: ExposureEstimate;
  accrued: ExposureEstimate;
  horizon: Horizon;
  /** Rule titles by id, from the reports' rule lists (a finding names its rule by id). */
  titles: ReadonlyMap<string, string>;
}

/** An actionable finding of the report, with what the measures did to it. */
interface Classified {
  finding: Finding;
  outcome: FindingOutcome;
  /** Whether an applied measure answers it (the what-if lists which: `answeredBy`). */
  answered: boolean;
}

interface Evaluation {
  applied: RemedyId[];
  notModeled: RemedyId[];
  profile: Practices;
  /** The re-audit's findings, less those suppressed. */
  firing: Finding[];
  classified: Classified[];
  introduced: FindingRef[];
  forward: ForwardEffect;
  /** The findings after, their summary and injunction risk, and every outcome as a reference: the what-if's, built on request (a step reads none of it). */
  view(): { after: PlanSnapshot; outcomes: WhatIf["outcomes"] };
}

/** The Sec. 15 subsections a measure satisfies: the statute sections among its sources. */
function dutiesOf(remedy: Remedy): Set<string> {
  return new Set(remedy.sources.map((s) => /^bipa-15([a-e])$/.exec(s)?.[1]).filter((s): s is string => s !== undefined));
}

/** Whether a measure is a cure of the duty this finding found broken (its effect and its section agree). */
function curesDutyOf(id: RemedyId, f: Finding): boolean {
  const remedy = getRemedy(id);
  const section = sectionOf(f);
  return remedy.effect === "cures" && section !== undefined && dutiesOf(remedy).has(section);
}

/** Applies measures to the systems whose findings list them, re-audits, and classifies every finding. */
function evaluate(ids: readonly RemedyId[], ctx: EvalContext): Evaluation {
  const applied = ids.filter((id) => profileMeasure(id).modeled);
  const notModeled = ids.filter((id) => !profileMeasure(id).modeled);
  const profile = shareUnchanged(ctx.profile, applyMeasures(ctx.profile, applied, ctx.auditOptions.asOf, ctx.targets));
  // A measure that left every system and the organization as they were (not modeled, or already in
  // place): the re-audit would be the baseline's, being of the same objects with the same settings.
  const untouched = leftAlone(ctx.profile, profile);
  const afterReport = untouched ? ctx.baseline : audit(profile, ctx.auditOptions);
  const firing = ctx.suppressed.size === 0 ? afterReport.findings : afterReport.findings.filter((f) => !ctx.suppressed.has(f.fingerprint));
  const titles = ruleTitles(ctx.titles, afterReport);
  const ref = (f: Finding) => findingRef(f, titles);
  const afterFingerprints = new Set(firing.map((f) => f.fingerprint));
  const beforeFingerprints = ctx.beforeFingerprints;

  // The measures answering a finding, listed only where the outcome or the what-if needs them: a
  // list per finding per step was a good part of the plan's own time.
  const answeredBy = (f: Finding) => applied.filter((id) => f.remedies.includes(id));
  const classified = ctx.actionable.map((f): Classified => {
    const answered = applied.some((id) => f.remedies.includes(id));
    const fires = afterFingerprints.has(f.fingerprint);
    const outcome: FindingOutcome = fires
      ? answered
        ? "mitigated"
        : "unchanged"
      : f.severity === "violation"
        ? answered && answeredBy(f).some((id) => curesDutyOf(id, f))
          ? "cured"
          : "no-longer-fires"
        : answered
          ? "resolved"
          : "no-longer-fires";
    return { finding: f, outcome, answered };
  });
  // A violation silenced without a cure of its duty: the conduct stands, so the forward estimate keeps counting it.
  const silenced = new Set(classified.filter((o) => o.outcome === "no-longer-fires" && o.finding.severity === "violation").map((o) => o.finding.fingerprint));
  const carried = silenced.size === 0 ? [] : ctx.actionable.filter((f) => silenced.has(f.fingerprint));
  const counted = [...firing, ...carried.filter((c) => !afterFingerprints.has(c.fingerprint))];
  const introduced = firing.filter((f) => f.severity !== "info" && !beforeFingerprints.has(f.fingerprint)).map(ref);
  // Conduct ended going forward: violations cured, and 15(b) and 15(d) violations of a system whose capture the measures stop.
  const stopped = stoppedCapture(ctx.profile, profile, ctx.auditOptions.asOf);
  const curedSet = new Set(classified.filter((o) => o.outcome === "cured").map((o) => o.finding.fingerprint));
  const cured =
    curedSet.size === 0 && stopped.size === 0
      ? []
      : ctx.actionable.filter(
          (f) =>
            curedSet.has(f.fingerprint) ||
            (f.severity === "violation" && f.systemId !== undefined && stopped.has(f.systemId) && (sectionOf(f) === "b" || sectionOf(f) === "d") && applied.some((id) => f.remedies.includes(id))),
        );
  // Untouched, every finding still fires, so `counted` is the baseline's findings: the estimate is `unchanged`.
  const withMeasure = untouched ? ctx.unchanged : ctx.forwardOf(withFindings(afterReport, counted), profile);
  const forward = forwardEffect({ unchanged: ctx.unchanged, withMeasure, accrued: ctx.accrued, cured, profile: ctx.profile, horizon: ctx.horizon, asOf: ctx.auditOptions.asOf });
  let viewed: ReturnType<Evaluation["view"]> | undefined;
  const view = () =>
    (viewed ??= {
      after: { ...summarized(afterReport, firing), injunctionRisk: assessInjunctionRisk(withFindings(afterReport, counted), profile) },
      outcomes: classified.map((o) => ({ ...ref(o.finding), outcome: o.outcome, answeredBy: o.answered ? answeredBy(o.finding) : [] })),
    });
  return { applied, notModeled, profile, firing, classified, introduced, forward, view };
}

/** Systems whose capture ran past asOf before the measures and no longer does after them. */
function stoppedCapture(before: Practices, after: Practices, asOf: string): Set<string> {
  const runs = (last: string) => last === "ongoing" || (last !== "unknown" && compareDates(last, asOf) !== "before" && compareDates(last, asOf) !== "same-day");
  const out = new Set<string>();
  after.systems.forEach((s, i) => {
    const was = before.systems[i];
    // A system left the same object runs as it ran.
    if (was && s !== was && runs(was.collection.lastCaptureDate) && !runs(s.collection.lastCaptureDate)) out.add(s.id);
  });
  return out;
}

interface StepContext {
  actionable: readonly Finding[];
  actionableByFingerprint: ReadonlyMap<string, Finding>;
  targets: ReadonlyMap<RemedyId, readonly string[] | undefined>;
  accrued: ExposureEstimate;
  allSystemIds: readonly string[];
  titles: ReadonlyMap<string, string>;
}

/** One measure applied alone: what it cures, resolves and only mitigates, and what it avoids going forward. */
function step(id: RemedyId, ctx: StepContext, run: Runner): PlanStep {
  const remedy = getRemedy(id);
  const measure = profileMeasure(id);
  const addresses = ctx.actionable.filter((f) => f.remedies.includes(id));
  const result = run([id]);
  // The step applies `id` alone (or nothing, when not modeled): a finding it answers is answered.
  const mine = result.classified.filter((o) => o.answered);
  // By fingerprint through an index and sets: a scan per finding was quadratic in the findings.
  const cures = mine.filter((o) => o.outcome === "cured" && curesDutyOf(id, ctx.actionableByFingerprint.get(o.finding.fingerprint)!)).map((o) => o.finding.fingerprint);
  const resolves = mine.filter((o) => o.outcome === "resolved").map((o) => o.finding.fingerprint);
  const named = new Set([...cures, ...resolves]);
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
    addresses: addresses.map((f) => findingRef(f, ctx.titles)),
    cures,
    resolves,
    mitigates: addresses.map((f) => f.fingerprint).filter((fp) => !named.has(fp)),
    introduces: result.introduced,
    accruedUsd: ctx.accrued.totalUsd,
    forward: result.forward,
  };
}

/** Rounds of follow-up for "cures" and "all": enough for notice → purpose and term → timing chains. */
const FOLLOW_UP_ROUNDS = 5;

/**
 * The chosen measures applied together. With "cures" or "all", findings the change brings to light
 * (a written notice now lacking its purpose and term, say) are answered too, round by round, by the
 * eligible modeled measures they name; an explicit list is applied exactly as given.
 */
function whatIf(chosen: readonly RemedyId[], run: Runner, before: WhatIf["before"], followUp: "cures" | "all" | undefined): WhatIf {
  let ids = [...chosen];
  const extra = new Map<RemedyId, readonly string[]>();
  let result = run(ids, extra);
  for (let round = 0; followUp && round < FOLLOW_UP_ROUNDS; round++) {
    const introduced = new Set(result.introduced.map((f) => f.fingerprint));
    const surfaced = result.firing.filter((f) => introduced.has(f.fingerprint));
    const next = [...systemTargets(targetSystems(surfaced))].filter(
      ([id]) => !ids.includes(id) && profileMeasure(id).modeled && (followUp === "all" || getRemedy(id).effect === "cures"),
    );
    if (next.length === 0) break;
    for (const [id, systems] of next) extra.set(id, systems);
    ids = [...ids, ...next.map(([id]) => id)];
    result = run(ids, extra);
  }
  const findingOf = new Map(before.findings.map((f) => [f.fingerprint, f]));
  const { after, outcomes } = result.view();
  return {
    applied: result.applied,
    notModeled: result.notModeled,
    profile: result.profile,
    before,
    after,
    outcomes,
    introduced: result.introduced,
    byMeasure: result.applied.map((id) => {
      const answered = outcomes.filter((o) => o.answeredBy.includes(id));
      const effect = getRemedy(id).effect;
      const cures = answered.filter((o) => o.outcome === "cured" && curesDutyOf(id, findingOf.get(o.fingerprint)!)).map((o) => o.fingerprint);
      const resolves = answered.filter((o) => o.outcome === "resolved").map((o) => o.fingerprint);
      const named = new Set([...cures, ...resolves]);
      return { remedyId: id, effect, cures, resolves, mitigates: answered.map((o) => o.fingerprint).filter((fp) => !named.has(fp)) };
    }),
    accruedUsd: before.exposure.totalUsd,
    forward: result.forward,
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
  // Sets, in first-named order, not lists: a scan of the list per finding was quadratic in the systems.
  const targets = new Map<RemedyId, Set<string> | undefined>();
  for (const f of findings) {
    for (const id of f.remedies) {
      if (!isRemedyId(id)) continue; // another pack's remedy: not a BIPA profile change
      const ids = targets.has(id) ? targets.get(id) : new Set<string>();
      if (ids === undefined) continue;
      if (f.systemId === undefined) targets.set(id, undefined);
      else targets.set(id, ids.add(f.systemId));
    }
  }
  return new Map([...targets].sort(([a], [b]) => REMEDY_IDS.indexOf(a) - REMEDY_IDS.indexOf(b)).map(([id, ids]) => [id, ids && [...ids]]));
}

/** The targets `applyMeasures` takes: only measures aimed at particular systems. */
function systemTargets(targets: ReadonlyMap<RemedyId, string[] | undefined>): Map<RemedyId, readonly string[]> {
  return new Map([...targets].filter((entry): entry is [RemedyId, string[]] => entry[1] !== undefined));
}

/** BIPA's findings: the ones the Sec. 20 estimate and BIPA's remedy catalog speak to. */
function bipaOnly(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId.startsWith("bipa/"));
}

function withFindings(report: Report, findings: readonly Finding[]): Report {
  return { ...report, findings: [...findings] };
}

function snap(report: Report, profile: Practices, suppressed: ReadonlySet<string>): PlanSnapshot {
  const findings = report.findings.filter((f) => !suppressed.has(f.fingerprint));
  return { ...summarized(report, findings), injunctionRisk: assessInjunctionRisk(withFindings(report, findings), profile) };
}

/** The findings not suppressed, with the report's summary counting them. */
function summarized(report: Report, findings: Finding[]): Pick<PlanSnapshot, "findings" | "summary"> {
  return {
    findings,
    summary: {
      ...report.summary,
      violation: findings.filter((f) => f.severity === "violation").length,
      risk: findings.filter((f) => f.severity === "risk").length,
      info: findings.filter((f) => f.severity === "info").length,
    },
  };
}

/** The titles already known, plus those of a report's rules. */
function ruleTitles(known: ReadonlyMap<string, string>, report: Report): ReadonlyMap<string, string> {
  if (report.rules.every((r) => known.has(r.id))) return known;
  const titles = new Map(known);
  for (const r of report.rules) if (!titles.has(r.id)) titles.set(r.id, r.title);
  return titles;
}

function findingRef(f: Finding, titles: ReadonlyMap<string, string>): FindingRef {
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    title: titles.get(f.ruleId) ?? f.ruleId,
    ...(f.systemId !== undefined ? { systemId: f.systemId } : {}),
    severity: f.severity,
    basis: f.basis,
  };
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  const key = (list: readonly Finding[]) => list.map((f) => f.fingerprint).sort().join("\n");
  return key(a) === key(b);
}
