import { compareDates, earliestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";

/**
 * The system's first capture of anyone it holds: its stated first capture, or later when every
 * subject group signed before its own first capture on a stated date (people enrolled after the
 * system began, as new hires): none of them was captured, held or sent anywhere before the earliest
 * of those dates (bipa-reference.md §1.7, "Who counts under 15(d)"; §5.9 item 48). "unknown" when
 * neither gives a date. A group date is read as early as it can be, so a finding that rests on it
 * is never made on a guess.
 */
export function firstCaptureOfAnyone(system: System): string {
  const stated = system.collection.firstCaptureDate;
  const dates: string[] = [];
  for (const group of system.subjects) {
    const r = group.release;
    if (r?.status !== "before-first-capture" || r.date === "unknown") return stated;
    dates.push(r.date);
  }
  if (dates.length === 0) return stated;
  const earliest = dates.reduce((a, b) => (earliestDay(b) < earliestDay(a) ? b : a));
  if (stated === "unknown") return stated;
  return compareDates(earliest, stated) === "after" ? earliest : stated;
}
