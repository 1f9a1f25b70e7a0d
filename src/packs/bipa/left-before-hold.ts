import { earliestDay, latestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";

/**
 * People who left a system before its hold began. Their purpose was satisfied when they left, so
 * their records passed the 15(a) destruction trigger then ("when the initial purpose ... has been
 * satisfied or within 3 years of the individual's last interaction ..., whichever occurs first"),
 * and nothing excused keeping them until the hold: a hold covers retention from its date only, and
 * cure works forward only (bipa-reference.md §1.3 15(a), §1.5 row (a), §1.7). The 15(a) destruction
 * rule and the Sec. 20 estimate read the same answer.
 */
export interface LeftBeforeHold {
  /** Illinois people who left on a day wholly before the hold's first possible day. */
  people: number;
  /** The earliest of those departure dates, as the profile gives it. */
  first: string;
  /** The hold's date, as the profile gives it. */
  holdDate: string;
  /** The departures counted (system-relative pointers to their dates). */
  pointers: string[];
}

/** Undefined when there is no hold, its date is unknown, or no one is known to have left before it. */
export function leftBeforeHold(system: System): LeftBeforeHold | undefined {
  const hold = system.retention.legalHold;
  if (!hold || hold.date === "unknown") return undefined;
  // A partial date is read so that the departure surely came first: its last day before the hold's first.
  const start = earliestDay(hold.date);
  let people = 0;
  let first: string | undefined;
  const pointers: string[] = [];
  system.subjects.forEach((group, g) => {
    group.departures.forEach((d, k) => {
      if (d.date === "unknown" || d.illinoisCount === "unknown" || d.illinoisCount === 0) return;
      if (latestDay(d.date) >= start) return;
      people += d.illinoisCount;
      pointers.push(`/subjects/${g}/departures/${k}/date`);
      if (first === undefined || earliestDay(d.date) < earliestDay(first)) first = d.date;
    });
  });
  return first === undefined ? undefined : { people, first, holdDate: hold.date, pointers };
}
