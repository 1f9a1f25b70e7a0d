import type { SystemMemo } from "../../../core/pack.js";
import { pushAll } from "../../../util/push-all.js";
import type { Practices, System } from "../../../practices/schema.js";
import type { Finding, ReportBase as Report } from "../../../core/report.js";
import { AMENDMENT_EFFECTIVE } from "./dates.js";
import { collectionLine, disclosureLine, possessionLine, recipientGroups, retentionLine, type Built, type LineContext } from "./lines.js";
import { retroactivityNote, resolveOptions, type ExposureOptions, type ResolvedOptions } from "./options.js";
import { pairsOf } from "./pairs.js";
import { keyParts } from "./same-people-key.js";
import { Notes, systemPeople } from "./people.js";
import { PER_VIOLATION_USD, sum } from "./price.js";
import { stackingReadings } from "./stacking.js";
import type { ExposureEstimate, ExposureLine, SystemExposure, UncountedFinding } from "./types.js";
import type { DateContext } from "./window.js";
import { formatCount, formatUsd } from "./words.js";
import { joinWords } from "../rules/wording.js";
import { rules as scopeRules } from "../rules/scope/index.js";

export { PER_VIOLATION_USD } from "./price.js";
export type { ExposureOptions } from "./options.js";

/** Shown beside every figure. */
export const EXPOSURE_LABEL =
  "Estimate, not legal advice. Figures are Sec. 20 liquidated-damages ceilings ($1,000 per negligent and $5,000 per intentional or reckless violation); damages are discretionary (Cothron, 2023; Rogers v. BNSF, 2023), so an award may be far lower. Actual damages (where greater), attorneys' fees, costs and injunctive relief are not included.";

const SECTIONS = ["a", "b", "c", "d", "e"] as const;
type Section = (typeof SECTIONS)[number];

/** The Sec. 15 subsection a finding cites, from its section string (`740 ILCS 14/15(b)(3)` → `b`). */
export function sectionOf(finding: Pick<Finding, "section">): Section | undefined {
  const letter = /14\/15\(([a-e])\)/.exec(finding.section)?.[1];
  return SECTIONS.find((s) => s === letter);
}

/**
 * The Sec. 20 statutory-damages estimate for a report: per system and in total, low and high, with
 * the arithmetic behind each line. The report's findings decide only **whether** a section is counted
 * for a system (a `violation` on stated facts in that section); the profile's facts decide **who** and
 * **when** (bipa-reference.md §1.7):
 * - only conduct inside the five-year look-back from the assumed filing date (Tims);
 * - 15(b): only Illinois people captured without a prior written notice and release, and for late
 *   signers only their captures before their release date; people who left stop on the day they left;
 * - before 2 Aug 2024 one violation per scan or transmission (Cothron); from then on one per person,
 *   identifier × method pair actually used (and recipient, for 15(d)) (PA 103-0769); whether the
 *   amendment reaches earlier conduct is a per-forum option;
 * - 15(a), 15(c), 15(e): once per Illinois person (or uncounted); one person in two systems is read as
 *   the same person for the low figure and as distinct people for the high one, as are the people of
 *   systems whose 15(b) lines (or 15(d) lines to one recipient) count the same identifier × method pairs;
 * - bargaining-unit groups under a CBA are counted apart, for every section (likely preempted; §1.7);
 *   patients in a health care setting are left out (Sec. 10);
 * - low = narrow reading × $1,000, high = wide reading × $5,000; the total's low does not stack
 *   sections for one person, its high does (unsettled: both readings in `stacking`).
 *
 * @param memo internal: the plan's per-system reuse across its re-audits (same figures without it).
 * @example
 * const report = audit(profile, { asOf: "2026-11-22" });
 * const exposure = estimateExposure(report, profile, { forum: "illinois-state" });
 * console.log(exposure.totalUsd.high, exposure.label);
 */
export function estimateExposure(report: Report, profile: Practices, options: ExposureOptions = {}, memo?: SystemMemo): ExposureEstimate {
  const opts = resolveOptions(report.asOf, options);
  const ctx: DateContext = { asOf: report.asOf, windowStart: opts.windowStart, windowEnd: opts.windowEnd, lookbackStart: opts.lookbackStart, forward: opts.forward };
  const notes = new Notes();
  const uncounted: UncountedFinding[] = [];
  const systems: SystemExposure[] = [];

  const inScope = new Set(report.applicability.filter((a) => a.inScope).map((a) => a.systemId));
  const findingsBySystem = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.severity === "info") continue;
    if (finding.systemId === undefined || !inScope.has(finding.systemId)) {
      uncounted.push(skip(finding, "not tied to an in-scope system"));
      continue;
    }
    const list = findingsBySystem.get(finding.systemId);
    if (list) list.push(finding);
    else findingsBySystem.set(finding.systemId, [finding]);
  }

  // In the plan's re-audits, a system whose findings are the very same objects as last time (the
  // measure left it alone) has the same lines and notes: they are replayed, not recounted.
  const kind = memo ? `exposure:${JSON.stringify(opts)}` : "";
  profile.systems.forEach((system, index) => {
    if (!inScope.has(system.id)) return;
    const own = findingsBySystem.get(system.id) ?? [];
    const count = () => recorded(system, index, own, opts, ctx);
    const one = memo ? memo<RecordedExposure>(kind, system, index, count, (stored) => sameObjects(stored.findings, own)) : count();
    for (const n of one.notes) notes.add(n);
    pushAll(uncounted, one.uncounted);
    // A copy: the entity-wide reading below rewrites lines in place.
    systems.push({ ...one.exposure, lines: [...one.exposure.lines] });
  });
  sameAcrossSystems(systems, notes);
  sharedPairsNote(systems, notes);
  openExclusionNotes(report.findings, systems, notes);
  for (const s of systems) s.totalUsd = sum(s.lines.map((l) => l.amountUsd));

  const outOfScope = report.applicability.filter((a) => !a.inScope && a.status !== "unknown");
  if (outOfScope.length > 0) notes.add(`Not counted, outside BIPA: ${outOfScope.map((a) => a.systemName).join(", ")}.`);
  const conditional = report.applicability.filter((a) => a.status === "unknown");
  if (conditional.length > 0) {
    notes.add(`Not counted until it is established whether BIPA reaches them (their section checks are conditional): ${conditional.map((a) => a.systemName).join(", ")}.`);
  }
  const stacking = stackingReadings(systems.flatMap((s) => s.lines));
  const apart = systems.flatMap((s) => s.apart ?? []);
  const apartUsd = sum(apart.map((l) => l.amountUsd));
  if (apart.length > 0) {
    notes.add(`Counted apart and left out of the total (likely preempted, bargaining-unit groups): ${formatUsd(apartUsd.low)} to ${formatUsd(apartUsd.high)}.`);
  }

  return {
    label: EXPOSURE_LABEL,
    asOf: report.asOf,
    lookbackStart: opts.lookbackStart,
    amendmentAppliesToPendingClaims: opts.amendment,
    perViolationUsd: { ...PER_VIOLATION_USD },
    systems,
    totalUsd: { low: stacking.noStackingUsd.low, high: stacking.stackedUsd.high },
    notes: [...methodNotes(opts, stacking, [...systems.flatMap((s) => [...s.lines, ...(s.apart ?? [])])], uncounted), ...notes.list],
    uncounted,
    amendmentEffective: AMENDMENT_EFFECTIVE,
    otherSectionsCounting: opts.otherSections,
    assumedFilingDate: opts.filingDate,
    forum: opts.forum,
    amendmentByForum: { ...opts.byForum },
    templateChannels: opts.templateChannels,
    stacking,
    ...(apart.length > 0 ? { apartUsd } : {}),
    ...(opts.forward ? { period: { start: opts.windowStart, end: opts.windowEnd } } : {}),
  };
}

/** One system's exposure, with the notes and uncounted findings it gives, kept apart so they can be replayed. */
interface RecordedExposure {
  findings: readonly Finding[];
  exposure: SystemExposure;
  notes: readonly string[];
  uncounted: readonly UncountedFinding[];
}

function recorded(system: System, index: number, findings: readonly Finding[], opts: ResolvedOptions, ctx: DateContext): RecordedExposure {
  const notes = new Notes();
  const uncounted: UncountedFinding[] = [];
  const exposure = systemExposure(system, index, findings, opts, ctx, notes, uncounted);
  return { findings, exposure, notes: notes.list, uncounted };
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function systemExposure(
  system: System,
  index: number,
  findings: readonly Finding[],
  opts: ResolvedOptions,
  ctx: DateContext,
  notes: Notes,
  uncounted: UncountedFinding[],
): SystemExposure {
  const countable: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "violation") uncounted.push(skip(f, "a risk, not a violation on stated facts; establish the facts to count it"));
    else if (f.basis !== "fact") uncounted.push(skip(f, "rests on a fact the profile leaves unknown"));
    else if (sectionOf(f) === undefined) uncounted.push(skip(f, "cites no Sec. 15 duty that Sec. 20 damages attach to"));
    else countable.push(f);
  }
  const pairs = pairsOf(system, ctx, opts.templateChannels);
  const local = new Notes();
  const people = systemPeople(system, pairs.span, ctx, local);
  const base: SystemExposure = {
    systemId: system.id,
    systemName: system.name,
    illinoisSubjects: people.countable ? people.total.narrow + people.apartTotal.narrow : "unknown",
    ...(people.countable && people.total.wide + people.apartTotal.wide !== people.total.narrow + people.apartTotal.narrow
      ? { illinoisSubjectsHigh: people.total.wide + people.apartTotal.wide }
      : {}),
    lines: [],
    totalUsd: { low: 0, high: 0 },
  };
  if (countable.length === 0) return base;
  if (!people.countable) {
    for (const f of countable) uncounted.push(skip(f, "the number of Illinois subjects is unknown"));
    notes.add(`${system.name}: ${countable.length} violation finding(s) not counted because no subject group gives an Illinois count (or a count and an Illinois share).`);
    return base;
  }
  // Notes on how the people were read matter only once they count toward a figure.
  for (const n of local.list) notes.add(n);
  const lc: LineContext = { system, index, people, pairs, opts, ctx, notes, disclosureCache: new Map() };
  if (people.uncountedGroups > 0) {
    notes.add(`${system.name}: ${people.uncountedGroups} of ${system.subjects.length} subject groups give no Illinois count (nor a count and an Illinois share), so the figures understate.`);
  }
  const indicators = [
    system.culpability.priorNoticeOfBipaDuties === true ? "prior notice of BIPA duties" : "",
    system.culpability.knownNonCompliance === true ? "known non-compliance" : "",
  ].filter(Boolean);
  if (indicators.length > 0) {
    notes.add(
      `${system.name}: the profile records ${indicators.join(" and ")}, which point toward intentional or reckless conduct (the $5,000 rate); whether conduct was negligent or intentional or reckless is for the court.`,
    );
  }
  if (!pairs.declared && system.collection.methods.length > 1 && system.modalities.length > 0) {
    notes.add(
      `${system.name}: collection.identifierMethods is not given, so methods were not paired with identifiers: counted one pair per identifier (${formatCount(pairs.pairs.length)}), never every identifier times every method. List the pairs actually used to count each method of collection.`,
    );
  }
  for (const n of dateNotes(system)) notes.add(n);
  if (pairs.otherReading !== undefined) {
    notes.add(
      `${system.name}: channels of one identifier feeding one template are counted as ${opts.templateChannels === "one-method" ? "one method of collection" : "separate methods"} (option templateChannels: "${opts.templateChannels}"); whether they are one method is untested (bipa-reference.md §1.4). The other reading counts ${formatCount(pairs.otherReading)} pairs per person instead of ${formatCount(pairs.pairs.length)}.`,
    );
  }

  const lines: ExposureLine[] = [];
  const apart: ExposureLine[] = [];
  const bySection = new Map<Section, Finding[]>();
  for (const f of countable) {
    const s = sectionOf(f)!;
    const list = bySection.get(s);
    if (list) list.push(f);
    else bySection.set(s, [f]);
  }
  const place = (built: Built, into: ExposureLine[], group: readonly Finding[], why?: string) => {
    if ("line" in built) into.push(why ? { ...built.line, apartReason: why } : built.line);
    else if (!why) for (const f of group) uncounted.push(skip(f, built.none));
  };
  const APART = "bargaining-unit employees under a collective bargaining agreement: likely preempted (Walton; Fernandez; Miller), so not in the total";
  // Those cases decided 15(a), (b) and (d) claims; the reference's counting rule removes the group for every section.
  const APART_OTHER =
    "bargaining-unit employees under a collective bargaining agreement: removed before counting for every section (bipa-reference.md §1.7), though Walton, Fernandez and Miller decided 15(a), (b) and (d) claims, so not in the total";
  const hasApart = people.apartTotal.wide > 0;

  const collection = bySection.get("b");
  if (collection) {
    place(collectionLine(lc, collection, "main"), lines, collection);
    if (hasApart) place(collectionLine(lc, collection, "apart"), apart, collection, APART);
  }
  for (const group of recipientGroups(system, index, bySection.get("d") ?? [])) {
    place(disclosureLine(lc, group, "main"), lines, group.findings);
    if (hasApart) place(disclosureLine(lc, group, "apart"), apart, group.findings, APART);
  }
  for (const section of ["a", "c", "e"] as const) {
    const group = bySection.get(section);
    if (!group) continue;
    if (opts.otherSections === "uncounted") {
      for (const f of group) uncounted.push(skip(f, `15(${section}) left uncounted by option (otherSections: "uncounted")`));
      continue;
    }
    if (section === "a") {
      place(retentionLine(lc, group, "main"), lines, group);
      if (hasApart) place(retentionLine(lc, group, "apart"), apart, group, APART);
    } else {
      place(possessionLine(lc, section, group, "main"), lines, group);
      if (hasApart) place(possessionLine(lc, section, group, "apart"), apart, group, APART_OTHER);
    }
  }
  return {
    ...base,
    lines,
    totalUsd: sum(lines.map((l) => l.amountUsd)),
    ...(apart.length > 0 ? { apart, apartUsd: sum(apart.map((l) => l.amountUsd)) } : {}),
  };
}

/**
 * Lines of several systems that may count the same people are read as the same people for the low
 * figure (the largest line's count only) and as distinct people for the high one; the profile does
 * not say who is in more than one system (bipa-reference.md §1.7):
 * - 15(a), 15(c) and 15(e) are duties of the entity: one person in two systems is not counted twice
 *   without a reason;
 * - 15(b) and 15(d): systems counting the same identifier × method pairs (and, for 15(d), sending to
 *   the same recipient) may hold the same people, who recover at most once per person, identifier and
 *   method (and recipient) from 2 Aug 2024 (PA 103-0769; §1.4(b), (c)); before it, one system may
 *   record the other's captures, so the low figure reads them as the same captures too.
 */
function sameAcrossSystems(systems: SystemExposure[], notes: Notes): void {
  const byKey = new Map<string, Array<{ s: SystemExposure; l: ExposureLine }>>();
  for (const s of systems) {
    for (const l of s.lines) {
      if (l.samePeopleKey === undefined) continue;
      const list = byKey.get(l.samePeopleKey);
      if (list) list.push({ s, l });
      else byKey.set(l.samePeopleKey, [{ s, l }]);
    }
  }
  for (const [key, found] of byKey) {
    if (found.length < 2) continue;
    const keep = found.reduce((a, b) => (b.l.violations.low > a.l.violations.low ? b : a));
    const words = sameWords(key, found.map((f) => f.l));
    for (const { s, l } of found) {
      if (l === keep.l) continue;
      const i = s.lines.indexOf(l);
      s.lines[i] = {
        ...l,
        violations: { low: 0, high: l.violations.high },
        amountUsd: { low: 0, high: l.amountUsd.high },
        arithmetic: `${l.arithmetic} Low read as 0: the same ${words.what} as those counted under ${keep.s.systemName} (${words.why}; the high figure counts them as distinct people).`,
      };
    }
    notes.add(words.note(joinWords(found.map((f) => f.s.systemName)), found.length, keep.s.systemName));
  }
}

/**
 * Systems whose 15(b) lines (or 15(d) lines to one recipient) share some identifier × method pairs
 * but not all are counted in full: the profile cannot say which people and pairs overlap. A note
 * names them, since anyone in both is counted again for the shared pairs (§1.4(b), (c)).
 */
function sharedPairsNote(systems: readonly SystemExposure[], notes: Notes): void {
  // head ("15(b)", "15(d) to X") → pair → the distinct keys (pair sets) using it, with their systems.
  const byHead = new Map<string, Map<string, Map<string, string[]>>>();
  for (const s of systems) {
    for (const l of s.lines) {
      const key = l.samePeopleKey;
      if (key === undefined) continue;
      const { head, pairs } = keyParts(key);
      if (pairs === undefined) continue;
      let byPair = byHead.get(head);
      if (!byPair) byHead.set(head, (byPair = new Map()));
      for (const pair of pairs) {
        let keys = byPair.get(pair);
        if (!keys) byPair.set(pair, (keys = new Map()));
        const names = keys.get(key);
        if (names) names.push(s.systemName);
        else keys.set(key, [s.systemName]);
      }
    }
  }
  for (const [head, byPair] of byHead) {
    for (const [pair, keys] of byPair) {
      if (keys.size < 2) continue;
      const names = [...keys.values()].flat();
      notes.add(
        `${head}: ${joinWords(names)} count ${pair}, but not all the same set of pairs, so each set is counted in full; anyone in more than one of them is counted again for ${pair}, which PA 103-0769 allows one recovery for (bipa-reference.md §1.4(b), (c)), so the low figure may overstate by that much. The profile does not say who is in more than one system.`,
      );
    }
  }
}

const SCOPE_RULE_IDS: ReadonlySet<string> = new Set(scopeRules.map((r) => r.id));

/**
 * A system audited as covered while a fact that could put it outside the Act is unknown (a bank's
 * GLBA Title V status, Sec. 25(c); work for a government unit, Sec. 25(e); ...): its figure is the
 * figure if no exclusion applies, and falls to $0 if one does. Said beside the figure, so that a
 * ceiling resting on an open exclusion is not read as the likely exposure.
 */
function openExclusionNotes(findings: readonly Finding[], systems: readonly SystemExposure[], notes: Notes): void {
  const open = new Map<string, string[]>();
  for (const f of findings) {
    if (f.basis !== "unknown" || f.systemId === undefined || !SCOPE_RULE_IDS.has(f.ruleId)) continue;
    const list = open.get(f.systemId);
    if (!list) open.set(f.systemId, [f.ruleId]);
    else if (!list.includes(f.ruleId)) list.push(f.ruleId);
  }
  for (const s of systems) {
    const ids = open.get(s.systemId);
    if (!ids || s.lines.length === 0) continue;
    notes.add(
      `${s.systemName}: its figure assumes BIPA reaches it, but the profile leaves open a fact that could put it outside the Act (${ids.join(", ")}: see ${ids.length === 1 ? "that finding" : "those findings"}); if the exclusion applies, its figure is $0. Establish the fact before reading the figure as exposure.`,
    );
  }
}

/** How the lines of one key are read as the same people, in words. */
function sameWords(key: string, lines: readonly ExposureLine[]): { what: string; why: string; note: (names: string, n: number, keeper: string) => string } {
  const perAct = lines.some((l) => (l.countingLow ?? l.counting) === "per-scan" || (l.countingLow ?? l.counting) === "per-transmission");
  const { head, pairs: list } = keyParts(key);
  if (list === undefined) {
    return {
      what: "people",
      why: "one entity-wide duty",
      note: (_names, n, keeper) =>
        `${key} is counted once per person for the entity: the low figure reads the people of ${n} systems as the same people (the largest system's count, ${keeper}), the high figure as distinct people; the profile does not say who is enrolled in more than one system.`,
    };
  }
  const pairs = list.join("; ");
  const d = head.startsWith("15(d)");
  const unit = d ? "person, identifier, method and recipient" : "person, identifier and method";
  const acts = d ? "transmissions" : "captures";
  return {
    what: perAct ? `people and ${acts}` : "people",
    why: `one recovery per ${unit}`,
    note: (names, _n, keeper) =>
      `${head}: ${names} count the same identifier × method pairs (${pairs}). PA 103-0769 allows one recovery per ${unit}, so the low figure reads their people as the same people (the largest system's count, ${keeper})${perAct ? `, and their ${acts} before 2 Aug 2024 as the same ${acts} (one system may record the other's)` : ""}; the high figure counts them as distinct people. The profile does not say who is in more than one system (bipa-reference.md §1.4(b), (c); §1.7).`,
  };
}

/** How unknown or partial capture dates were read (low: narrowest, high: widest). */
function dateNotes(system: System): string[] {
  const { firstCaptureDate: first, lastCaptureDate: last } = system.collection;
  const out: string[] = [];
  if (first === "unknown") {
    out.push(`${system.name}: first capture date unknown; the high figure reads capture as running from the start of the look-back, the low figure as starting as late as the facts allow (at least one capture per person).`);
  } else if (first.length < 10) {
    out.push(`${system.name}: first capture known only to the ${first.length === 4 ? "year" : "month"} (${first}); the low figure reads it as its last day, the high figure as its first.`);
  }
  if (last === "unknown") {
    out.push(`${system.name}: last capture date unknown; the high figure reads capture as ongoing, the low figure as ending at the first capture.`);
  } else if (last !== "ongoing" && last.length < 10) {
    out.push(`${system.name}: last capture known only to the ${last.length === 4 ? "year" : "month"} (${last}); the low figure reads it as its first day, the high figure as its last.`);
  }
  return out;
}

/** The method notes, each only where it bears on a figure shown (or on findings left uncounted by option). */
function methodNotes(o: ResolvedOptions, stacking: ReturnType<typeof stackingReadings>, lines: readonly ExposureLine[], uncounted: readonly UncountedFinding[]): string[] {
  const perPair = lines.some((l) => l.section === "740 ILCS 14/15(b)" || l.section === "740 ILCS 14/15(d)");
  const once = lines.some((l) => l.counting === "per-person-once") || uncounted.some((u) => u.reason.includes("otherSections"));
  const lookback = o.forward
    ? `Forward period: ${o.windowStart} to ${o.windowEnd}; only claims arising new in it are counted, with ongoing capture projected to its end.`
    : o.filingDate === o.asOf
      ? `Look-back: ${o.lookbackStart} to ${o.asOf}, five years before the evaluation date, taken as the filing date (Tims, 2023; option assumedFilingDate); tolling is not covered.`
      : `Look-back: ${o.lookbackStart} to ${o.windowEnd}, five years before the assumed filing date ${o.filingDate} (Tims, 2023)${o.filingDate > o.asOf ? `; conduct after the evaluation date (${o.asOf}) is not counted` : ""}; tolling is not covered.`;
  const stacked =
    stacking.bySection.length > 1
      ? `Stacking is unsettled: whether one person recovers under several subsections at once (bipa-reference.md §1.7). The total's low figure does not stack (the largest single section, ${stacking.largestSection.low}: ${formatUsd(stacking.noStackingUsd.low)}, the least that reading gives); its high figure stacks every section (${formatUsd(stacking.stackedUsd.high)}).`
      : "";
  return [
    lookback,
    perPair || !o.amendmentInForce ? retroactivityNote(o) : "",
    !once
      ? ""
      : o.otherSections === "per-person-once"
        ? "15(a), 15(c) and 15(e) are counted once per Illinois person. The amendment does not address them and the legal reference records no holding on how they are counted; this is the project's convention, not settled law (option otherSections: \"uncounted\" leaves them out)."
        : "15(a), 15(c) and 15(e) are not counted (option otherSections: \"uncounted\"); their findings are listed as uncounted.",
    perPair ? "15(b) and 15(d) count identifier × method pairs per person (and recipient); a person in two systems that count different pairs counts in each." : "",
    stacked,
  ].filter(Boolean);
}

function skip(f: Finding, reason: string): UncountedFinding {
  return {
    ruleId: f.ruleId,
    ...(f.systemId !== undefined ? { systemId: f.systemId } : {}),
    severity: f.severity,
    basis: f.basis,
    fingerprint: f.fingerprint,
    reason,
  };
}
