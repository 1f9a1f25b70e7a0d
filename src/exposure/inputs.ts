import { countBounds } from "../practices/counts.js";
import type { System } from "../practices/schema.js";
import { AMENDMENT_EFFECTIVE, daysBetween, maxDate, minDate, yearsBetween } from "./dates.js";

/** How many Illinois subjects a system touches, and how that number was reached. */
export interface IllinoisCount {
  people: number | "unknown";
  /** True when some subject groups could not be counted, so `people` understates. */
  partial: boolean;
  /** How the count was reached, for the notes. */
  how: string;
}

/**
 * Illinois subjects of a system: the sum of each group's `illinoisCount`; a group without one is
 * counted as `count × illinoisSubjectShare` when both are known (rounded to whole people).
 */
export function illinoisSubjects(system: System): IllinoisCount {
  const share = system.illinoisNexus.illinoisSubjectShare;
  let people = 0;
  let counted = 0;
  let derived = 0;
  for (const group of system.subjects) {
    const illinois = countBounds(group.illinoisCount);
    const total = countBounds(group.count);
    if (illinois !== undefined) {
      people += illinois.low;
      counted += 1;
    } else if (total !== undefined && share !== "unknown") {
      people += Math.round(total.low * share);
      counted += 1;
      derived += 1;
    }
  }
  if (counted === 0) {
    return { people: "unknown", partial: false, how: "no subject group gives an Illinois count (or a count and an Illinois share)" };
  }
  const partial = counted < system.subjects.length;
  const how =
    derived > 0
      ? `${derived} of ${system.subjects.length} subject groups counted as count × Illinois share (${share})`
      : "the subject groups' Illinois counts";
  return { people, partial, how };
}

/** Identifiers (Sec. 10 modalities) and collection methods: PA 103-0769 counts one recovery for each pair. */
export function identifiersAndMethods(system: System): { identifiers: number; methods: number } {
  return { identifiers: Math.max(1, system.modalities.length), methods: Math.max(1, system.collection.methods.length) };
}

/** The part of the look-back in which the system captured data, split at the amendment. */
export interface CaptureWindow {
  start: string;
  end: string;
  /** Whether the start or end was assumed (unknown date read as the widest window). */
  startAssumed: boolean;
  endAssumed: boolean;
  /** Calendar years captured before 2 Aug 2024 (per-scan accrual under Cothron). */
  preYears: number;
  /** Days captured before 2 Aug 2024. */
  preDays: number;
  /** End of the pre-amendment part (exclusive), when there is one. */
  preEnd?: string;
  /** Whether any capture falls on or after 2 Aug 2024. */
  hasPost: boolean;
  hasPre: boolean;
}

/**
 * The capture window inside the look-back: from the later of first capture and the look-back start,
 * to the earlier of last capture ("ongoing" = asOf) and asOf. An unknown first capture is read as the
 * look-back start and an unknown last capture as ongoing: the widest window, used for the high figure.
 * Returns `undefined` when the system captured nothing inside the look-back.
 */
export function captureWindow(system: System, asOf: string, lookbackStart: string): CaptureWindow | undefined {
  const { firstCaptureDate: first, lastCaptureDate: last } = system.collection;
  const startAssumed = first === "unknown";
  const endAssumed = last === "unknown";
  const start = maxDate(startAssumed ? lookbackStart : first, lookbackStart);
  const end = minDate(last === "ongoing" || last === "unknown" ? asOf : last, asOf);
  if (end < start) return undefined;
  const hasPre = start < AMENDMENT_EFFECTIVE;
  const preEnd = hasPre ? minDate(end, AMENDMENT_EFFECTIVE) : undefined;
  return {
    start,
    end,
    startAssumed,
    endAssumed,
    preYears: preEnd ? yearsBetween(start, preEnd) : 0,
    preDays: preEnd ? daysBetween(start, preEnd) : 0,
    ...(preEnd ? { preEnd } : {}),
    hasPre,
    hasPost: end >= AMENDMENT_EFFECTIVE,
  };
}
