import { MEASURE_SUBSUMES, SHARED_MEASURES } from "../core/measures.js";
import { pushAll } from "../util/push-all.js";
import type { Pack, PackRemedy, PenaltyEstimate } from "../core/pack.js";
import { packFindings, type Finding, type Report } from "../report/types.js";
import type { Range } from "../packs/bipa/exposure/types.js";
import type { Practices } from "../practices/schema.js";
import type { PlanStep } from "./types.js";

/** What one measure does under one pack. */
export interface MeasureUnderPack {
  packId: string;
  /** The pack's remedies that perform the measure and that the report's findings name. */
  remedyIds: string[];
  /** The sections of the findings those remedies answer. */
  sections: string[];
  /** `cures` when any of the remedies cures under this pack. */
  effect: "cures" | "mitigates";
  /** BIPA: what each of its plan steps avoids going forward over the horizon (accrued exposure stays). */
  avoidedUsd?: Array<{ remedyId: string; avoidedUsd: Range }>;
  /**
   * A pack with a penalty model: the part of its estimate that stops accruing once the findings these
   * remedies answer stop (the estimate with and without them). What has accrued is not removed.
   */
  stopsAccruing?: { currency: PenaltyEstimate["currency"]; low: number; high: number };
  /** Where the law lets a timely cure bar the claim (New York City's signage duty): the window, in the pack's words. */
  cureWindow?: { days: number; text: string };
}

/** One act in the control plan, listed once with every pack and section it satisfies. */
export interface PlanMeasure {
  measure: string;
  title: string;
  packs: MeasureUnderPack[];
  /** For a destruction measure: the strictest deadline among the packs that apply to some system. */
  deadline?: { packId: string; text: string; months?: number };
}

/**
 * The plan's measures across packs: each remedy the findings name is mapped to its measure (shared
 * ids from src/core/measures.ts, or `<pack>/<slug>`), and each measure is listed once with every pack,
 * remedy and section it answers. A cure works going forward only, under every pack: BIPA's figure is
 * what its steps avoid going forward; another pack's is what stops accruing, never what is removed.
 */
export function measuresAcross(report: Report, profile: Practices, packs: readonly Pack[], steps: readonly PlanStep[]): PlanMeasure[] {
  const byMeasure = new Map<string, PlanMeasure>();
  const stepOf = new Map(steps.map((s) => [s.remedyId as string, s]));
  for (const pack of packs) {
    const section = report.packs.find((s) => s.id === pack.id);
    if (!section) continue;
    const findings = packFindings(report.findings, pack.id).filter((f) => f.severity !== "info");
    const remedies = new Map(pack.remedies.map((r) => [r.id, r]));
    // The findings as a set (in first-named order): a scan of a list per finding was quadratic in the findings.
    const named = new Map<string, { remedies: PackRemedy[]; findings: Set<Finding> }>();
    for (const f of findings) {
      for (const id of f.remedies) {
        const remedy = remedies.get(id);
        if (!remedy) continue;
        const entry = named.get(remedy.measure) ?? { remedies: [], findings: new Set<Finding>() };
        if (!entry.remedies.includes(remedy)) entry.remedies.push(remedy);
        entry.findings.add(f);
        named.set(remedy.measure, entry);
      }
    }
    for (const [measure, entry] of named) {
      const plan = byMeasure.get(measure) ?? { measure, title: measureTitle(measure, entry.remedies[0]!), packs: [] };
      const remedyIds = entry.remedies.map((r) => r.id);
      const under: MeasureUnderPack = {
        packId: pack.id,
        remedyIds,
        sections: [...new Set([...entry.findings].map((f) => f.section))].sort(),
        effect: entry.remedies.some((r) => r.effect === "cures") ? "cures" : "mitigates",
      };
      const bipaSteps = remedyIds.flatMap((id) => {
        const s = pack.id === "bipa" ? stepOf.get(id) : undefined;
        return s ? [{ remedyId: id, avoidedUsd: s.forward.avoidedUsd }] : [];
      });
      if (bipaSteps.length > 0) under.avoidedUsd = bipaSteps;
      const stops = pack.penalty ? stopsAccruing(pack, report, profile, section.applicability, entry.findings) : undefined;
      if (stops) under.stopsAccruing = stops;
      const window = entry.remedies.find((r) => r.cureWindow)?.cureWindow;
      if (window) under.cureWindow = { days: window.days, text: window.text };
      plan.packs.push(under);
      const deadline = strictest(plan.deadline, pack, entry.remedies, section.summary.systemsInScope > 0);
      if (deadline) plan.deadline = deadline;
      byMeasure.set(measure, plan);
    }
  }
  // One act that satisfies another (a written release is a consent): the weaker measure's laws join it.
  for (const [stronger, weaker] of Object.entries(MEASURE_SUBSUMES)) {
    const into = byMeasure.get(stronger);
    if (!into) continue;
    for (const id of weaker ?? []) {
      const from = byMeasure.get(id);
      if (!from) continue;
      pushAll(into.packs, from.packs);
      byMeasure.delete(id);
    }
  }
  // Measures several packs share first, then by id: the same order for the same report.
  return [...byMeasure.values()].sort((a, b) => b.packs.length - a.packs.length || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
}

function measureTitle(measure: string, remedy: PackRemedy): string {
  return measure in SHARED_MEASURES ? SHARED_MEASURES[measure as keyof typeof SHARED_MEASURES] : remedy.title;
}

/** The pack's estimate with the answered findings, less the estimate without them. */
function stopsAccruing(
  pack: Pack,
  report: Report,
  profile: Practices,
  applicability: Report["applicability"],
  answered: ReadonlySet<Finding>,
): MeasureUnderPack["stopsAccruing"] {
  const estimate = (list: readonly Finding[]) =>
    pack.penalty!({
      profile,
      findings: list.map((f) => ({ ruleId: f.ruleId, ...(f.systemId !== undefined ? { systemId: f.systemId } : {}), severity: f.severity, basis: f.basis })),
      applies: applicability.flatMap((a, i) => (a.inScope ? [i] : [])),
      asOf: report.asOf,
    });
  const all = packFindings(report.findings, pack.id);
  const withThem = estimate(all);
  const without = estimate(all.filter((f) => !answered.has(f)));
  return { currency: withThem.currency, low: Math.max(0, withThem.low - without.low), high: Math.max(0, withThem.high - without.high) };
}

/** The stricter of two destruction deadlines: a fixed period shorter than the other's, or the first found. */
function strictest(current: PlanMeasure["deadline"], pack: Pack, remedies: readonly PackRemedy[], applies: boolean): PlanMeasure["deadline"] {
  if (!applies) return current;
  let best = current;
  for (const r of remedies) {
    if (!r.deadline) continue;
    const candidate = { packId: pack.id, text: r.deadline.text, ...(r.deadline.months !== undefined ? { months: r.deadline.months } : {}) };
    if (!best || (candidate.months !== undefined && (best.months === undefined || candidate.months < best.months))) best = candidate;
  }
  return best;
}
