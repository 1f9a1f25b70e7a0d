import { earliestDay, latestDay } from "../../../practices/dates.js";
import { maxDate, minDate } from "./dates.js";

/**
 * Reading profile dates for the estimate. A date may be known only to the year or month (`"2018"`,
 * `"2018-06"`), or not at all: the low figure takes the **narrow** reading (fewest days counted), the
 * high figure the **wide** one (most days). Dates are compared as intervals (src/practices/dates.ts),
 * never as raw strings.
 */
export type Reading = "narrow" | "wide";
export const READINGS: readonly Reading[] = ["narrow", "wide"];

/** The days the estimate counts, and what it needs to read unknown dates. */
export interface DateContext {
  asOf: string;
  /** First and last day counted (the look-back, or the plan's forward period). */
  windowStart: string;
  windowEnd: string;
  /** Five years before the assumed filing date. */
  lookbackStart: string;
  /** Forward mode: only claims that arise new inside the window count. */
  forward: boolean;
}

/**
 * The day a known (possibly partial) date stands for when it opens a stretch of counted days (`start`)
 * or closes one (`end`): narrow reads a start late and an end early, wide the reverse.
 */
export function dayOf(date: string, edge: "start" | "end", reading: Reading): string {
  const late = edge === "start" ? reading === "narrow" : reading === "wide";
  return late ? latestDay(date) : earliestDay(date);
}

/** A date that ends counting ("captures before it count"): narrow reads it early, wide late. */
export function cutDay(date: string, reading: Reading): string {
  return reading === "narrow" ? earliestDay(date) : latestDay(date);
}

/**
 * The first and last capture of a system under a reading, as full days; `last` is never after the
 * window's end. An unknown first capture reads as the look-back start (wide) or as late as the last
 * capture allows (narrow: at least one capture); an unknown last capture as the window's end (wide) or
 * the first capture (narrow). "ongoing" runs to the window's end (in forward mode: projected to it).
 */
export function captureSpan(first: string, last: string, reading: Reading, ctx: DateContext): { first: string; last: string } {
  const firstKnown = first !== "unknown";
  const stated = last === "ongoing" ? ctx.windowEnd : last === "unknown" ? undefined : minDate(dayOf(last, "end", reading), ctx.windowEnd);
  // Forward mode never treats an unknown date as new capture: the system is already capturing.
  const pastEnd = ctx.forward ? minDate(ctx.asOf, ctx.windowEnd) : ctx.windowEnd;
  let lastDay: string;
  if (stated !== undefined) lastDay = stated;
  else if (reading === "wide") lastDay = ctx.windowEnd;
  else lastDay = firstKnown ? minDate(dayOf(first, "start", "narrow"), pastEnd) : pastEnd;
  let firstDay: string;
  if (firstKnown) firstDay = dayOf(first, "start", reading);
  else firstDay = reading === "wide" ? minDate(ctx.lookbackStart, lastDay) : minDate(lastDay, ctx.asOf);
  // A partial first and last in one interval can cross under the narrow reading: one day, then. A
  // first capture wholly after the last day leaves the span empty (first > last).
  if (firstDay > lastDay && (!firstKnown || earliestDay(first) <= lastDay)) firstDay = lastDay;
  return { first: firstDay, last: lastDay };
}

/** The later of two days, and the earlier (re-exported for the counting modules). */
export { maxDate, minDate };
