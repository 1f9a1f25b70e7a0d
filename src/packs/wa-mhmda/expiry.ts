import { earliestDay, latestDay } from "../../practices/dates.js";

/**
 * One year after a day (YYYY-MM-DD). A 29 February signature gets 1 March: the lenient reading, so an
 * authorization is called invalid only when it is certainly too long.
 */
export function oneYearAfter(day: string): string {
  const [y, m, d] = day.split("-");
  if (m === "02" && d === "29") return `${Number(y) + 1}-03-01`;
  return `${String(Number(y) + 1).padStart(4, "0")}-${m}-${d}`;
}

/** Whether an authorization's expiry is more than a year after its signature: yes, no, or not knowable from these dates. */
export function expiryTooLate(signed: string, expires: string): "yes" | "no" | "unknown" {
  if (earliestDay(expires) > oneYearAfter(latestDay(signed))) return "yes";
  if (latestDay(expires) <= oneYearAfter(earliestDay(signed))) return "no";
  return "unknown";
}

/** Whether an authorization had expired by `asOf` (it is valid through its expiry day). */
export function expiredBy(expires: string, asOf: string): "yes" | "no" | "unknown" {
  if (latestDay(expires) < asOf) return "yes";
  if (earliestDay(expires) >= asOf) return "no";
  return "unknown";
}
