import { sum } from "./price.js";
import type { ExposureLine, StackingReadings } from "./types.js";

/**
 * Both readings of stacking (bipa-reference.md §1.7: unsettled whether one person recovers under
 * several subsections at once). Stacked: every line added. No stacking: each person recovers under
 * one section only; the estimate cannot pair people across sections, so it gives the largest single
 * section's figure, which that reading can never fall below.
 */
export function stackingReadings(lines: readonly ExposureLine[]): StackingReadings {
  const bySection = new Map<string, ExposureLine[]>();
  for (const l of lines) {
    const list = bySection.get(l.section);
    if (list) list.push(l);
    else bySection.set(l.section, [l]);
  }
  const sections = [...bySection.entries()]
    .map(([section, group]) => ({ section, amountUsd: sum(group.map((l) => l.amountUsd)) }))
    .sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : 0));
  const largest = (key: "low" | "high") => sections.reduce<{ section: string; amountUsd: { low: number; high: number } } | undefined>((a, b) => (!a || b.amountUsd[key] > a.amountUsd[key] ? b : a), undefined);
  const low = largest("low");
  const high = largest("high");
  return {
    noStackingUsd: { low: low?.amountUsd.low ?? 0, high: high?.amountUsd.high ?? 0 },
    stackedUsd: sum(lines.map((l) => l.amountUsd)),
    largestSection: { low: low?.section.replace("740 ILCS 14/", "") ?? "none", high: high?.section.replace("740 ILCS 14/", "") ?? "none" },
    bySection: sections,
  };
}

const ONCE_PER_ENTITY = new Set(["740 ILCS 14/15(a)", "740 ILCS 14/15(c)", "740 ILCS 14/15(e)"]);

/**
 * The total of estimates made system by system (the NDJSON stream), combined exactly as one estimate
 * of all the systems combines them, in bounded memory: lines summed per section, except that lines
 * with the same `samePeopleKey` (15(a), (c) and (e) by section; 15(b) and 15(d) by identifier ×
 * method pairs and recipient) keep only the largest low count (the same people); the total's low is
 * the largest section (no stacking), its high the sum of every line (stacked). Lines from before the
 * key existed read 15(a), (c) and (e) by section, as they were counted then.
 */
export class ExposureTotals {
  private readonly lowBySection = new Map<string, number>();
  /** The largest low per key, and the section it adds to. */
  private readonly lowByKey = new Map<string, { section: string; low: number }>();
  private high = 0;

  /** Adds one estimate's lines (of any number of systems). */
  add(lines: Iterable<ExposureLine>): void {
    for (const l of lines) {
      this.high += l.amountUsd.high;
      const key = l.samePeopleKey ?? (ONCE_PER_ENTITY.has(l.section) ? l.section : undefined);
      if (key === undefined) {
        this.lowBySection.set(l.section, (this.lowBySection.get(l.section) ?? 0) + l.amountUsd.low);
        continue;
      }
      const seen = this.lowByKey.get(key);
      if (!seen) this.lowByKey.set(key, { section: l.section, low: l.amountUsd.low });
      else if (l.amountUsd.low > seen.low) seen.low = l.amountUsd.low;
    }
  }

  totalUsd(): { low: number; high: number } {
    const bySection = new Map(this.lowBySection);
    for (const { section, low } of this.lowByKey.values()) bySection.set(section, (bySection.get(section) ?? 0) + low);
    let low = 0;
    for (const v of bySection.values()) if (v > low) low = v;
    return { low, high: this.high };
  }
}
