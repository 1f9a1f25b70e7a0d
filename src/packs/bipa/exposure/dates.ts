/**
 * Calendar arithmetic for the exposure estimate. Dates are `YYYY-MM-DD` strings read as UTC days, so
 * they compare correctly as text and nothing depends on the machine's time zone or clock.
 */

/** PA 103-0769 took effect on signature, 2 Aug 2024 (bipa-reference.md §1.0, §1.4). */
export const AMENDMENT_EFFECTIVE = "2024-08-02";

/** Tims v. Black Horse Carriers (2023): the 5-year period of 735 ILCS 5/13-205 governs every Sec. 15 claim. */
export const LOOKBACK_YEARS = 5;

const DAY_MS = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `date` moved by whole years; 29 Feb becomes 28 Feb in a year without one. */
export function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === "02-29" && !isLeap(year) ? "02-28" : date.slice(5);
  return `${String(year).padStart(4, "0")}-${monthDay}`;
}

/** `date` moved by whole days. */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Calendar years from `from` to `to` (0 when `to` is not later): whole anniversaries, plus the share
 * of the next year that has passed. 2022-08-02 → 2024-08-02 is exactly 2, leap day or not.
 */
export function yearsBetween(from: string, to: string): number {
  const { whole, days, of } = yearParts(from, to);
  return whole + days / of;
}

/** The parts {@link yearsBetween} adds: whole anniversaries, and days passed of the next year's length (so a reader can redo the sum). */
export function yearParts(from: string, to: string): { whole: number; days: number; of: number } {
  if (to <= from) return { whole: 0, days: 0, of: 365 };
  let whole = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (shiftYears(from, whole) > to) whole -= 1;
  const anchor = shiftYears(from, whole);
  const next = shiftYears(from, whole + 1);
  return { whole, days: daysBetween(anchor, to), of: daysBetween(anchor, next) };
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
