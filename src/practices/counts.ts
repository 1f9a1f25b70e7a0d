import type { PartialCount } from "./primitives.js";

/**
 * What a partly known count allows: at least `low`, and at most `high` when a ceiling is known
 * (`undefined` = no ceiling stated). `"unknown"` gives `undefined`: nothing can be counted.
 */
export interface CountBounds {
  low: number;
  high: number | undefined;
}

/** The bounds of a count: `120` → 120..120, `"some"` → 1..?, `{ atLeast: 5 }` → 5..?, `"unknown"` → undefined. */
export function countBounds(count: PartialCount): CountBounds | undefined {
  if (count === "unknown") return undefined;
  if (count === "some") return { low: 1, high: undefined };
  if (typeof count === "number") return { low: count, high: count };
  return { low: count.atLeast, high: count.atMost };
}

/** Whether a count is known to be zero. */
export function isZero(count: PartialCount): boolean {
  return count === 0 || (typeof count === "object" && count.atMost === 0);
}

/** Whether a count is known to be at least one. */
export function isPositive(count: PartialCount): boolean {
  const b = countBounds(count);
  return b !== undefined && b.low > 0;
}
