import { z } from "zod";

/**
 * The explicit "we do not know" value. A company may not know a fact; saying so is allowed,
 * but an unknown that decides a section becomes a risk finding, never a silent pass.
 */
export const UNKNOWN = "unknown" as const;
export type Unknown = typeof UNKNOWN;

/** `true`, `false` or `"unknown"`; omitted means `"unknown"`. */
export const triState = z
  .union([z.boolean(), z.literal(UNKNOWN)], {
    error: 'expected true, false or "unknown"',
  })
  .default(UNKNOWN);
export type TriState = boolean | Unknown;

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: "expected a date as YYYY-MM-DD" });

/** A date or `"unknown"`; omitted means `"unknown"`. */
export const dateOrUnknown = z
  .union([z.iso.date({ error: 'expected a date as YYYY-MM-DD or "unknown"' }), z.literal(UNKNOWN)], {
    error: 'expected a date as YYYY-MM-DD or "unknown"',
  })
  .default(UNKNOWN);
export type DateOrUnknown = string | Unknown;

/** A whole, non-negative count or `"unknown"`; omitted means `"unknown"`. */
export const countOrUnknown = z
  .union([z.int().nonnegative(), z.literal(UNKNOWN)], {
    error: 'expected a whole number of 0 or more, or "unknown"',
  })
  .default(UNKNOWN);
export type CountOrUnknown = number | Unknown;

/** A non-negative number or `"unknown"`; omitted means `"unknown"`. */
export const numberOrUnknown = z
  .union([z.number().nonnegative(), z.literal(UNKNOWN)], {
    error: 'expected a number of 0 or more, or "unknown"',
  })
  .default(UNKNOWN);

/** A share between 0 and 1 (0.25 = 25 %) or `"unknown"`. */
export const shareOrUnknown = z
  .union([z.number().min(0).max(1), z.literal(UNKNOWN)], {
    error: 'expected a share between 0 and 1 (0.25 = 25 %), or "unknown"',
  })
  .default(UNKNOWN);

/** An enum whose omitted value is `"unknown"` (which must be one of its members). */
export function enumOrUnknown<const T extends readonly [string, ...string[]]>(values: T) {
  const all = [...values, UNKNOWN] as const;
  return z
    .enum(all, { error: `expected one of: ${all.map((v) => JSON.stringify(v)).join(", ")}` })
    .default(UNKNOWN);
}

/** Stable identifiers: lower-case slug, used in fingerprints, waivers and baselines. */
export const slugId = z
  .string({ error: "expected an id string" })
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    error: "expected an id of lower-case letters, digits, '.', '_' or '-' (at most 80), starting with a letter or digit",
  });

export const text = z.string({ error: "expected a string" }).min(1, { error: "expected a non-empty string" });

export function isKnown<T>(value: T | Unknown): value is T {
  return value !== UNKNOWN;
}
