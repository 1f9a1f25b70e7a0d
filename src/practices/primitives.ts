import { z } from "zod";
import { isFullDate, PARTIAL_DATE_PATTERN, partialDateProblem } from "./dates.js";

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

/** A calendar date `YYYY-MM-DD` in the supported range (1970-2200). */
export const isoDate = z
  .string({ error: "expected a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date as YYYY-MM-DD" })
  .refine(isFullDate, { error: "expected a real date as YYYY-MM-DD, between 1970 and 2200" });

const DATE_ERROR = 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY, 1970-2200) or "unknown"';

/**
 * A date known to the day, month or year (`"2019-03-04"`, `"2019-03"`, `"2019"`), between 1970 and
 * 2200. Rules read it as the interval it stands for (src/practices/dates.ts), so a partly known date
 * decides a question only when the whole interval lies on one side.
 */
export const partialDate = z
  .string({ error: DATE_ERROR })
  // The pattern reaches the JSON Schema, so editors check the shape; the refinement checks the calendar.
  .regex(PARTIAL_DATE_PATTERN, { error: DATE_ERROR })
  .refine((text) => partialDateProblem(text) === undefined, { error: DATE_ERROR });

/** A (possibly partial) date or `"unknown"`; omitted means `"unknown"`. */
export const dateOrUnknown = z
  .union([z.literal(UNKNOWN), partialDate], { error: DATE_ERROR })
  .default(UNKNOWN);
export type DateOrUnknown = string | Unknown;

/**
 * The largest count a profile may state: more people than live on Earth, so no real estate reaches
 * it, while every figure computed from it stays finite and exact enough to print (docs/limits.md).
 */
export const MAX_COUNT = 10_000_000_000;

const wholeCount = z
  .int({ error: "expected a whole number" })
  .min(0, { error: "expected a whole number of 0 or more" })
  .max(MAX_COUNT, { error: "expected at most 10,000,000,000" });

/** A whole, non-negative count (at most {@link MAX_COUNT}) or `"unknown"`; omitted means `"unknown"`. */
export const countOrUnknown = z
  .union([wholeCount, z.literal(UNKNOWN)], {
    error: 'expected a whole number of 0 or more, or "unknown"',
  })
  .default(UNKNOWN);
export type CountOrUnknown = number | Unknown;

/** A count known only in part: at least some number, and perhaps at most another. */
export interface CountRange {
  atLeast: number;
  atMost?: number;
}

const countRange = z
  .strictObject({
    atLeast: wholeCount.describe("The smallest number it can be."),
    atMost: wholeCount.optional().describe("The largest number it can be, if known."),
  })
  .refine((r) => r.atMost === undefined || r.atMost >= r.atLeast, { error: "expected atMost to be at least atLeast" })
  .describe("A count known only within bounds.");

const PARTIAL_COUNT_ERROR = 'expected a whole number, "some" (at least one, number unknown), { atLeast, atMost }, or "unknown"';

/**
 * A count that may be known only in part: a whole number, `"some"` (at least one, number unknown),
 * `{ atLeast: 200 }` or `{ atLeast: 200, atMost: 400 }`, or `"unknown"`. Omitted means `"unknown"`.
 * Read it with `countBounds` (src/practices/counts.ts).
 */
export const partialCount = z
  .union([wholeCount, z.literal("some"), countRange, z.literal(UNKNOWN)], { error: PARTIAL_COUNT_ERROR })
  .default(UNKNOWN);
export type PartialCount = number | "some" | CountRange | Unknown;

/**
 * A non-negative number up to `max` (a documented bound, so every figure computed from it stays
 * finite), or `"unknown"`; omitted means `"unknown"`. `maxWords` is `max` as written in messages.
 */
export function boundedNumberOrUnknown(max: number, maxWords: string) {
  const error = `expected a number from 0 to ${maxWords}, or "unknown"`;
  return z.union([z.number({ error }).min(0, { error }).max(max, { error }), z.literal(UNKNOWN)], { error }).default(UNKNOWN);
}

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
