import type { PenaltyContext, PenaltyLine } from "./pack.js";
import { countBounds } from "../practices/counts.js";
import type { PartialCount } from "../practices/primitives.js";
import type { System } from "../practices/schema.js";

/*
 * The two readings of "a violation" that statutes with a per-violation civil penalty leave open
 * (Texas CUBI, Washington's RCW 19.375 and My Health My Data Act): one violation per duty a system
 * breaks (low), one per person per duty (high). Statute-neutral: each pack gives its rate, section,
 * duties, people and words; the arithmetic and its text are the same for every such law.
 */

/** How many of a system's people a law counts, as the profile allows it at most, and how to say it. */
export interface Headcount {
  count: number;
  words: string;
}

/** The people counts of a system in one place, summed: the largest the profile allows, with words ("at least", a range). */
export function headcount(counts: readonly PartialCount[], nouns: { one: string; many: string }, where: string): Headcount | undefined {
  let low = 0;
  let high = 0;
  let open = false;
  for (const c of counts) {
    const b = countBounds(c);
    if (!b) return undefined;
    low += b.low;
    if (b.high === undefined) open = true;
    high += b.high ?? b.low;
  }
  if (high === 0) return undefined;
  const words = open
    ? `at least ${plural(high, nouns.one, nouns.many)} ${where}`
    : low === high
      ? `${plural(high, nouns.one, nouns.many)} ${where}`
      : `${grouped(low)}-${grouped(high)} ${nouns.many} ${where}`;
  return { count: high, words };
}

export interface PerDutyReadings {
  /** Dollars per violation. */
  rate: number;
  section: string;
  /** The duty a rule enforces: rules resting on one duty share a name and count once. */
  dutyOf(ruleId: string): string;
  /** The system's people the law counts, or undefined when the profile does not count them. */
  people(system: System): Headcount | undefined;
  /** The line's label, from the system and its duties (sorted). */
  label(system: System, duties: readonly string[], count: string): string;
  /** The person word of the high reading, and what the profile failed to count: "person" / "people in Texas". */
  perWhom: string;
  uncountedWords: string;
}

/** One line per system the law applies to with a violation on stated facts; `uncounted` when a system's people are not counted. */
export function perDutyLines(ctx: PenaltyContext, r: PerDutyReadings): { lines: PenaltyLine[]; uncounted: boolean } {
  const lines: PenaltyLine[] = [];
  let uncounted = false;
  for (const index of ctx.applies) {
    const system = ctx.profile.systems[index];
    if (!system) continue;
    const duties = [...new Set(ctx.findings.filter((f) => f.systemId === system.id && f.severity === "violation" && f.basis === "fact").map((f) => r.dutyOf(f.ruleId)))].sort();
    if (duties.length === 0) continue;
    const count = plural(duties.length, "duty", "duties");
    const perPractice = duties.length * r.rate;
    const practiceText = `per practice: ${count} × ${usd(r.rate)} = ${usd(perPractice)}`;
    const people = r.people(system);
    if (!people) uncounted = true;
    const perPerson = people ? duties.length * people.count * r.rate : perPractice;
    lines.push({
      label: r.label(system, duties, count),
      section: r.section,
      arithmetic: people
        ? `${practiceText}; per ${r.perWhom}: ${count} × ${people.words} × ${usd(r.rate)} = ${usd(perPerson)}`
        : `${practiceText}; per ${r.perWhom}: not computed (the profile does not count ${system.name}'s ${r.uncountedWords})`,
      low: perPractice,
      high: Math.max(perPractice, perPerson),
      recoveredBy: "regulator",
    });
  }
  return { lines, uncounted };
}

/** The risks and notes a per-violation estimate leaves out, as a note (undefined when there are none). */
export function uncountedFindingsNote(ctx: PenaltyContext): string | undefined {
  const risks = ctx.findings.filter((f) => f.severity !== "violation" || f.basis !== "fact").length;
  return risks > 0 ? `Only violations on stated facts are counted; ${plural(risks, "risk or note", "risks and notes")} (unknown or unsettled facts) are not.` : undefined;
}

/** `25,000`: thousands grouped, as every figure in a report is. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `$25,000`. */
export function usd(n: number): string {
  return `$${grouped(n)}`;
}

/** `1 duty`, `3 duties`, `50,000 people`. */
export function plural(n: number, one: string, many: string): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
