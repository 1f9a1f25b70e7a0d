/** N.Y.C. Admin. Code §§22-1201–22-1205 are in force from this day (bipa-reference.md §4.5). */
export const EFFECTIVE_FROM = "2021-07-09";

/** Days of written notice and chance to cure before a signage claim (22-1202(a)) may be brought. */
export const CURE_DAYS = 30;
