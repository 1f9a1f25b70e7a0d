import { isFullDate } from "../../../practices/dates.js";
import { AMENDMENT_EFFECTIVE, LOOKBACK_YEARS, minDate, shiftYears } from "./dates.js";

/**
 * The options of the Sec. 20 estimate, and the retroactivity question as the legal reference reads it
 * (bipa-reference.md §1.4, §1.7, §2.2). Every unsettled point is an option here, never a constant.
 */

/** Where the claims would be heard: the retroactivity of PA 103-0769 may differ by forum (§2.2). */
export const FORUMS = ["federal", "illinois-state", "arbitration"] as const;
export type Forum = (typeof FORUMS)[number];
export type ForumOrUnknown = Forum | "unknown";

/** An answer to an unsettled question: assumed yes, assumed no, or unknown (both readings in the range). */
export type Answer = boolean | "unknown";

export interface ExposureOptions {
  /**
   * Whether PA 103-0769 (one recovery per person, identifier and method; per recipient for 15(d))
   * governs claims for conduct before 2 Aug 2024. Unsettled (§2.2); "unknown" (default) puts both
   * readings in the range. It is the answer in every forum that `amendmentAppliesByForum` leaves open.
   */
  amendmentAppliesToPendingClaims?: Answer;
  /** Per forum, the answer to the same question (overrides `amendmentAppliesToPendingClaims` there). */
  amendmentAppliesByForum?: Partial<Record<Forum, Answer>>;
  /** Where the claims would be heard; "unknown" (default) spans the answers of all three forums. */
  forum?: ForumOrUnknown;
  /**
   * The date a suit is assumed to be filed (YYYY-MM-DD); the five-year look-back (Tims) runs back
   * from it. Defaults to the report's asOf. Conduct after asOf is never counted in the accrued estimate.
   */
  assumedFilingDate?: string;
  /**
   * Two channels of one identifier feeding one template (the same `identifierMethods[].template`): one
   * method of collection (default) or separate methods. Untested (§1.4, §6).
   */
  templateChannels?: "one-method" | "separate-methods";
  /**
   * How to count 15(a), 15(c) and 15(e), which the amendment does not address and for which the
   * reference records no counting holding: once per Illinois subject (default), or not at all.
   */
  otherSections?: "per-person-once" | "uncounted";
  /**
   * Forward mode, used by the plan: count only the claims that arise new inside `[from, to]`
   * (inclusive), with capture stated as "ongoing" projected to `to`. The look-back does not apply.
   */
  period?: { from: string; to: string };
}

/** The options with every default filled in and the dates worked out. */
export interface ResolvedOptions {
  asOf: string;
  filingDate: string;
  /** First day counted: five years before the filing date (or the period's start in forward mode). */
  windowStart: string;
  /** Last day counted: the earlier of asOf and the filing date (or the period's end in forward mode). */
  windowEnd: string;
  /** The five-year look-back start (Tims), whatever the mode. */
  lookbackStart: string;
  forum: ForumOrUnknown;
  byForum: Record<Forum, Answer>;
  /** The answer that applies: the forum's, or (forum unknown) the three forums' answers combined. */
  amendment: Answer;
  /** False when the amendment was not yet law on the evaluation date: only Cothron's accrual exists. */
  amendmentInForce: boolean;
  templateChannels: "one-method" | "separate-methods";
  otherSections: "per-person-once" | "uncounted";
  forward: boolean;
}

function checkDay(name: string, value: string): void {
  if (!isFullDate(value)) throw new TypeError(`${name} must be a date as YYYY-MM-DD between 1970 and 2200, got ${JSON.stringify(value)}`);
}

/** Fills the defaults; throws TypeError on a date that is not a calendar day (a library misuse). */
export function resolveOptions(asOf: string, options: ExposureOptions): ResolvedOptions {
  const filingDate = options.assumedFilingDate ?? asOf;
  checkDay("assumedFilingDate", filingDate);
  const lookbackStart = shiftYears(filingDate, -LOOKBACK_YEARS);
  const base = options.amendmentAppliesToPendingClaims ?? "unknown";
  const byForum = Object.fromEntries(FORUMS.map((f) => [f, options.amendmentAppliesByForum?.[f] ?? base])) as Record<Forum, Answer>;
  const forum = options.forum ?? "unknown";
  const answers = FORUMS.map((f) => byForum[f]);
  const amendment: Answer = forum !== "unknown" ? byForum[forum] : answers.every((a) => a === answers[0]) ? answers[0]! : "unknown";
  const period = options.period;
  if (period) {
    checkDay("period.from", period.from);
    checkDay("period.to", period.to);
    if (period.to < period.from) throw new TypeError("period.to must not be before period.from");
  }
  return {
    asOf,
    filingDate,
    windowStart: period ? period.from : lookbackStart,
    windowEnd: period ? period.to : minDate(asOf, filingDate),
    lookbackStart,
    forum,
    byForum,
    amendment,
    amendmentInForce: asOf >= AMENDMENT_EFFECTIVE,
    templateChannels: options.templateChannels ?? "one-method",
    otherSections: options.otherSections ?? "per-person-once",
    forward: period !== undefined,
  };
}

const ANSWER_WORDS = (a: Answer): string => (a === "unknown" ? "unknown" : a ? "applies" : "does not apply");

/** What the reference says of the question in each forum (bipa-reference.md §1.4, §2.2), one sentence each. */
export const FORUM_STATE: Readonly<Record<Forum, string>> = {
  federal:
    "Federal court: most N.D. Ill. rulings held PA 103-0769 does not apply to pending cases (Schwartz, 2024; Clay, 2025); Gregg (2024) held it does, the outlier, reportedly reversed on reconsideration (one source); the Seventh Circuit heard appeals on 12 Feb 2026, and a reported ruling of about 1 April 2026 that it applies is [UNVERIFIED].",
  "illinois-state":
    "Illinois state court: no Illinois Appellate or Supreme Court ruling was found, and a federal reading of Illinois law does not bind Illinois state courts.",
  arbitration: "Arbitration: the reference records no ruling; the same open question applies.",
};

const FORUM_NAME: Readonly<Record<Forum, string>> = { federal: "federal court", "illinois-state": "Illinois state court", arbitration: "arbitration" };

/** The note on retroactivity, worded as §2.2 reads, for the forum and answers the estimate used. */
export function retroactivityNote(o: ResolvedOptions): string {
  if (!o.amendmentInForce) {
    return `PA 103-0769 took effect on ${AMENDMENT_EFFECTIVE}, after the evaluation date, so 15(b) and 15(d) are counted per scan and per transmission (Cothron) and the retroactivity options have no effect.`;
  }
  const where =
    o.forum === "unknown"
      ? `Forum unknown: answers assumed for federal court (${ANSWER_WORDS(o.byForum.federal)}), Illinois state court (${ANSWER_WORDS(o.byForum["illinois-state"])}) and arbitration (${ANSWER_WORDS(o.byForum.arbitration)}) combined.`
      : `Forum: ${FORUM_NAME[o.forum]}; ${o.amendment === "unknown" ? "no answer is assumed there" : `assumed that the amendment ${ANSWER_WORDS(o.amendment)} there`}.`;
  const reading =
    o.amendment === "unknown"
      ? "The low figure takes the amendment's count (one recovery per person, identifier and method; per recipient for 15(d)), the high figure per-scan and per-transmission accrual (Cothron)."
      : o.amendment
        ? `Conduct before ${AMENDMENT_EFFECTIVE} is counted once per person, identifier and method (per recipient for 15(d)).`
        : `Conduct before ${AMENDMENT_EFFECTIVE} is counted per scan and per transmission (Cothron).`;
  const state = o.forum === "unknown" ? FORUMS.map((f) => FORUM_STATE[f]).join(" ") : FORUM_STATE[o.forum];
  return `Whether PA 103-0769 reaches conduct before ${AMENDMENT_EFFECTIVE} is unsettled and may differ by forum (§2.2). ${state} ${where} ${reading}`;
}
