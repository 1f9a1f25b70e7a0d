import { sectionOf } from "../exposure/damages.js";
import { AMENDMENT_EFFECTIVE, LOOKBACK_YEARS, shiftDays, shiftYears } from "../exposure/dates.js";
import { PER_VIOLATION_USD } from "../exposure/price.js";
import type { ExposureEstimate, Range } from "../exposure/types.js";
import { formatUsd } from "../exposure/words.js";
import type { Practices } from "../../../practices/schema.js";
import type { Finding } from "../../../core/report.js";
import type { ForwardEffect, Horizon } from "../../../plan/types.js";
import { indexBy } from "../../../util/index-by.js";

/** The horizon stated when none is asked for. */
export const DEFAULT_HORIZON_YEARS = 1;
/** The longest horizon accepted: past the five-year look-back nothing more can be said. */
export const MAX_HORIZON_YEARS = 10;

/**
 * The forward period: from the day after asOf to asOf plus `years` (whole years, 1 to 10).
 * @throws TypeError for a horizon outside 1–10 whole years (a library misuse).
 */
export function horizonOf(asOf: string, years?: number): Horizon {
  const y = years ?? DEFAULT_HORIZON_YEARS;
  if (!Number.isInteger(y) || y < 1 || y > MAX_HORIZON_YEARS) {
    throw new TypeError(`horizonYears must be a whole number of years from 1 to ${MAX_HORIZON_YEARS}, got ${String(years)}`);
  }
  return { years: y, from: shiftDays(asOf, 1), to: shiftYears(asOf, y), isDefault: years === undefined };
}

function diff(a: Range, b: Range): Range {
  return { low: a.low - b.low, high: a.high - b.high };
}

/**
 * A measure's forward effect: the forward estimates with and without it, what one new person would
 * add in the sections it cures, and the plain words on what the law counts going forward
 * (bipa-reference.md §1.4, §1.6, §1.7 "Cure works forward only").
 * @param accrued the estimate as of asOf (its lines give the pairs per person of each section).
 * @param cured the violations whose conduct the measure ends going forward: those it cures (of the
 *   duty it satisfies), and those of a system whose capture it stops.
 */
export function forwardEffect(input: {
  unchanged: ExposureEstimate;
  withMeasure: ExposureEstimate;
  accrued: ExposureEstimate;
  cured: readonly Finding[];
  profile: Practices;
  horizon: Horizon;
  asOf: string;
}): ForwardEffect {
  const { unchanged, withMeasure, accrued, cured, horizon, asOf } = input;
  const avoidedUsd = diff(unchanged.totalUsd, withMeasure.totalUsd);
  const sections = new Set(cured.map((f) => sectionOf(f)).filter((s): s is NonNullable<ReturnType<typeof sectionOf>> => s !== undefined));
  const inForce = asOf >= AMENDMENT_EFFECTIVE;
  // Before the amendment a new person adds a claim per scan, which the profile gives no enrolment date for: no per-person figure then.
  const perNew = perNewPerson(accrued, cured, input.profile, inForce);
  const notes: string[] = [];
  const ends = shiftYears(asOf, LOOKBACK_YEARS);

  if (sections.size === 0) {
    notes.push(
      avoidedUsd.high === 0 && avoidedUsd.low === 0
        ? "It cures no violation found here, so under the counting rules it avoids no new claim; what it changes is the risks it answers and the injunction view."
        : "It cures no violation found here; the change in new claims comes from the practice it alters.",
    );
  }
  if (!inForce && sections.size > 0) {
    notes.push(
      `Before PA 103-0769 took effect on ${AMENDMENT_EFFECTIVE}, each scan and each transmission accrues a separate claim (Cothron), so every further capture or disclosure over the horizon adds one; the figure counts those the profile lets it count (a flow on request, or of unknown frequency, cannot be counted transmission by transmission).`,
    );
  }
  if (inForce && sections.has("b")) {
    notes.push(
      `Collecting again from people who already have a 15(b) claim adds no new recovery: since ${AMENDMENT_EFFECTIVE} PA 103-0769 allows one recovery per person, identifier and method. What this measure avoids is the claims of Illinois people first captured from ${horizon.from} on${perNew.b ? ` (${usd(perNew.b)} each)` : ""}, and the renewal of existing claims.`,
    );
  }
  if (inForce && sections.has("d")) {
    notes.push(
      `Disclosing again the data of people who already have a 15(d) claim to the same recipient adds no new recovery (PA 103-0769: one per person, identifier, method and recipient). What this measure avoids is the claims of people newly enrolled and of any new recipient${perNew.d ? ` (${usd(perNew.d)} per new person for the recipients it covers)` : ""}.`,
    );
  }
  if (sections.has("b") || sections.has("d")) {
    notes.push(
      `Each capture without notice and release, and each transmission without an exception, accrues a claim (Cothron), so while the practice continues the five-year period (Tims) keeps starting again. Once it stops, each person's claims end five years after their last such capture or transmission: by ${ends} if none follows ${asOf}, unless a suit is filed first (an inference in the legal reference, §1.7; tolling is not covered).`,
    );
  }
  const once = [...sections].filter((s) => s === "a" || s === "c" || s === "e");
  if (once.length > 0 && accrued.otherSectionsCounting !== "uncounted") {
    notes.push(
      `${once.map((s) => `15(${s})`).join(", ")} ${once.length === 1 ? "is" : "are"} counted once per person here (the project's convention; the amendment does not address ${once.length === 1 ? "it" : "them"}), so continuing adds no second recovery for people already counted. What the figure counts for ${once.length === 1 ? "it" : "them"} is the people the practice would still be in breach for during the horizon, which keeps their claims inside the five-year period of a suit filed later; each Illinois person newly enrolled would add one${perNew.other ? ` (${usd(perNew.other)} each)` : ""}.`,
    );
  }
  const perNewPersonUsd = perNewPersonRange(perNew.perSystem, perNew.highCount);
  return {
    unchangedUsd: unchanged.totalUsd,
    withMeasureUsd: withMeasure.totalUsd,
    avoidedUsd,
    // Stacking across sections is unsettled (bipa-reference.md §1.7): the low figure takes the largest
    // single section, the high figure adds them, as the accrued total does.
    ...(perNewPersonUsd ? { perNewPersonUsd } : {}),
    notes,
  };
}

function usd(r: Range): string {
  return r.low === r.high ? formatUsd(r.low) : `${formatUsd(r.low)} to ${formatUsd(r.high)}`;
}

/**
 * Recoveries one new Illinois person would add, per section the measure cures: pairs for 15(b), pairs
 * per recipient for 15(d), one for 15(a), (c), (e). Counted per system, since a new person is
 * enrolled in a system: `perSystem` gives, for each, its sections' counts.
 */
function perNewPerson(
  accrued: ExposureEstimate,
  cured: readonly Finding[],
  profile: Practices,
  inForce: boolean,
): { b?: Range; d?: Range; other?: Range; perSystem: Array<{ b: number; d: number; other: number }>; highCount: number } {
  const curedSet = new Set(cured.map((f) => f.fingerprint));
  const bySystem = new Map<string, { b: number; d: number; other: number }>();
  // For the high end: lines that may count the same people (samePeopleKey: 15(a), (c), (e) for the
  // entity; 15(b), (d) by pairs and recipient) add one recovery for a new person, not one a system.
  const byPeople = new Map<string, { section: "b" | "d" | "other"; count: number }>();
  const seen = new Set<string>();
  const estimated = indexBy(accrued.systems, (s) => s.systemId);
  const systems = indexBy(profile.systems, (s) => s.id);
  for (const f of cured) {
    const section = sectionOf(f);
    if (section === undefined || f.systemId === undefined) continue;
    const system = estimated.get(f.systemId);
    const line = system?.lines.find((l) => l.fingerprints?.some((fp) => curedSet.has(fp)) && sectionOf(l) === section);
    const key = line ? `${line.systemId}|${line.section}|${line.recipient ?? ""}` : `${f.systemId}|${section}|${f.fingerprint}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let counts = bySystem.get(f.systemId);
    if (!counts) bySystem.set(f.systemId, (counts = { b: 0, d: 0, other: 0 }));
    const pairs = line?.pairs ?? fallbackPairs(systems.get(f.systemId));
    const part = section === "b" || section === "d" ? section : "other";
    const n = part === "other" ? (accrued.otherSectionsCounting !== "uncounted" ? 1 : 0) : inForce ? pairs : 0;
    counts[part] += n;
    const people = line?.samePeopleKey ?? key;
    const known = byPeople.get(people);
    if (!known) byPeople.set(people, { section: part, count: n });
    else known.count = Math.max(known.count, n);
  }
  const highOf = (part?: "b" | "d" | "other") => [...byPeople.values()].reduce((sum, v) => (part === undefined || v.section === part ? sum + v.count : sum), 0);
  const perSystem = [...bySystem.values()].filter((c) => c.b + c.d + c.other > 0);
  // Per section: low, a person in the one system adding least; high, in every system (once per key).
  const range = (key: "b" | "d" | "other"): Range | undefined => {
    const used = perSystem.filter((c) => c[key] > 0);
    if (used.length === 0) return undefined;
    const low = used.reduce((n, c) => Math.min(n, c[key]), Number.POSITIVE_INFINITY);
    return { low: low * PER_VIOLATION_USD.negligent, high: highOf(key) * PER_VIOLATION_USD.intentionalOrReckless };
  };
  const b = range("b");
  const d = range("d");
  const other = range("other");
  return { ...(b ? { b } : {}), ...(d ? { d } : {}), ...(other ? { other } : {}), perSystem, highCount: highOf() };
}

/**
 * What one new Illinois person adds (bipa-reference.md §1.7 stacking; docs/exposure.md §8). Low: the
 * narrowest reading, a person enrolled in one system only (the one adding least) and recovering under
 * one section only (that system's largest); high: enrolled in every system the measure covers, every
 * section added, at the intentional or reckless rate, systems that count the same people once
 * (PA 103-0769: one recovery per person, identifier and method; 15(a), (c), (e) once for the entity).
 */
function perNewPersonRange(perSystem: ReadonlyArray<{ b: number; d: number; other: number }>, high: number): Range | undefined {
  if (perSystem.length === 0) return undefined;
  const low = perSystem.reduce((n, c) => Math.min(n, Math.max(c.b, c.d, c.other)), Number.POSITIVE_INFINITY);
  return { low: low * PER_VIOLATION_USD.negligent, high: high * PER_VIOLATION_USD.intentionalOrReckless };
}

function fallbackPairs(system: Practices["systems"][number] | undefined): number {
  if (!system) return 1;
  return Math.max(1, system.collection.identifierMethods.length || system.modalities.length);
}
