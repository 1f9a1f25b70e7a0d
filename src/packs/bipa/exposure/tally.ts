import type { Disclosure } from "../../../practices/schema.js";
import { AMENDMENT_EFFECTIVE, daysBetween, shiftDays, yearParts } from "./dates.js";
import { pairsIn, type PairSet } from "./pairs.js";
import type { Span } from "./people.js";
import type { ExposureLine } from "./types.js";
import { cutDay, maxDate, minDate, type DateContext, type Reading } from "./window.js";
import { formatCount, formatYears, peopleWords, plural } from "./words.js";

/**
 * The counts behind each line, with their arithmetic in words (bipa-reference.md §1.6, §1.7):
 * per-scan and per-transmission accrual before 2 Aug 2024 (Cothron), one recovery per person,
 * identifier and method (and recipient) from then on, or for the whole window if the amendment reaches
 * earlier conduct (PA 103-0769). Every count is a sum over spans, so it is linear in the spans.
 */

export type Counting = ExposureLine["counting"];

export interface Tally {
  count: number;
  /** The arithmetic, e.g. "employees: 100 people × 1,000 scans/year × 2.00 years (…) = 200,000 scans". */
  words: string;
  counting: Counting;
  /** Illinois people the count reaches. */
  people: number;
}

/** A count under each retroactivity reading: the amendment's and Cothron's. */
export interface Readings {
  amended: Tally;
  cothron: Tally;
}

const DAY_BEFORE_AMENDMENT = shiftDays(AMENDMENT_EFFECTIVE, -1);

function sum(parts: ReadonlyArray<{ count: number }>): number {
  return parts.reduce((n, p) => n + p.count, 0);
}

function joined(parts: ReadonlyArray<{ words: string }>, total: number, unit: string): string {
  if (parts.length === 0) return `nobody counted = 0 ${unit}`;
  if (parts.length === 1) return parts[0]!.words;
  return `${parts.map((p) => p.words).join("; ")}; together ${formatCount(total)} ${unit}`;
}

/** People × pairs over a stretch of a span; in forward mode only person-pairs whose first capture is inside the window. */
function perPerson(spans: readonly Span[], pairs: PairSet, reading: Reading, ctx: DateContext, from: (s: Span) => string, to: (s: Span) => string) {
  const parts: Array<{ count: number; words: string; people: number }> = [];
  for (const s of spans) {
    const a = from(s);
    const b = to(s);
    if (b < a) continue;
    let used = pairsIn(pairs, reading, a, b);
    if (ctx.forward) used = used.filter((p) => maxDate(p.first[reading], s.firstCapture) >= ctx.windowStart);
    if (used.length === 0) continue;
    const count = s.people * used.length;
    parts.push({ count, people: s.people, words: `${s.label}: ${peopleWords(s.people)} × ${plural(used.length, "pair")} = ${formatCount(count)}` });
  }
  return parts;
}

/** Scans before the amendment, per span: people × rate × years, at least one per person. */
function preScans(spans: readonly Span[], rate: number, end: (s: Span) => string, unit: "scans" | "transmissions", how = "") {
  const parts: Array<{ count: number; words: string; people: number }> = [];
  for (const s of spans) {
    const last = minDate(end(s), DAY_BEFORE_AMENDMENT);
    if (last < s.start) continue;
    const span = yearParts(s.start, shiftDays(last, 1));
    const years = span.whole + span.days / span.of;
    // The rounded years alone do not give the count back: say what they are made of.
    const whole = span.whole === 0 ? "" : span.whole === 1 ? "1 year and " : `${span.whole} years and `;
    const exact = span.days > 0 ? `, ${whole}${span.days} of ${span.of} days` : "";
    const raw = Math.round(s.people * rate * years);
    const count = Math.max(raw, s.people);
    parts.push({
      count,
      people: s.people,
      words: `${s.label}: ${peopleWords(s.people)} × ${formatCount(rate)} ${rate === 1 ? "scan" : "scans"}/year × ${formatYears(years)} years (${s.start} to ${last}${exact}${last < DAY_BEFORE_AMENDMENT && s.until ? `, ${s.until}` : ""})${how} = ${formatCount(count)} ${unit}${count > raw ? " (at least one per person)" : ""}`,
    });
  }
  return parts;
}

/** The two readings from pre-amendment parts and post-amendment per-person parts. */
function readings(
  pre: ReadonlyArray<{ count: number; words: string; people: number }> | undefined,
  post: ReadonlyArray<{ count: number; words: string; people: number }>,
  whole: ReadonlyArray<{ count: number; words: string; people: number }>,
  counting: { pre: Counting; person: Counting },
  unit: string,
  oneRecovery: string,
): Readings {
  const wholeCount = sum(whole);
  const people = (parts: ReadonlyArray<{ people: number }>) => parts.reduce((n, p) => n + p.people, 0);
  const amended: Tally = {
    count: wholeCount,
    counting: counting.person,
    people: people(whole),
    words: `${joined(whole, wholeCount, "recoveries")} (${oneRecovery}, PA 103-0769)`,
  };
  if (!pre) return { amended, cothron: amended };
  const preCount = sum(pre);
  const postCount = sum(post);
  const segments = [
    pre.length > 0 ? `before ${AMENDMENT_EFFECTIVE}, each a violation (Cothron): ${joined(pre, preCount, unit)}` : "",
    post.length > 0 ? `from ${AMENDMENT_EFFECTIVE} (${oneRecovery}, PA 103-0769): ${joined(post, postCount, "recoveries")}` : "",
  ].filter(Boolean);
  const total = preCount + postCount;
  return {
    amended,
    cothron: {
      count: total,
      counting: pre.length > 0 ? counting.pre : counting.person,
      people: Math.max(people(pre), people(post)),
      words: `${segments.join("; ") || "nothing counted"}${pre.length > 0 && post.length > 0 ? `; in all ${formatCount(preCount)} + ${formatCount(postCount)} = ${formatCount(total)}` : ""}`,
    },
  };
}

/** 15(b): captures without a prior notice and release (spans from `people.ts`). */
export function collectionReadings(spans: readonly Span[], pairs: PairSet, rate: number | "unknown", reading: Reading, ctx: DateContext): Readings {
  const end = (s: Span) => s.captureEnd;
  const whole = perPerson(spans, pairs, reading, ctx, (s) => s.start, end);
  const post = perPerson(spans, pairs, reading, ctx, (s) => maxDate(s.start, AMENDMENT_EFFECTIVE), end);
  const hasPre = spans.some((s) => s.start < AMENDMENT_EFFECTIVE && s.captureEnd >= s.start);
  const pre = !hasPre ? undefined : rate === "unknown" ? perPerson(spans, pairs, reading, ctx, (s) => s.start, (s) => minDate(end(s), DAY_BEFORE_AMENDMENT)) : preScans(spans, rate, end, "scans");
  return readings(pre, post, whole, { pre: rate === "unknown" ? "per-person" : "per-scan", person: "per-person" }, rate === "unknown" ? "recoveries (scan rate unknown)" : "scans", "one recovery per person, identifier and method");
}

/** The disclosures of one recipient that the counts read, with their consent dates. */
export interface RecipientFlows {
  recipient?: string;
  disclosures: Disclosure[];
}

/**
 * 15(d) for one recipient: before the amendment each transmission accrues (Cothron) by the most
 * frequent countable flow; a consent dated later covers only transmissions from that date.
 */
export function disclosureReadings(spans: readonly Span[], flows: RecipientFlows, pairs: PairSet, rate: number | "unknown", reading: Reading, ctx: DateContext): Readings {
  const options: Readings[] = [];
  const flowsToRead = flows.disclosures.length > 0 ? flows.disclosures : [undefined];
  for (const d of flowsToRead) {
    const consent = d?.exception === "consent" && d.consentDate !== "unknown" ? shiftDays(cutDay(d.consentDate, reading), -1) : undefined;
    const clip = (day: string) => (consent !== undefined ? minDate(day, consent) : day);
    const byCapture = d !== undefined && (d.frequency === "per-scan" || d.frequency === "continuous" || d.frequency === "daily");
    const end = (s: Span) => clip(byCapture ? s.captureEnd : s.possessionEnd);
    const whole = perPerson(spans, pairs, reading, ctx, (s) => s.start, end);
    const post = perPerson(spans, pairs, reading, ctx, (s) => maxDate(s.start, AMENDMENT_EFFECTIVE), end);
    const hasPre = spans.some((s) => s.start < AMENDMENT_EFFECTIVE && end(s) >= s.start);
    let pre: ReturnType<typeof perPerson> | undefined;
    let preCounting: Counting = "per-person-per-recipient";
    if (hasPre) {
      const often = d?.frequency;
      if ((often === "per-scan" || often === "continuous") && rate !== "unknown") {
        pre = preScans(spans, rate, end, "transmissions", often === "per-scan" ? ", each sent on every scan" : ", each sent continuously");
        preCounting = "per-transmission";
      } else if (often === "daily") {
        pre = [];
        for (const s of spans) {
          const last = minDate(end(s), DAY_BEFORE_AMENDMENT);
          if (last < s.start) continue;
          const days = daysBetween(s.start, shiftDays(last, 1));
          const count = s.people * days;
          pre.push({ count, people: s.people, words: `${s.label}: ${peopleWords(s.people)} × ${formatCount(days)} days (${s.start} to ${last}), sent daily = ${formatCount(count)} transmissions` });
        }
        preCounting = "per-transmission";
      } else if (often === "one-time") {
        pre = [];
        for (const s of spans) {
          if (minDate(end(s), DAY_BEFORE_AMENDMENT) < s.start) continue;
          pre.push({ count: s.people, people: s.people, words: `${s.label}: ${peopleWords(s.people)} × 1 transmission = ${formatCount(s.people)}` });
        }
        preCounting = "per-transmission";
      } else {
        pre = perPerson(spans, pairs, reading, ctx, (s) => s.start, (s) => minDate(end(s), DAY_BEFORE_AMENDMENT));
      }
    }
    options.push(
      readings(pre, post, whole, { pre: preCounting, person: "per-person-per-recipient" }, preCounting === "per-transmission" ? "transmissions" : "recoveries (transmissions not countable)", "one recovery per person, identifier, method and recipient"),
    );
  }
  const best = (key: keyof Readings) => options.reduce((a, b) => (b[key].count > a[key].count ? b : a))[key];
  return { amended: best("amended"), cothron: best("cothron") };
}

/** Whether a 15(d) flow's transmissions can be counted one by one before the amendment. */
export function countablePerTransmission(d: Disclosure | undefined, rate: number | "unknown"): boolean {
  if (!d) return false;
  return ((d.frequency === "per-scan" || d.frequency === "continuous") && rate !== "unknown") || d.frequency === "daily" || d.frequency === "one-time";
}

/** 15(a), 15(c), 15(e): one recovery per Illinois person whose data was held inside the window. */
export function oncePerPerson(spans: readonly Span[], ctx: DateContext, end: (s: Span) => string = (s) => s.possessionEnd): Tally {
  const parts: Array<{ count: number; words: string }> = [];
  for (const s of spans) {
    if (end(s) < s.start) continue;
    if (ctx.forward && s.firstCapture < ctx.windowStart) continue;
    parts.push({ count: s.people, words: `${s.label}: ${peopleWords(s.people)} × 1` });
  }
  const count = sum(parts);
  return { count, counting: "per-person-once", people: count, words: joined(parts, count, "people") };
}
