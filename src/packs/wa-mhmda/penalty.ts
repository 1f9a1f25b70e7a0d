import type { PenaltyContext, PenaltyEstimate } from "../../core/pack.js";
import { headcount, perDutyLines, uncountedFindingsNote, usd } from "../../core/per-duty-penalty.js";
import { washingtonPresence } from "./territory.js";

/**
 * A violation of the Act is a per se Consumer Protection Act violation (RCW 19.373.090); the CPA civil
 * penalty the Attorney General may seek is up to $7,500 per violation (since 25 July 2021, before the Act).
 */
export const PER_VIOLATION_USD = 7_500;

const SECTION = "RCW 19.373.090; RCW 19.86 (Consumer Protection Act civil penalty)";

/** The duty each rule enforces: a consent to collect and what its request states are one duty. */
const DUTY: Readonly<Record<string, string>> = {
  "wa-mhmda/consent-to-collect": "consent to collect",
  "wa-mhmda/consent-disclosures": "consent to collect",
  "wa-mhmda/separate-consent-to-share": "consent to share",
  "wa-mhmda/valid-sale-authorization": "authorization to sell",
};
const dutyOf = (ruleId: string): string => DUTY[ruleId] ?? ruleId;

/**
 * The Attorney General's civil penalty, with the unit of a "violation" shown as two readings (per duty
 * a system breaks; per consumer per duty). The private right of action is a note, not a figure: the
 * reference does not settle its damages mechanics, and a private plaintiff must show injury.
 */
export function penalty(ctx: PenaltyContext): PenaltyEstimate {
  const notes: string[] = [
    `The Attorney General may seek the Consumer Protection Act civil penalty of up to ${usd(PER_VIOLATION_USD)} for each violation (a violation of the Act is a per se CPA violation, RCW 19.373.090): a statutory maximum, not damages anyone recovers.`,
    "What counts as one violation is not settled in the reference. Low reading: one violation per duty a system breaks (per system or practice; a consent and what its request states count once). High reading: one violation per consumer per duty broken. A court or settlement may set any amount up to the maximum.",
    "Private right of action (RCW 19.373.090): consumers may sue, but a private Consumer Protection Act plaintiff must show injury (economic injury). Private damages are not computed: one secondary source reports \"as much as $25,000 per plaintiff\", and the treble-damages mechanics of RCW 19.86.090 were not checked (unverified).",
    "Maxwell v. Amazon.com (W.D. Wash., filed 10 Feb 2025) is the first class action under the Act: a filing, with no outcome found.",
  ];
  const { lines, uncounted } = perDutyLines(ctx, {
    rate: PER_VIOLATION_USD,
    section: SECTION,
    dutyOf,
    people: (system) => headcount(washingtonPresence(system).counts, { one: "consumer", many: "consumers" }, "in Washington"),
    label: (system, duties, count) => `${system.name}: ${count} broken (${duties.join(", ")})`,
    perWhom: "consumer",
    uncountedWords: "consumers in Washington",
  });
  if (uncounted) notes.push("Where the profile does not count a system's consumers in Washington, the per-consumer reading is not computed and the line shows the per-practice figure only.");
  const left = uncountedFindingsNote(ctx);
  if (left) notes.push(left);
  notes.push("Consumers in several systems are counted once in each system.");
  return { currency: "USD", low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0), lines, notes };
}
