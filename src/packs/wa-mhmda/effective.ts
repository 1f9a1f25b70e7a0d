/** Dates of the My Health My Data Act and of the CPA penalty it uses (bipa-reference.md §4.2). */

/** The main duties apply from this day. */
export const IN_FORCE = "2024-03-31";

/** Small businesses are bound from this day. */
export const SMALL_BUSINESS_FROM = "2024-06-30";

/** SB 5025 raised the CPA civil penalty from $2,000 to $7,500 per violation from this day. */
export const HIGHER_PENALTY_FROM = "2021-07-25";
