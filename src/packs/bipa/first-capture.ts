import { earliestDay } from "../../practices/dates.js";
import type { SubjectGroup, System } from "../../practices/schema.js";

/**
 * When the people a system lists were first enrolled, where the profile says: every subject group
 * signed before its own first capture on a stated date (people enrolled after the system began, as
 * new hires), so none of them was captured, held or sent anywhere before the earliest of those dates
 * (bipa-reference.md §1.7, "Who counts under 15(d)"; §5.9 item 48). Undefined when any group lacks
 * such a date. Data captured before it, if the system's first capture is earlier, was of people the
 * profile does not list (former subjects, say): a rule weighs it as an open fact, not a settled one.
 */
export function listedEnrolledFrom(system: System): string | undefined {
  if (system.subjects.length === 0) return undefined;
  let earliest: string | undefined;
  for (const group of system.subjects) {
    const from = groupEnrolledFrom(group);
    if (from === undefined) return undefined;
    if (earliest === undefined || earliestDay(from) < earliestDay(earliest)) earliest = from;
  }
  return earliest;
}

/** The date one group signed before its own first capture (as stated, possibly partial), or undefined when the profile does not give it. */
export function groupEnrolledFrom(group: SubjectGroup): string | undefined {
  const r = group.release;
  return r?.status === "before-first-capture" && r.date !== "unknown" ? r.date : undefined;
}
