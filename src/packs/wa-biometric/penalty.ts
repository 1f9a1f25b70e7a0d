import type { PenaltyContext, PenaltyEstimate } from "../../core/pack.js";
import { headcount, perDutyLines, uncountedFindingsNote, usd } from "../../core/per-duty-penalty.js";
import { earliestDay } from "../../practices/dates.js";
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

/**
 * The civil penalty the Attorney General may seek under the Consumer Protection Act. What one
 * "violation" is, is not settled in the reference, so each line carries two readings: one per duty a
 * system breaks (low) and one per person per duty (high). Both are statutory maxima.
 */
export function penalty(ctx: PenaltyContext): PenaltyEstimate {
  const rate = ctx.asOf >= HIGHER_PENALTY_FROM ? PER_VIOLATION_USD : PER_VIOLATION_BEFORE_2021_USD;
  const notes: string[] = [
    `A Consumer Protection Act civil penalty of up to ${usd(rate)} for each violation (${usd(PER_VIOLATION_USD)} from ${HIGHER_PENALTY_FROM}, ${usd(PER_VIOLATION_BEFORE_2021_USD)} before), which only the Attorney General may seek: a statutory maximum, not damages anyone recovers. RCW 19.375 has no private right of action.`,
    "What counts as one violation is not settled in the reference. Low reading: one violation per duty a system breaks (per system or practice). High reading: one violation per person per duty broken. A court or settlement may set any amount up to the maximum.",
  ];
  const { lines, uncounted } = perDutyLines(ctx, {
    rate,
    section: SECTION,
    dutyOf,
    people: (system) => headcount(washingtonPresence(system).counts, { one: "person", many: "people" }, "in Washington"),
    label: (system, duties, count) => `${system.name}: ${count} broken (${duties.join(", ")})`,
    perWhom: "person",
    uncountedWords: "people in Washington",
  });
  // A counted system whose conduct began before the higher rate's day: said in a note, not repriced.
  const counted = new Set(ctx.findings.filter((f) => f.severity === "violation" && f.basis === "fact").map((f) => f.systemId));
  const before2021 =
    rate === PER_VIOLATION_USD &&
    ctx.applies.some((index) => {
      const system = ctx.profile.systems[index];
      const first = system?.collection.firstCaptureDate;
      return system !== undefined && counted.has(system.id) && first !== undefined && first !== "unknown" && earliestDay(first) < HIGHER_PENALTY_FROM;
    });
  if (uncounted) notes.push("Where the profile does not count a system's people in Washington, the per-person reading is not computed and the line shows the per-practice figure only.");
  if (before2021) notes.push(`Some conduct began before ${HIGHER_PENALTY_FROM}; violations before that day carry at most ${usd(PER_VIOLATION_BEFORE_2021_USD)} each, so the figures above overstate them.`);
  const left = uncountedFindingsNote(ctx);
  if (left) notes.push(left);
  notes.push("People in several systems are counted once in each system.", "No enforcement action under RCW 19.375 was found (unverified).");
  return { currency: "USD", low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0), lines, notes };
}
