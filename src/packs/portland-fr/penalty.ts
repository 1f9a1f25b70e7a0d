import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { usd, whole } from "./money.js";
import { daysOfUse } from "./period.js";
import { peopleInTerritory } from "./territory.js";
import { indexBy } from "../../util/index-by.js";

/** Statutory damages per day of violation, when greater than actual damages (bipa-reference.md §4.6). */
export const PER_DAY_USD = 1_000;

const SECTION = "Portland City Code ch. 34.10";

/**
 * Damages for one injured person: $1,000 per day of violation (or actual damages, if greater),
 * counted on the days of use under the ban. The ordinance gives the action to "a person injured by
 * a material violation", so the figure is per plaintiff; multiplying it by every customer is a
 * reading the reference does not settle, and is a note, not a figure.
 */
export function penalty({ profile, findings, applies, asOf }: PenaltyContext): PenaltyEstimate {
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    'Per plaintiff: the ordinance gives the action to "a person injured by a material violation". Each line is what one such person may claim, not a total over everyone captured.',
    "Actual damages, when greater than $1,000 a day, replace the figure and are not estimated; attorneys' fees are recoverable on top and not estimated.",
    "The days counted are every day of use under the ban; whether a person may count only the days they were captured is not settled in the reference.",
    "The reference gives no limitation period, so none is applied. Stopping the use ends new days; days already accrued remain.",
    "Risks (including unknown facts) are not counted.",
  ];
  const inScope = new Set(applies.map((i) => profile.systems[i]?.id));
  const systems = indexBy(profile.systems, (s) => s.id);
  for (const f of findings) {
    if (f.severity !== "violation" || f.basis !== "fact" || f.systemId === undefined || !inScope.has(f.systemId)) continue;
    const system = systems.get(f.systemId);
    if (!system) continue;
    const period = daysOfUse(system, EFFECTIVE_FROM, asOf);
    if (!period) {
      notes.push(`${system.name}: the first or last capture date is not stated, so the days of use are not counted.`);
      continue;
    }
    const lowDays = period.narrow?.days ?? 0;
    const highDays = period.wide.days;
    const days = (p: { from: string; to: string; days: number }) => `${whole(p.days)} days (${p.from} to ${p.to}) × ${usd(PER_DAY_USD)} = ${usd(p.days * PER_DAY_USD)}`;
    lines.push({
      label: `${f.ruleId} on ${system.name}, per injured person`,
      section: SECTION,
      arithmetic: lowDays === highDays ? `Per injured person: ${days(period.wide)}` : `Per injured person: low ${period.narrow ? days(period.narrow) : "0 days = $0"}; high ${days(period.wide)}`,
      low: lowDays * PER_DAY_USD,
      high: highDays * PER_DAY_USD,
      recoveredBy: "private-plaintiffs",
    });
    const people = peopleInTerritory(system);
    notes.push(
      `${system.name}: ${people ? `${whole(people.low)}${people.high === people.low ? "" : " or more"} people are captured in Portland` : "the number of people captured in Portland is not stated"}. Whether each of them is "a person injured by a material violation" who could claim the per-day figure (a class reading) is not settled in the reference, and the figure is not multiplied by them.`,
    );
  }
  return { currency: "USD", low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0), lines, notes };
}
