import { earliestDay, latestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";

/** Whole days from one YYYY-MM-DD day to another, both counted (pure arithmetic, no clock). */
export function daysInclusive(from: string, to: string): number {
  const at = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.max(0, Math.round((at(to) - at(from)) / 86_400_000) + 1);
}

export interface Period {
  from: string;
  to: string;
  days: number;
}

/**
 * The days of use under the ban, from the later of the first capture and the effective date to the
 * last capture (or the assessment date while use goes on). Partial dates give a range: `narrow`
 * starts at the latest day the first capture can mean and ends at the earliest day the last can
 * mean; `wide` the reverse. Undefined when a date is unknown or there is no day of use.
 */
export function daysOfUse(system: System, effectiveFrom: string, asOf: string): { narrow: Period | undefined; wide: Period } | undefined {
  const { firstCaptureDate: first, lastCaptureDate: last } = system.collection;
  if (first === "unknown" || last === "unknown") return undefined;
  const span = (start: string, end: string): Period | undefined => {
    const from = start > effectiveFrom ? start : effectiveFrom;
    const to = end < asOf ? end : asOf;
    return to < from ? undefined : { from, to, days: daysInclusive(from, to) };
  };
  const wide = span(earliestDay(first), last === "ongoing" ? asOf : latestDay(last));
  if (!wide) return undefined;
  return { narrow: span(latestDay(first), last === "ongoing" ? asOf : earliestDay(last)), wide };
}
