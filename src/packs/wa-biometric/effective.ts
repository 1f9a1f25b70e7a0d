/** Dates of RCW 19.375 and of the Consumer Protection Act penalty it uses (bipa-reference.md §4.2). */

/** 2017 c 299 (HB 1493). */
export const IN_FORCE = "2017-07-23";

/** SB 5025 raised the CPA civil penalty from $2,000 to $7,500 per violation from this day. */
export const HIGHER_PENALTY_FROM = "2021-07-25";
