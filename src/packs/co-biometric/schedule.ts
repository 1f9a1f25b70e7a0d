import type { System } from "../../practices/schema.js";
import type { DeletionReading } from "./deletion-option.js";

/** How a system's written schedule (and measured deletion time) stands against one reported reading. */
export interface Verdict {
  verdict: "within" | "exceeds" | "unknown";
  /** Why, in words that complete "The schedule of <system> ..." */
  words: string;
  evidence: string[];
}

const TRIGGER = "/retention/schedule/trigger";

/** Compares the schedule with a reading (never "unset": the caller decides which readings to test). */
export function against(system: System, reading: Exclude<DeletionReading, "unset">): Verdict {
  const { trigger, yearsAfterLastInteraction, fixedPeriodYears } = system.retention.schedule;
  const days = system.retention.practice.daysFromTriggerToDeletion;
  const collectionCap = reading === "two-years-of-collection";
  switch (trigger) {
    case "unknown":
      return { verdict: "unknown", words: "is not stated (retention.schedule.trigger)", evidence: [TRIGGER] };
    case "none":
      return { verdict: "exceeds", words: "sets no destruction trigger, so the data is kept with no end", evidence: [TRIGGER] };
    case "fixed-period": {
      if (fixedPeriodYears === undefined) return { verdict: "unknown", words: "keeps data for a fixed period the profile does not state (retention.schedule.fixedPeriodYears)", evidence: ["/retention/schedule/fixedPeriodYears"] };
      const evidence = [TRIGGER, "/retention/schedule/fixedPeriodYears"];
      if (fixedPeriodYears > 2) {
        const limit = collectionCap ? "two years from collection" : "24 months after a last interaction that comes at collection";
        return { verdict: "exceeds", words: `keeps data for ${years(fixedPeriodYears)} from collection, longer than ${limit}`, evidence };
      }
      const ok: Verdict = { verdict: "within", words: `keeps data for ${years(fixedPeriodYears)} from collection`, evidence };
      return collectionCap ? ok : fortyFiveDays(days, ok);
    }
    case "last-interaction": {
      if (collectionCap) return { verdict: "exceeds", words: "keeps data while the person keeps interacting and for a period after, with no limit of two years from collection", evidence: [TRIGGER] };
      if (yearsAfterLastInteraction === undefined) return { verdict: "unknown", words: "keeps data for a period after the last interaction the profile does not state (retention.schedule.yearsAfterLastInteraction)", evidence: ["/retention/schedule/yearsAfterLastInteraction"] };
      if (yearsAfterLastInteraction > 2) return { verdict: "exceeds", words: `keeps data ${years(yearsAfterLastInteraction)} after the last interaction, longer than 24 months`, evidence: [TRIGGER, "/retention/schedule/yearsAfterLastInteraction"] };
      return fortyFiveDays(days, { verdict: "within", words: `keeps data ${years(yearsAfterLastInteraction)} after the last interaction`, evidence: [TRIGGER, "/retention/schedule/yearsAfterLastInteraction"] });
    }
    case "earlier-of-purpose-or-3-years":
      return collectionCap
        ? { verdict: "exceeds", words: "deletes when the purpose is satisfied or three years after the last interaction, with no limit of two years from collection", evidence: [TRIGGER] }
        : { verdict: "exceeds", words: "allows keeping data up to three years after the last interaction, longer than 24 months", evidence: [TRIGGER] };
    case "purpose-satisfied":
      return collectionCap
        ? { verdict: "exceeds", words: "deletes only when the purpose is satisfied, with no limit of two years from collection", evidence: [TRIGGER] }
        : { verdict: "exceeds", words: "deletes only when the purpose is satisfied, with no limit of 24 months after the last interaction", evidence: [TRIGGER] };
  }
}

/** The 45-day limb of the commentary's reading: measured time from trigger to deletion. */
function fortyFiveDays(days: number | "unknown", ok: Verdict): Verdict {
  if (days === "unknown" || days <= 45) return ok;
  return { verdict: "exceeds", words: `${ok.words}, but deletion takes ${days} days after the trigger, longer than 45 days`, evidence: [...ok.evidence, "/retention/practice/daysFromTriggerToDeletion"] };
}

function years(n: number): string {
  return n === 1 ? "1 year" : `${n} years`;
}
