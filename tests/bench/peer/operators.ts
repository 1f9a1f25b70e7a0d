import type { Engine } from "json-rules-engine";

/*
 * The custom operators the peer's rules use. Profile dates may be partial ("2004", "2018-06"); each
 * stands for an interval of days, so comparisons use its first or last day, as the rules do.
 */

const isDate = (v: unknown): v is string => typeof v === "string" && v !== "unknown";

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** First day a (possibly partial) date can mean. */
function earliest(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day a (possibly partial) date can mean. */
function latest(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, "0")}`;
  return date;
}

/** A count known to be zero: 0, or a range whose ceiling is 0. */
function isZeroCount(count: unknown): boolean {
  return count === 0 || (typeof count === "object" && count !== null && (count as { atMost?: unknown }).atMost === 0);
}

/** Whether a place named in a profile is Illinois: the word, or the postal code as a token ("IL", "US-IL"); as bipa-check reads it. */
function namesIllinois(place: string): boolean {
  return /\billinois\b/i.test(place) || /(^|[^A-Za-z])IL([^A-Za-z]|$)/.test(place);
}

export function withOperators(engine: Engine): Engine {
  // The date could have started before `b` (a full day).
  engine.addOperator<unknown, string>("dateBefore", (a, b) => isDate(a) && earliest(a) < b);
  // The date could have started on or before `b` (a full day).
  engine.addOperator<unknown, string>("dateNotAfter", (a, b) => isDate(a) && earliest(a) <= b);
  // Every day `a` can mean is after every day `b` can mean: certainly late.
  engine.addOperator<unknown, unknown>("certainlyAfter", (a, b) => isDate(a) && isDate(b) && earliest(a) > latest(b));
  // Every day `a` can mean is on or before every day `b` can mean: certainly in time.
  engine.addOperator<unknown, unknown>("certainlyNotAfter", (a, b) => isDate(a) && isDate(b) && latest(a) <= earliest(b));
  engine.addOperator<unknown, boolean>("isBlank", (a, b) => (typeof a !== "string" || a.trim() === "") === b);
  engine.addOperator<unknown, boolean>("isZeroCount", (a, b) => isZeroCount(a) === b);
  engine.addOperator<unknown, boolean>("namesIllinois", (a, b) => (Array.isArray(a) && a.some((p) => typeof p === "string" && namesIllinois(p))) === b);
  engine.addOperator<unknown, boolean>("isEmpty", (a, b) => (Array.isArray(a) && a.length === 0) === b);
  engine.addOperator<unknown, readonly string[]>("containsAny", (a, b) => Array.isArray(a) && a.some((x) => b.includes(x as string)));
  return engine;
}
