import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { CURE_PERIOD_ENDED } from "./dates.js";
import { DELETION_OPTION_ID, deletionReading } from "./deletion-option.js";
import { usd, whole } from "./money.js";
import { peopleInTerritory } from "./territory.js";
import { indexBy } from "../../util/index-by.js";

/** Colorado Consumer Protection Act civil penalty, as applied to the Colorado Privacy Act (bipa-reference.md §4.4). */
export const PER_VIOLATION_USD = 20_000;

const SECTION = "C.R.S. §6-1-1310; Colorado Consumer Protection Act";

/**
 * The civil penalty the Attorney General or a district attorney may seek: a statutory maximum, not
 * damages anyone recovers. What counts as one violation is not settled in the reference, so each
 * line shows two readings: one violation per breached duty per system (low) and one per person in
 * Colorado whose data the system holds (high). Risks and notes are not counted.
 */
export function penalty({ profile, findings, applies, options }: PenaltyContext): PenaltyEstimate {
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    "A statutory maximum a regulator may seek, not damages: only the Attorney General and district attorneys enforce C.R.S. §6-1-1314, and there is no private right of action (C.R.S. §6-1-1310).",
    "What counts as one violation is not settled in the reference: the low figure counts one violation per breached duty per system, the high figure one per person in Colorado; neither is settled law.",
    "One line per violation found; the lines are added, and whether a regulator would count several findings about one practice separately is not settled in the reference.",
    `The Colorado Privacy Act's 60-day cure period ended on ${CURE_PERIOD_ENDED}: no right to cure before enforcement is assumed.`,
    "Aggregate caps on the penalty are not confirmed ([UNVERIFIED]) and are not applied.",
    "Risks (including unknown facts) and notes are not counted.",
  ];
  if (deletionReading(options) === "unset") {
    notes.push(`Colorado's deletion deadline is not chosen (option ${DELETION_OPTION_ID}), so no deletion finding is counted.`);
  }
  const inScope = new Set(applies.map((i) => profile.systems[i]?.id));
  const systems = indexBy(profile.systems, (s) => s.id);
  let missingPeople = false;
  for (const f of findings) {
    if (f.severity !== "violation" || f.basis !== "fact" || f.systemId === undefined || !inScope.has(f.systemId)) continue;
    const system = systems.get(f.systemId);
    if (!system) continue;
    const people = peopleInTerritory(system);
    const low = PER_VIOLATION_USD;
    const perPerson = people?.high ?? people?.low;
    if (perPerson === undefined) missingPeople = true;
    const high = perPerson === undefined ? low : Math.max(low, perPerson * PER_VIOLATION_USD);
    const personWords =
      perPerson === undefined
        ? "per person in Colorado: not computed (the profile does not say how many)"
        : `per person in Colorado: ${people?.high === undefined ? "at least " : ""}${whole(perPerson)} × up to ${usd(PER_VIOLATION_USD)} = ${usd(perPerson * PER_VIOLATION_USD)}`;
    lines.push({
      label: `${f.ruleId} on ${system.name}`,
      section: SECTION,
      arithmetic: `Per breached duty: 1 × up to ${usd(PER_VIOLATION_USD)} = ${usd(low)}; ${personWords}`,
      low,
      high,
      recoveredBy: "regulator",
    });
  }
  if (missingPeople) notes.push("Where the number of people in Colorado is not stated, the high figure falls back to the per-duty reading.");
  return {
    currency: "USD",
    low: lines.reduce((sum, l) => sum + l.low, 0),
    high: lines.reduce((sum, l) => sum + l.high, 0),
    lines,
    notes,
  };
}
