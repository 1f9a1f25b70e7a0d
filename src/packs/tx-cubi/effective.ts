/** Dates of the Texas Act (bipa-reference.md §4.1). */

/**
 * CUBI was enacted in 2001 (HB 678); the reference gives the year, not the day. The pack's
 * `effectiveFrom` is the year alone, so no report claims a day; an `asOf` before 2001 does not apply,
 * and applicability reports one inside 2001 as unknown.
 */
export const ENACTED_YEAR = "2001";
export const ENACTED_YEAR_START = "2001-01-01";
export const ENACTED_YEAR_END = "2001-12-31";

/** HB 149 (TRAIGA): (b-1), the AI exemptions and (f) are in force from this day. */
export const HB149_IN_FORCE = "2026-01-01";

/** Whether the HB 149 changes are in force on `asOf`. */
export const hb149InForce = (asOf: string): boolean => asOf >= HB149_IN_FORCE;
