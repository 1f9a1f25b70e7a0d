import { earliestDay, latestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";

/** Whole days from one YYYY-MM-DD day to another, both counted (pure arithmetic, no clock). */
export function daysInclusive(from: string, to: string): number {
  const at = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.max(0, Math.round((at(to) - at(from)) / 86_400_000) + 1);
}

/**
 * The widest period of collection under the law: from the later of the first capture and the
 * effective date, to the last capture (or the assessment date while it goes on). Undefined when a
 * date is unknown or the period is empty.
 */
export function collectionPeriod(system: System, effectiveFrom: string, asOf: string): { from: string; to: string; days: number } | undefined {
  const { firstCaptureDate: first, lastCaptureDate: last } = system.collection;
  if (first === "unknown" || last === "unknown") return undefined;
  const from = earliestDay(first) > effectiveFrom ? earliestDay(first) : effectiveFrom;
  const end = last === "ongoing" ? asOf : latestDay(last);
  const to = end < asOf ? end : asOf;
  if (to < from) return undefined;
  return { from, to, days: daysInclusive(from, to) };
}
