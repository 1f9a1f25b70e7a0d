import { AMENDMENT_EFFECTIVE } from "./dates.js";
import type { ResolvedOptions } from "./options.js";
import type { Readings, Tally } from "./tally.js";
import type { ExposureLine, Range } from "./types.js";
import type { Reading } from "./window.js";
import { formatCount, formatUsd } from "./words.js";

/** Sec. 20(a)(1)–(2): liquidated damages per violation. Ceilings, not awards (Cothron ¶42; Rogers v. BNSF). */
export const PER_VIOLATION_USD = { negligent: 1_000, intentionalOrReckless: 5_000 } as const;

type Key = keyof Readings;

/** The retroactivity readings the options allow (only Cothron's before the amendment was law). */
export function allowedReadings(o: ResolvedOptions): Key[] {
  if (!o.amendmentInForce) return ["cothron"];
  if (o.amendment === true) return ["amended"];
  if (o.amendment === false) return ["cothron"];
  return ["amended", "cothron"];
}

const KEY_WORDS: Readonly<Record<Key, string>> = {
  amended: "if PA 103-0769 reaches conduct before 2 Aug 2024",
  cothron: "if it does not, per-scan and per-transmission accrual under Cothron",
};

export interface Priced {
  violations: Range;
  amountUsd: Range;
  arithmetic: string;
  counting: ExposureLine["counting"];
  countingLow?: ExposureLine["counting"];
  peopleRange: Range;
}

/**
 * Low = the smallest allowed count on the narrow reading of the facts × $1,000; high = the largest
 * allowed count on the wide reading × $5,000. The arithmetic names which reading gives each figure.
 * @param prefix words said once before both figures (the pairs counted, say).
 */
export function price(byReading: Record<Reading, Readings>, o: ResolvedOptions, prefix = ""): Priced | undefined {
  const keys = allowedReadings(o);
  const pick = (reading: Reading, better: (a: Tally, b: Tally) => boolean) =>
    keys.map((k) => ({ key: k, tally: byReading[reading][k] })).reduce((a, b) => (better(b.tally, a.tally) ? b : a));
  const low = pick("narrow", (a, b) => a.count < b.count);
  const high = pick("wide", (a, b) => a.count > b.count);
  if (high.tally.count === 0) return undefined;
  const amountUsd = { low: low.tally.count * PER_VIOLATION_USD.negligent, high: high.tally.count * PER_VIOLATION_USD.intentionalOrReckless };
  const both = keys.length === 2 && (byReading.narrow.amended.count !== byReading.narrow.cothron.count || byReading.wide.amended.count !== byReading.wide.cothron.count);
  const factsDiffer = byReading.narrow[low.key].count !== byReading.wide[low.key].count || byReading.narrow[high.key].count !== byReading.wide[high.key].count;
  // The two readings can word a count differently and still reach the same number: then the words,
  // not the number, are what differ, and the label still says which reading each is.
  const facts = (narrow: boolean) => (narrow ? "the narrowest reading of the facts" : "the widest reading of the facts");
  const label = (key: Key, narrow: boolean) => [both ? KEY_WORDS[key] : "", factsDiffer ? facts(narrow) : ""].filter(Boolean).join("; ") || facts(narrow);
  const body = low.tally.words === high.tally.words ? high.tally.words : `Low (${label(low.key, true)}): ${low.tally.words}. High (${label(high.key, false)}): ${high.tally.words}`;
  const unsettled = both ? `. Whether PA 103-0769 reaches conduct before ${AMENDMENT_EFFECTIVE} is unsettled, so the range covers both` : "";
  const assumedNot =
    keys.length === 1 && keys[0] === "cothron" && o.amendmentInForce && byReading.wide.amended.count !== byReading.wide.cothron.count
      ? `. Assumed that PA 103-0769 does not reach conduct before ${AMENDMENT_EFFECTIVE}`
      : "";
  return {
    violations: { low: low.tally.count, high: high.tally.count },
    amountUsd,
    arithmetic: `${prefix}${body}${unsettled}${assumedNot}. Low: ${formatCount(low.tally.count)} × ${formatUsd(PER_VIOLATION_USD.negligent)} = ${formatUsd(amountUsd.low)}; high: ${formatCount(high.tally.count)} × ${formatUsd(PER_VIOLATION_USD.intentionalOrReckless)} = ${formatUsd(amountUsd.high)}.`,
    counting: high.tally.counting,
    ...(low.tally.counting !== high.tally.counting ? { countingLow: low.tally.counting } : {}),
    peopleRange: { low: low.tally.people, high: high.tally.people },
  };
}

/** Ranges added up. */
export function sum(ranges: readonly Range[]): Range {
  return ranges.reduce((acc, r) => ({ low: acc.low + r.low, high: acc.high + r.high }), { low: 0, high: 0 });
}
