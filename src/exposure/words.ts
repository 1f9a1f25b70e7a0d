/**
 * Number words for the arithmetic strings. Written by hand rather than with `toLocaleString`, so the
 * output is the same bytes on every machine whatever its ICU data or locale.
 */

/** 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  const whole = Math.abs(Math.round(n));
  // Past 1e21 String() switches to exponent notation; BigInt prints every digit of the double.
  const digits = Number.isFinite(whole) ? (whole >= 1e21 ? BigInt(whole).toString() : String(whole)) : String(whole);
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 228000000 → "$228,000,000". */
export function formatUsd(n: number): string {
  return n < 0 ? `-$${formatCount(-n)}` : `$${formatCount(n)}`;
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
