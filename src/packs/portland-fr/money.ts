/** "$20,000" (whole dollars, thousands separators, no locale dependence). */
export function usd(n: number): string {
  return `$${whole(n)}`;
}

/** "1,234" */
export function whole(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A whole number with separators, or a fraction as written ("0.5"). */
export function num(n: number): string {
  return Number.isInteger(n) ? whole(n) : String(n);
}
