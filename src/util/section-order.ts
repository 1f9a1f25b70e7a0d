/**
 * Statute order for section strings: `740 ILCS 14/15(b)(3)` before `740 ILCS 14/15(c)` and
 * `740 ILCS 14/25(c)`. Digit runs compare as numbers, the rest as text (no locale), so the order is
 * the statute's on every machine.
 */
export function compareSections(a: string, b: string): number {
  const key = (s: string) => s.replace(/\d+/g, (d) => d.padStart(6, "0"));
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
