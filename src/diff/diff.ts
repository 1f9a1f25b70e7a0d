import { AMENDMENT_EFFECTIVE } from "../packs/bipa/exposure/dates.js";
import type { ExposureEstimate, Range } from "../packs/bipa/exposure/types.js";
import { compareSections } from "../util/section-order.js";
import { resolveReport } from "../core/resolve.js";
import type { ResolvedFinding, Report } from "../report/types.js";
import { newDuties } from "./duties.js";
import type { DiffSide, DiffSnapshot, ReportDiff, SectionExposureChange, UnchangedFinding } from "./types.js";

function side(input: Report | DiffSide): DiffSide {
  return "report" in input ? input : { report: input };
}

function snapshot(r: Report): DiffSnapshot {
  return {
    ...(r.file !== undefined ? { file: r.file } : {}),
    asOf: r.asOf,
    organization: r.organization.name,
    summary: r.summary,
    ...(r.exposure ? { exposureUsd: r.exposure.totalUsd, lookbackStart: r.exposure.lookbackStart } : {}),
    ...(r.injunctionRisk ? { injunctionRisk: r.injunctionRisk.level } : {}),
  };
}

const ZERO: Range = { low: 0, high: 0 };
const minus = (a: Range, b: Range): Range => ({ low: a.low - b.low, high: a.high - b.high });

/** Dollars per statute section, summed over systems. */
function bySection(e: ExposureEstimate | undefined): Map<string, Range> {
  const out = new Map<string, Range>();
  for (const s of e?.systems ?? []) {
    for (const l of s.lines) {
      const r = out.get(l.section) ?? ZERO;
      out.set(l.section, { low: r.low + l.amountUsd.low, high: r.high + l.amountUsd.high });
    }
  }
  return out;
}

function sectionChanges(before: ExposureEstimate | undefined, after: ExposureEstimate | undefined): SectionExposureChange[] {
  const [b, a] = [bySection(before), bySection(after)];
  return [...new Set([...b.keys(), ...a.keys()])].sort(compareSections).map((section) => {
    const from = b.get(section) ?? ZERO;
    const to = a.get(section) ?? ZERO;
    return { section, before: from, after: to, change: minus(to, from) };
  });
}

/**
 * Findings matched by fingerprint, as multisets (a fingerprint seen twice on one side is matched
 * twice), so reordering or reformatting a profile changes nothing.
 */
function match(before: readonly ResolvedFinding[], after: readonly ResolvedFinding[]): Pick<ReportDiff, "added" | "resolved" | "unchanged"> {
  const pool = new Map<string, ResolvedFinding[]>();
  for (const f of before) pool.set(f.fingerprint, [...(pool.get(f.fingerprint) ?? []), f]);
  const added: ResolvedFinding[] = [];
  const unchanged: UnchangedFinding[] = [];
  for (const f of after) {
    const previous = pool.get(f.fingerprint)?.shift();
    if (previous) unchanged.push({ fingerprint: f.fingerprint, before: previous, after: f, severityChanged: previous.severity !== f.severity });
    else added.push(f);
  }
  const left = new Set([...pool.values()].flat());
  return { added, resolved: before.filter((f) => left.has(f)), unchanged };
}

function notes(b: Report, a: Report): string[] {
  const out: string[] = [];
  if (b.organization.name !== a.organization.name) out.push(`The two sides name different organizations: ${b.organization.name} before, ${a.organization.name} after.`);
  if (b.asOf !== a.asOf) {
    out.push(`Evaluated as of ${b.asOf} before and ${a.asOf} after: findings and figures move with the date as well as with the practices.`);
    if (b.exposure && a.exposure && b.exposure.lookbackStart !== a.exposure.lookbackStart) {
      out.push(
        `The five-year look-back (Tims v. Black Horse Carriers, 2023) moved: ${b.exposure.lookbackStart} to ${b.asOf} before, ${a.exposure.lookbackStart} to ${a.asOf} after.`,
      );
    }
    const [early, late] = b.asOf < a.asOf ? [b.asOf, a.asOf] : [a.asOf, b.asOf];
    if (early < AMENDMENT_EFFECTIVE && AMENDMENT_EFFECTIVE <= late) {
      out.push(
        `PA 103-0769 took effect on ${AMENDMENT_EFFECTIVE}, between the two dates: from then on, repeat collection (15(b)) or disclosure (15(d)) of the same identifier from the same person by the same method counts once (Sec. 20(b), (c)).`,
      );
    }
  }
  const assumption = (r: Report) => r.exposure?.amendmentAppliesToPendingClaims;
  if (assumption(b) !== undefined && assumption(a) !== undefined && assumption(b) !== assumption(a)) {
    out.push(`The two sides assume differently whether PA 103-0769 applies to pending claims (${String(assumption(b))} before, ${String(assumption(a))} after).`);
  }
  return out;
}

/**
 * Compares two audits: the findings added, resolved and unchanged (matched by fingerprint), the
 * Sec. 20 exposure before and after per section, the remedial measures taken or dropped, and, when
 * both sides carry their profile, the new duties the change triggers (a new system, recipient, use,
 * population, identifier or collection method, for systems in scope after).
 *
 * Pure and deterministic. Each side is a report, or `{ report, profile }`; the reports may differ in
 * their profile (a change under review) or only in `asOf` (the same practices on two dates).
 * Suppressed findings (waived or baselined) are left out on both sides.
 *
 * @example
 * const diff = diffReports({ report: audit(before, { asOf }), profile: before }, { report: audit(after, { asOf }), profile: after });
 * console.log(diff.added.length, diff.resolved.length, diff.newDuties);
 */
export function diffReports(before: Report | DiffSide, after: Report | DiffSide): ReportDiff {
  const [b, a] = [side(before), side(after)];
  // Findings as a reader sees them (title, authorities, system name, location): a diff lists no catalogs.
  const { added, resolved, unchanged } = match(resolveReport(b.report).findings, resolveReport(a.report).findings);
  const [eb, ea] = [b.report.exposure, a.report.exposure];
  const taken = new Set(b.report.injunctionRisk?.measuresTaken ?? []);
  const now = new Set(a.report.injunctionRisk?.measuresTaken ?? []);
  return {
    diffVersion: 1,
    before: snapshot(b.report),
    after: snapshot(a.report),
    added,
    resolved,
    unchanged,
    exposure: {
      ...(eb ? { before: eb.totalUsd } : {}),
      ...(ea ? { after: ea.totalUsd } : {}),
      ...(eb && ea ? { change: minus(ea.totalUsd, eb.totalUsd) } : {}),
      sections: sectionChanges(eb, ea),
    },
    measuresTaken: [...now].filter((m) => !taken.has(m)),
    measuresDropped: [...taken].filter((m) => !now.has(m)),
    ...(b.profile && a.profile ? { newDuties: newDuties(b.profile, a.profile, a.report) } : {}),
    notes: notes(b.report, a.report),
  };
}
