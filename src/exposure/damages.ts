import { DEFAULT_ASSUMPTIONS, type Assumptions } from "../engine/rule.js";
import type { Disclosure, Practices, System } from "../practices/schema.js";
import type { Finding, Report } from "../report/types.js";
import { AMENDMENT_EFFECTIVE, LOOKBACK_YEARS, shiftYears } from "./dates.js";
import { captureWindow, identifiersAndMethods, illinoisSubjects, type CaptureWindow } from "./inputs.js";
import type { ExposureEstimate, ExposureLine, Range, SystemExposure, UncountedFinding } from "./types.js";
import { formatCount, formatUsd, formatYears, peopleWords, plural } from "./words.js";

/** Sec. 20(a)(1)–(2): liquidated damages per violation. Ceilings, not awards (Cothron ¶42; Rogers v. BNSF). */
export const PER_VIOLATION_USD = { negligent: 1_000, intentionalOrReckless: 5_000 } as const;

/** Shown beside every figure. */
export const EXPOSURE_LABEL =
  "Estimate, not legal advice. Figures are Sec. 20 liquidated-damages ceilings ($1,000 per negligent and $5,000 per intentional or reckless violation); damages are discretionary (Cothron, 2023; Rogers v. BNSF, 2023), so an award may be far lower. Actual damages (where greater), attorneys' fees, costs and injunctive relief are not included.";

export interface ExposureOptions {
  /** Whether PA 103-0769 governs claims for conduct before 2 Aug 2024; "unknown" (default) puts both readings in the range. */
  amendmentAppliesToPendingClaims?: Assumptions["amendmentAppliesToPendingClaims"];
  /**
   * How to count 15(a), 15(c) and 15(e), which the amendment does not address and for which the legal
   * reference records no counting holding: once per Illinois subject per system (default), or not at all.
   */
  otherSections?: "per-person-once" | "uncounted";
}

const SECTIONS = ["a", "b", "c", "d", "e"] as const;
type Section = (typeof SECTIONS)[number];

/** The Sec. 15 subsection a finding cites, from its section string (`740 ILCS 14/15(b)(3)` → `b`). */
export function sectionOf(finding: Pick<Finding, "section">): Section | undefined {
  const letter = /14\/15\(([a-e])\)/.exec(finding.section)?.[1];
  return SECTIONS.find((s) => s === letter);
}

/**
 * The Sec. 20 statutory-damages estimate for a report: per system and in total, low and high, with
 * the arithmetic behind each line. Only `violation` findings that rest on stated facts are counted;
 * risks and findings on unknown facts are listed in `uncounted`.
 *
 * Counting (bipa-reference.md §1.4, §1.6, §2, "Damages exposure (sketch)"):
 * - only conduct inside the five-year look-back from `report.asOf` (Tims);
 * - 15(b) before 2 Aug 2024: one violation per scan (Cothron); from then on, one per person per
 *   identifier per method (PA 103-0769). 15(d) the same, per transmission and per recipient;
 * - whether the amendment reaches conduct before its effective date is `amendmentAppliesToPendingClaims`;
 * - 15(a), 15(c), 15(e): once per Illinois subject per system, or uncounted (`otherSections`);
 * - low = low count × $1,000; high = high count × $5,000.
 *
 * @example
 * const report = audit(profile, { asOf: "2026-11-22" });
 * const exposure = estimateExposure(report, profile, { amendmentAppliesToPendingClaims: true });
 * console.log(exposure.totalUsd.high, exposure.label);
 */
export function estimateExposure(report: Report, profile: Practices, options: ExposureOptions = {}): ExposureEstimate {
  const amendment = options.amendmentAppliesToPendingClaims ?? DEFAULT_ASSUMPTIONS.amendmentAppliesToPendingClaims;
  const otherSections = options.otherSections ?? "per-person-once";
  const asOf = report.asOf;
  const lookbackStart = shiftYears(asOf, -LOOKBACK_YEARS);
  const notes: string[] = [];
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
    findingsBySystem.set(finding.systemId, [...(findingsBySystem.get(finding.systemId) ?? []), finding]);
  }

  profile.systems.forEach((system, index) => {
    if (!inScope.has(system.id)) return;
    const ctx: SystemCtx = { system, index, asOf, lookbackStart, amendment, otherSections, notes, uncounted };
    systems.push(systemExposure(ctx, findingsBySystem.get(system.id) ?? []));
  });

  const outOfScope = report.applicability.filter((a) => !a.inScope);
  if (outOfScope.length > 0) {
    notes.push(`Not counted, outside BIPA: ${outOfScope.map((a) => a.systemName).join(", ")}.`);
  }
  notes.unshift(...methodNotes(amendment, otherSections, lookbackStart, asOf));

  return {
    label: EXPOSURE_LABEL,
    asOf,
    lookbackStart,
    amendmentAppliesToPendingClaims: amendment,
    perViolationUsd: { ...PER_VIOLATION_USD },
    systems,
    totalUsd: sum(systems.map((s) => s.totalUsd)),
    notes,
    uncounted,
    amendmentEffective: AMENDMENT_EFFECTIVE,
    otherSectionsCounting: otherSections,
  };
}

interface SystemCtx {
  system: System;
  index: number;
  asOf: string;
  lookbackStart: string;
  amendment: boolean | "unknown";
  otherSections: "per-person-once" | "uncounted";
  notes: string[];
  uncounted: UncountedFinding[];
}

function systemExposure(ctx: SystemCtx, findings: readonly Finding[]): SystemExposure {
  const { system } = ctx;
  const subjects = illinoisSubjects(system);
  const countable: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "violation") ctx.uncounted.push(skip(f, "a risk, not a violation on stated facts; establish the facts to count it"));
    else if (f.basis !== "fact") ctx.uncounted.push(skip(f, "rests on a fact the profile leaves unknown"));
    else if (sectionOf(f) === undefined) ctx.uncounted.push(skip(f, "cites no Sec. 15 duty that Sec. 20 damages attach to"));
    else countable.push(f);
  }

  const base = { systemId: system.id, systemName: system.name, illinoisSubjects: subjects.people };
  if (countable.length === 0) return { ...base, lines: [], totalUsd: { low: 0, high: 0 } };
  if (subjects.people === "unknown") {
    for (const f of countable) ctx.uncounted.push(skip(f, "the number of Illinois subjects is unknown"));
    ctx.notes.push(`${system.name}: ${countable.length} violation finding(s) not counted because ${subjects.how}.`);
    return { ...base, lines: [], totalUsd: { low: 0, high: 0 } };
  }
  if (subjects.partial) {
    ctx.notes.push(`${system.name}: some subject groups have no Illinois count, so the figures understate (${subjects.how}).`);
  }

  const people = subjects.people;
  const indicators = [
    system.culpability.priorNoticeOfBipaDuties === true ? "prior notice of BIPA duties" : "",
    system.culpability.knownNonCompliance === true ? "known non-compliance" : "",
  ].filter(Boolean);
  if (indicators.length > 0) {
    ctx.notes.push(
      `${system.name}: the profile records ${indicators.join(" and ")}, which point toward intentional or reckless conduct (the $5,000 rate); whether conduct was negligent or intentional or reckless is for the court.`,
    );
  }
  const window = captureWindow(system, ctx.asOf, ctx.lookbackStart);
  const lines: ExposureLine[] = [];
  const bySection = (s: Section) => countable.filter((f) => sectionOf(f) === s);

  const collection = bySection("b");
  if (collection.length > 0) {
    const line = collectionLine(ctx, collection, people, window);
    if (line) lines.push(line);
  }
  for (const group of groupByRecipient(system, ctx.index, bySection("d"))) {
    const line = disclosureLine(ctx, group, people, window);
    if (line) lines.push(line);
  }
  for (const section of ["a", "c", "e"] as const) {
    const group = bySection(section);
    if (group.length === 0) continue;
    if (ctx.otherSections === "uncounted") {
      for (const f of group) ctx.uncounted.push(skip(f, `15(${section}) left uncounted by option (otherSections: "uncounted")`));
      continue;
    }
    lines.push(oncePerPersonLine(system, section, group, people));
  }

  if (window && (window.startAssumed || window.endAssumed) && lines.some((l) => l.counting === "per-scan" || l.counting === "per-transmission")) {
    ctx.notes.push(
      `${system.name}: ${[window.startAssumed ? "first capture date" : "", window.endAssumed ? "last capture date" : ""].filter(Boolean).join(" and ")} unknown; the capture window was read as wide as the look-back allows (${window.start} to ${window.end}), which raises the high figure.`,
    );
  }
  return { ...base, lines, totalUsd: sum(lines.map((l) => l.amountUsd)) };
}

/** One 15(b) line per system: every 15(b) finding describes the same unlawful collection. */
function collectionLine(ctx: SystemCtx, findings: readonly Finding[], people: number, window: CaptureWindow | undefined): ExposureLine | undefined {
  const { system } = ctx;
  if (!window) {
    for (const f of findings) ctx.uncounted.push(skip(f, `no capture inside the five-year look-back (from ${ctx.lookbackStart}; Tims)`));
    return undefined;
  }
  const { identifiers, methods } = identifiersAndMethods(system);
  const perPerson = people * identifiers * methods;
  const perPersonWords = `${peopleWords(people)} × ${plural(identifiers, "identifier")} × ${plural(methods, "method")} = ${formatCount(perPerson)}`;
  const rate = system.collection.scansPerSubjectPerYear;

  let preScans: { count: number; words: string } | undefined;
  if (window.hasPre && rate !== "unknown") {
    const raw = Math.round(people * rate * window.preYears);
    const count = Math.max(raw, people);
    preScans = {
      count,
      words: `${peopleWords(people)} × ${formatCount(rate)} scans/year × ${formatYears(window.preYears)} years = ${formatCount(count)} scans${count > raw ? " (at least one per person)" : ""}`,
    };
  } else if (window.hasPre) {
    ctx.notes.push(
      `${system.name}: scans per subject per year unknown, so per-scan accrual before ${AMENDMENT_EFFECTIVE} (Cothron) cannot be counted; that reading is shown as one violation per person, identifier and method, which understates it.`,
    );
  }

  const periods = periodWords(window);
  const cothron = !window.hasPre
    ? { count: perPerson, words: `${periods.post}: ${perPersonWords} (one recovery each, PA 103-0769)` }
    : preScans
      ? {
          count: preScans.count + (window.hasPost ? perPerson : 0),
          words:
            `${periods.pre}: ${preScans.words}, each a violation (Cothron)` +
            (window.hasPost ? `; ${periods.post}: ${perPersonWords} (PA 103-0769)` : ""),
        }
      : { count: perPerson, words: `${periods.all}: ${perPersonWords} (scan frequency unknown)` };
  const amended = { count: perPerson, words: `${periods.all}: ${perPersonWords} (one recovery per person, identifier and method, PA 103-0769)` };
  const perScanApplies = window.hasPre && preScans !== undefined;

  return readingsLine(ctx, {
    ruleFindings: findings,
    section: "740 ILCS 14/15(b)",
    cothron,
    amended,
    countingCothron: perScanApplies ? "per-scan" : "per-person",
    countingAmended: "per-person",
    extras: { people, identifiers, methods, window: { start: window.start, end: window.end } },
  });
}

/** 15(d) findings grouped by recipient: PA 103-0769 counts one recovery per person per recipient. */
interface RecipientGroup {
  recipient?: string;
  disclosures: Disclosure[];
  findings: Finding[];
}

function groupByRecipient(system: System, index: number, findings: readonly Finding[]): RecipientGroup[] {
  const list = system.disclosures === "unknown" ? [] : system.disclosures;
  const pattern = new RegExp(`^/systems/${index}/disclosures/(\\d+)(/|$)`);
  const groups = new Map<string, RecipientGroup>();
  for (const finding of findings) {
    const indices = [...new Set(finding.evidence.map((e) => pattern.exec(e.pointer)?.[1]).filter((i): i is string => i !== undefined))].map(Number);
    const disclosures = indices.map((i) => list[i]).filter((d): d is Disclosure => d !== undefined);
    const recipient = disclosures[0]?.recipient.trim();
    const key = recipient ?? `finding:${finding.fingerprint}`;
    const group = groups.get(key) ?? { ...(recipient !== undefined ? { recipient } : {}), disclosures: [], findings: [] };
    group.disclosures.push(...disclosures.filter((d) => !group.disclosures.includes(d)));
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function disclosureLine(ctx: SystemCtx, group: RecipientGroup, people: number, window: CaptureWindow | undefined): ExposureLine | undefined {
  const { system } = ctx;
  if (!window) {
    for (const f of group.findings) ctx.uncounted.push(skip(f, `no capture inside the five-year look-back (from ${ctx.lookbackStart}; Tims)`));
    return undefined;
  }
  const { identifiers, methods } = identifiersAndMethods(system);
  const perPerson = people * identifiers * methods;
  const to = group.recipient ? ` to ${group.recipient}` : "";
  const perPersonWords = `${peopleWords(people)} × ${plural(identifiers, "identifier")} × ${plural(methods, "method")} × 1 recipient = ${formatCount(perPerson)}`;
  const periods = periodWords(window);

  const transmissions = window.hasPre ? preTransmissions(system, group.disclosures, people, window) : undefined;
  if (window.hasPre && !transmissions) {
    ctx.notes.push(
      `${system.name}: how often data goes${to || " to the recipient"} cannot be counted per transmission (frequency periodic, on request or unknown, or scan rate unknown); the per-transmission reading before ${AMENDMENT_EFFECTIVE} is shown as one per person, which understates it.`,
    );
  }
  const cothron = !window.hasPre
    ? { count: perPerson, words: `${periods.post}: ${perPersonWords} (one recovery each, PA 103-0769)` }
    : transmissions
      ? {
          count: transmissions.count + (window.hasPost ? perPerson : 0),
          words:
            `${periods.pre}: ${transmissions.words}, each a violation (Cothron)` +
            (window.hasPost ? `; ${periods.post}: ${perPersonWords} (PA 103-0769)` : ""),
        }
      : { count: perPerson, words: `${periods.all}: ${perPersonWords} (transmission frequency not countable)` };
  const amended = { count: perPerson, words: `${periods.all}: ${perPersonWords} (one recovery per person, identifier, method and recipient, PA 103-0769)` };

  return readingsLine(ctx, {
    ruleFindings: group.findings,
    section: "740 ILCS 14/15(d)",
    cothron,
    amended,
    countingCothron: window.hasPre && transmissions ? "per-transmission" : "per-person-per-recipient",
    countingAmended: "per-person-per-recipient",
    extras: {
      people,
      identifiers,
      methods,
      window: { start: window.start, end: window.end },
      ...(group.recipient !== undefined ? { recipient: group.recipient } : {}),
    },
  });
}

/**
 * Transmissions before the amendment, by the most frequent countable flow to the recipient: every
 * scan (or continuously) = the scan count; daily = one per person per day; once = one per person.
 */
function preTransmissions(system: System, disclosures: readonly Disclosure[], people: number, window: CaptureWindow): { count: number; words: string } | undefined {
  const rate = system.collection.scansPerSubjectPerYear;
  const options: Array<{ count: number; words: string }> = [];
  for (const d of disclosures) {
    if ((d.frequency === "per-scan" || d.frequency === "continuous") && rate !== "unknown") {
      const count = Math.max(Math.round(people * rate * window.preYears), people);
      options.push({ count, words: `${peopleWords(people)} × ${formatCount(rate)} scans/year × ${formatYears(window.preYears)} years, each sent ${d.frequency === "per-scan" ? "on every scan" : "continuously"} = ${formatCount(count)} transmissions` });
    } else if (d.frequency === "daily") {
      const count = Math.max(people * window.preDays, people);
      options.push({ count, words: `${peopleWords(people)} × ${formatCount(window.preDays)} days, sent daily = ${formatCount(count)} transmissions` });
    } else if (d.frequency === "one-time") {
      options.push({ count: people, words: `${peopleWords(people)} × 1 transmission = ${formatCount(people)}` });
    }
  }
  return options.sort((a, b) => b.count - a.count)[0];
}

interface Readings {
  ruleFindings: readonly Finding[];
  section: string;
  /** Per-scan / per-transmission accrual for conduct before the amendment (Cothron). */
  cothron: { count: number; words: string };
  /** One recovery per person per identifier per method (and recipient) for the whole window. */
  amended: { count: number; words: string };
  countingCothron: ExposureLine["counting"];
  countingAmended: ExposureLine["counting"];
  extras: Partial<ExposureLine>;
}

/** Picks the reading(s) the amendment assumption allows and prices them: low × $1,000, high × $5,000. */
function readingsLine(ctx: SystemCtx, r: Readings): ExposureLine {
  const amended: Count = { count: r.amended.count, counting: r.countingAmended };
  const cothron: Count = { count: r.cothron.count, counting: r.countingCothron };
  // On an evaluation date before 2 Aug 2024 the amendment was not yet law: Cothron's accrual alone applies.
  if (ctx.asOf < AMENDMENT_EFFECTIVE || ctx.amendment === false) {
    const assumed = ctx.asOf >= AMENDMENT_EFFECTIVE && cothron.count !== amended.count ? `. Assumed that PA 103-0769 does not reach conduct before ${AMENDMENT_EFFECTIVE}` : "";
    return priced(ctx, r, cothron, cothron, `${r.cothron.words}${assumed}`);
  }
  if (ctx.amendment === true || cothron.count === amended.count) return priced(ctx, r, amended, amended, r.amended.words);
  const [low, high] = amended.count <= cothron.count ? [amended, cothron] : [cothron, amended];
  return priced(
    ctx,
    r,
    low,
    high,
    `If PA 103-0769 reaches conduct before ${AMENDMENT_EFFECTIVE}: ${r.amended.words}. If it does not: ${r.cothron.words}. Which applies is unsettled, so the range covers both`,
  );
}

type Count = { count: number; counting: ExposureLine["counting"] };

/** The line: low count × $1,000 and high count × $5,000, with the arithmetic spelled out. */
function priced(ctx: SystemCtx, r: Readings, low: Count, high: Count, words: string): ExposureLine {
  const amountUsd = { low: low.count * PER_VIOLATION_USD.negligent, high: high.count * PER_VIOLATION_USD.intentionalOrReckless };
  const ruleIds = [...new Set(r.ruleFindings.map((f) => f.ruleId))].sort();
  return {
    ruleId: ruleIds[0] ?? "",
    section: r.section,
    systemId: ctx.system.id,
    violations: { low: low.count, high: high.count },
    amountUsd,
    arithmetic: `${words}. Low: ${formatCount(low.count)} × ${formatUsd(PER_VIOLATION_USD.negligent)} = ${formatUsd(amountUsd.low)}; high: ${formatCount(high.count)} × ${formatUsd(PER_VIOLATION_USD.intentionalOrReckless)} = ${formatUsd(amountUsd.high)}.`,
    counting: high.counting,
    ...(low.counting !== high.counting ? { countingLow: low.counting } : {}),
    ruleIds,
    fingerprints: r.ruleFindings.map((f) => f.fingerprint),
    ...r.extras,
  };
}

/** 15(a), 15(c), 15(e): one violation per Illinois subject per system (the project's convention, documented). */
function oncePerPersonLine(system: System, section: "a" | "c" | "e", findings: readonly Finding[], people: number): ExposureLine {
  const amountUsd = { low: people * PER_VIOLATION_USD.negligent, high: people * PER_VIOLATION_USD.intentionalOrReckless };
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  return {
    ruleId: ruleIds[0] ?? "",
    section: `740 ILCS 14/15(${section})`,
    systemId: system.id,
    violations: { low: people, high: people },
    amountUsd,
    arithmetic: `${peopleWords(people)} × 1 (15(${section}) counted once per person for this system, whatever number of findings; PA 103-0769 does not address 15(${section})). Low: ${formatCount(people)} × ${formatUsd(PER_VIOLATION_USD.negligent)} = ${formatUsd(amountUsd.low)}; high: ${formatCount(people)} × ${formatUsd(PER_VIOLATION_USD.intentionalOrReckless)} = ${formatUsd(amountUsd.high)}.`,
    counting: "per-person-once",
    ruleIds,
    fingerprints: findings.map((f) => f.fingerprint),
    people,
  };
}

function periodWords(w: CaptureWindow): { pre: string; post: string; all: string } {
  return {
    pre: `${w.start} to ${w.preEnd ?? w.end} (before PA 103-0769)`,
    post: `${w.hasPre ? AMENDMENT_EFFECTIVE : w.start} to ${w.end}`,
    all: `${w.start} to ${w.end}`,
  };
}

function methodNotes(amendment: boolean | "unknown", otherSections: "per-person-once" | "uncounted", lookbackStart: string, asOf: string): string[] {
  return [
    `Look-back: ${lookbackStart} to ${asOf}, five years before the evaluation date (Tims v. Black Horse Carriers, 2023).`,
    asOf < AMENDMENT_EFFECTIVE
      ? `PA 103-0769 took effect on ${AMENDMENT_EFFECTIVE}, after the evaluation date, so 15(b) and 15(d) are counted per scan and per transmission (Cothron) and the option amendmentAppliesToPendingClaims has no effect.`
      : amendment === "unknown"
      ? `Whether PA 103-0769 (one recovery per person, identifier and method; per recipient for 15(d)) reaches conduct before ${AMENDMENT_EFFECTIVE} is unsettled (district courts split; a reported 2026 Seventh Circuit ruling is unverified): low figures take the amendment's count, high figures per-scan and per-transmission accrual (Cothron).`
      : `Assumed, by option, that PA 103-0769 ${amendment ? "reaches" : "does not reach"} conduct before ${AMENDMENT_EFFECTIVE} (the reported 2026 Seventh Circuit ruling is unverified).`,
    otherSections === "per-person-once"
      ? "15(a), 15(c) and 15(e) are counted once per Illinois subject per system. The amendment does not address them and the legal reference records no holding on how they are counted; this is the project's convention, not settled law (option otherSections: \"uncounted\" leaves them out)."
      : "15(a), 15(c) and 15(e) are not counted (option otherSections: \"uncounted\"); their findings are listed as uncounted.",
    "Each system is counted on its own: a person enrolled in two systems (two collection methods) counts in each.",
  ];
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

function sum(ranges: readonly Range[]): Range {
  return ranges.reduce((acc, r) => ({ low: acc.low + r.low, high: acc.high + r.high }), { low: 0, high: 0 });
}
