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
  const abs = Math.abs(whole);
  // Most counts are small: below 2^53, String() gives every digit and the grouping is a plain loop
  // (the BigInt and the regular expression were a measurable share of the exposure estimate).
  if (abs <= Number.MAX_SAFE_INTEGER) return sign + groupDigits(String(abs));
  return sign + groupDigits(BigInt(abs).toString());
}

/** "1234567" → "1,234,567". */
function groupDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
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
