/**
 * Dates in a profile may be known only to the year (`"2004"`) or the month (`"2018-06"`). Each such
 * date stands for an interval of days; rules and the estimate compare intervals, never raw strings,
 * so a partly known date can decide a question only when the whole interval falls on one side.
 * Pure string arithmetic on the proleptic Gregorian calendar: nothing reads the clock or time zone.
 */

/** Earliest and latest year a profile date or `--as-of` may name (documented in docs/limits.md). */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2200;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = "year" | "month" | "day";

/** The first and last day (YYYY-MM-DD, inclusive) a possibly partial date can mean. */
export interface DateBounds {
  earliest: string;
  latest: string;
  precision: DatePrecision;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Why a text is not an acceptable profile date, or `undefined` when it is one: a real calendar day,
 * month or year between {@link MIN_YEAR} and {@link MAX_YEAR}.
 */
export function partialDateProblem(text: string): string | undefined {
  const m = PARTIAL_DATE_PATTERN.exec(text);
  if (!m) return "not a date";
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `year ${m[1]} is outside ${MIN_YEAR}-${MAX_YEAR}`;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > daysInMonth(year, month)) return `${text} is not a calendar day`;
    }
  }
  return undefined;
}

/** Whether a text is a full, valid `YYYY-MM-DD` day in the supported range. */
export function isFullDate(text: string): boolean {
  return text.length === 10 && partialDateProblem(text) === undefined;
}

/** The interval a valid (possibly partial) date stands for. */
export function dateBounds(date: string): DateBounds {
  // A full day, the common case, needs no split (this runs for every date a rule compares).
  if (date.length === 10) return { earliest: date, latest: date, precision: "day" };
  const [y, m] = date.split("-");
  const year = Number(y);
  if (date.length === 4) return { earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: "year" };
  if (date.length === 7) return { earliest: `${date}-01`, latest: `${date}-${pad(daysInMonth(year, Number(m)))}`, precision: "month" };
  return { earliest: date, latest: date, precision: "day" };
}

/** First day a (possibly partial) date can mean. */
export function earliestDay(date: string): string {
  return date.length === 10 ? date : dateBounds(date).earliest;
}

/** Last day a (possibly partial) date can mean. */
export function latestDay(date: string): string {
  return date.length === 10 ? date : dateBounds(date).latest;
}

/**
 * How two (possibly partial) dates compare: `before` when every day of `a` is before every day of
 * `b`, `after` the reverse, `same-day` when both are the same full day, and `overlap` when the
 * intervals share days (for example `"2018"` and `"2018-06-01"`), so the order is not known.
 */
export function compareDates(a: string, b: string): "before" | "after" | "same-day" | "overlap" {
  const A = dateBounds(a);
  const B = dateBounds(b);
  if (A.latest < B.earliest) return "before";
  if (A.earliest > B.latest) return "after";
  if (A.precision === "day" && B.precision === "day") return "same-day";
  return "overlap";
}

/**
 * Whether a step dated `step` certainly came no later than `event` (the same day counts as in time,
 * as profiles record days, not hours): `"in-time"`, certainly after it (`"late"`), or not knowable
 * from dates this precise (`"unknown"`).
 */
export function timeliness(step: string, event: string): "in-time" | "late" | "unknown" {
  if (latestDay(step) <= earliestDay(event)) return "in-time";
  if (earliestDay(step) > latestDay(event)) return "late";
  return "unknown";
}
