import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { countBounds } from "../../practices/counts.js";
import { earliestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";
import { HIGHER_PENALTY_FROM } from "./effective.js";
import { washingtonPresence } from "./territory.js";

/** The Consumer Protection Act civil penalty: up to $7,500 per violation from 25 July 2021, $2,000 before. */
export const PER_VIOLATION_USD = 7_500;
export const PER_VIOLATION_BEFORE_2021_USD = 2_000;

const SECTION = "RCW 19.86 (Consumer Protection Act civil penalty), applied by RCW 19.375";

/** The duty each rule enforces, in words for the line's label. */
const DUTY: Readonly<Record<string, string>> = {
  "wa-biometric/enrollment-consent": "enrollment without notice, consent or a mechanism",
  "wa-biometric/commercial-disclosure": "commercial disclosure without consent",
  "wa-biometric/retention": "retention",
  "wa-biometric/reasonable-care": "reasonable care",
};
const dutyOf = (ruleId: string): string => DUTY[ruleId] ?? ruleId;
const usd = (n: number): string => `$${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The largest number of the system's people in Washington the profile allows, and how to say it. */
function washingtonPeople(system: System): { count: number; words: string } | undefined {
  let low = 0;
  let high = 0;
  let open = false;
  for (const c of washingtonPresence(system).counts) {
    const b = countBounds(c);
    if (!b) return undefined;
    low += b.low;
    if (b.high === undefined) open = true;
    high += b.high ?? b.low;
  }
  if (high === 0) return undefined;
  const words = open ? `at least ${high} people in Washington` : low === high ? `${plural(high, "person", "people")} in Washington` : `${low}-${high} people in Washington`;
  return { count: high, words };
}

/**
 * The civil penalty the Attorney General may seek under the Consumer Protection Act. What one
 * "violation" is, is not settled in the reference, so each line carries two readings: one per duty a
 * system breaks (low) and one per person per duty (high). Both are statutory maxima.
 */
export function penalty(ctx: PenaltyContext): PenaltyEstimate {
  const rate = ctx.asOf >= HIGHER_PENALTY_FROM ? PER_VIOLATION_USD : PER_VIOLATION_BEFORE_2021_USD;
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    `A Consumer Protection Act civil penalty of up to ${usd(rate)} for each violation (${usd(PER_VIOLATION_USD)} from ${HIGHER_PENALTY_FROM}, ${usd(PER_VIOLATION_BEFORE_2021_USD)} before), which only the Attorney General may seek: a statutory maximum, not damages anyone recovers. RCW 19.375 has no private right of action.`,
    "What counts as one violation is not settled in the reference. Low reading: one violation per duty a system breaks (per system or practice). High reading: one violation per person per duty broken. A court or settlement may set any amount up to the maximum.",
  ];
  let uncounted = false;
  let before2021 = false;
  for (const index of ctx.applies) {
    const system = ctx.profile.systems[index];
    if (!system) continue;
    const rules = [...new Set(ctx.findings.filter((f) => f.systemId === system.id && f.severity === "violation" && f.basis === "fact").map((f) => dutyOf(f.ruleId)))].sort();
    if (rules.length === 0) continue;
    const first = system.collection.firstCaptureDate;
    if (rate === PER_VIOLATION_USD && first !== "unknown" && earliestDay(first) < HIGHER_PENALTY_FROM) before2021 = true;
    const duties = plural(rules.length, "duty", "duties");
    const perPractice = rules.length * rate;
    const practiceText = `per practice: ${duties} × ${usd(rate)} = ${usd(perPractice)}`;
    const people = washingtonPeople(system);
    if (!people) uncounted = true;
    const perPerson = people ? rules.length * people.count * rate : perPractice;
    lines.push({
      label: `${system.name}: ${duties} broken (${rules.join(", ")})`,
      section: SECTION,
      arithmetic: people
        ? `${practiceText}; per person: ${duties} × ${people.words} × ${usd(rate)} = ${usd(perPerson)}`
        : `${practiceText}; per person: not computed (the profile does not count ${system.name}'s people in Washington)`,
      low: perPractice,
      high: Math.max(perPractice, perPerson),
      recoveredBy: "regulator",
    });
  }
  if (uncounted) notes.push("Where the profile does not count a system's people in Washington, the per-person reading is not computed and the line shows the per-practice figure only.");
  if (before2021) notes.push(`Some conduct began before ${HIGHER_PENALTY_FROM}; violations before that day carry at most ${usd(PER_VIOLATION_BEFORE_2021_USD)} each, so the figures above overstate them.`);
  const risks = ctx.findings.filter((f) => f.severity !== "violation" || f.basis !== "fact").length;
  if (risks > 0) notes.push(`Only violations on stated facts are counted; ${plural(risks, "risk or note", "risks and notes")} (unknown or unsettled facts) are not.`);
  notes.push("People in several systems are counted once in each system.", "No enforcement action under RCW 19.375 was found (unverified).");
  return { currency: "USD", low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0), lines, notes };
}
