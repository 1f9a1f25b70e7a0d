/**
 * Number words for the arithmetic strings. Written by hand rather than with `toLocaleString`, so the
 * output is the same bytes on every machine whatever its ICU data or locale.
 */

/**
 * 1234567 → "1,234,567". Every digit, however large the number: the integer is written through
 * BigInt, so 6.7e21 prints as "6,739,972,677,595,629,000,000", never with an exponent. A number that
 * is not finite has no digits: it prints as "(not computable)", never "Infinity" or "NaN" (the CLI
 * refuses such a report with exit 2 before it is printed).
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return NOT_COMPUTABLE;
  const whole = Math.round(n);
  const sign = whole < 0 ? "-" : "";
  return sign + BigInt(Math.abs(whole)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** What a figure that is not a finite number prints as. */
export const NOT_COMPUTABLE = "(not computable)";

/** 228000000 → "$228,000,000"; never an exponent (see formatCount). */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return NOT_COMPUTABLE;
  const whole = Math.round(n);
  return whole < 0 ? `-$${formatCount(-whole)}` : `$${formatCount(whole)}`;
}

/** 2.69399 → "2.69". */
export function formatYears(years: number): string {
  return years.toFixed(2);
}

/** "1 identifier", "2 identifiers". */
export function plural(n: number, unit: string): string {
  return `${formatCount(n)} ${unit}${n === 1 ? "" : "s"}`;
}

/** "1 person", "120 people". */
export function peopleWords(n: number): string {
  return n === 1 ? "1 person" : `${formatCount(n)} people`;
}
