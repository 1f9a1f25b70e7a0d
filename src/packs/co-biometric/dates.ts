/** C.R.S. §6-1-1314 (HB24-1130) is in force from this day (bipa-reference.md §4.4). */
export const EFFECTIVE_FROM = "2025-07-01";

/** The Colorado Privacy Act's 60-day cure period ended on this day (bipa-reference.md §4.4). */
export const CURE_PERIOD_ENDED = "2025-01-01";
