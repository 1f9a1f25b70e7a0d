import type { Practices, System } from "../../practices/schema.js";
import { countBounds } from "../../practices/counts.js";
import { peopleIn } from "../../practices/places.js";
import type { PartialCount } from "../../practices/primitives.js";
import { earliestDay, latestDay } from "../../practices/dates.js";

/*
 * The facts this pack decides on, read once so the applicability decision, the rules and the
 * penalty model agree. Each answer is "yes", "no" or "unknown" with the pointer that decides it.
 */

export type Answer = "yes" | "no" | "unknown";

/** The CPRA amendments (sensitive personal information, the right to limit, retention disclosure). */
export const CPRA_IN_FORCE = "2023-01-01";
/** The CPPA enforces from this date (the Attorney General before it). */
export const CPPA_ENFORCEMENT = "2023-07-01";
/** Thresholds and penalty amounts adjusted for inflation from this date. */
export const CPI_ADJUSTED_FROM = "2025-01-01";

export const SUBJECTS = "/places/subjects";
export const COMPLETE = "/places/complete";

/** A place code in California: the state, or a city in it. */
export function inCalifornia(place: string): boolean {
  return place === "US-CA" || place.startsWith("US-CA/");
}

/** Whether the system has people in California, and how many (bounds summed over California entries; src/practices/places.ts). */
export function californians(system: System): { answer: Answer; low: number; high: number | undefined } {
  const people = peopleIn(system, "US-CA");
  if (people.answer === "no") return { answer: "no", low: 0, high: 0 };
  const bounds = people.bounds ?? sumKnown(people.entries.map((e) => e.count));
  return { answer: people.answer, low: bounds.low, high: bounds.high };
}

/** Bounds of the entries whose counts are known in part; the high is open when any is unknown. */
function sumKnown(counts: readonly PartialCount[]): { low: number; high: number | undefined } {
  let low = 0;
  let high: number | undefined = 0;
  for (const c of counts) {
    const b = countBounds(c);
    if (b === undefined) {
      high = undefined;
      continue;
    }
    low += b.low;
    high = high === undefined || b.high === undefined ? undefined : high + b.high;
  }
  return { low, high };
}

/** The revenue threshold in force on `asOf`. */
export function revenueThreshold(asOf: string): number {
  return asOf >= CPI_ADJUSTED_FROM ? 26_625_000 : 25_000_000;
}

/** Whether the organization meets one of the three thresholds of a "business", and the reasons. */
export function meetsThreshold(profile: Practices, asOf: string): { answer: Answer; met: string[]; unknown: string[] } {
  const org = profile.organization;
  const threshold = revenueThreshold(asOf);
  const met: string[] = [];
  const unknown: string[] = [];
  const revenue = org.annualRevenueUsd;
  if (revenue === "unknown") unknown.push("organization.annualRevenueUsd");
  else if (revenue > threshold) met.push(`annual gross revenue of $${revenue.toLocaleString("en-US")} is over $${threshold.toLocaleString("en-US")}`);
  const consumers = org.personalInformationTrade.consumersPerYear;
  if (consumers === "unknown") unknown.push("organization.personalInformationTrade.consumersPerYear");
  else if (consumers >= 100_000) met.push(`it buys, sells or shares the personal information of ${consumers.toLocaleString("en-US")} consumers or households a year (100,000 or more)`);
  const share = org.personalInformationTrade.revenueShare;
  if (share === "unknown") unknown.push("organization.personalInformationTrade.revenueShare");
  else if (share >= 0.5) met.push(`${Math.round(share * 100)}% of its revenue comes from selling or sharing personal information (50% or more)`);
  if (met.length > 0) return { answer: "yes", met, unknown };
  return { answer: unknown.length > 0 ? "unknown" : "no", met, unknown };
}

/**
 * Whether the system processes biometric information to uniquely identify people (sensitive
 * personal information, 1798.140(ae)). The stated purpose decides; failing it, the matching mode:
 * 1:N identification and 1:1 verification both single out one person, detection does not.
 */
export function identifiesPeople(system: System): { answer: Answer; pointer: string } {
  if (system.modalities.length === 0 && system.otherTraits.length === 0) return { answer: "no", pointer: "/modalities" };
  const stated = system.dataProtection.purposeUniquelyIdentifies;
  if (stated !== "unknown") return { answer: stated ? "yes" : "no", pointer: "/dataProtection/purposeUniquelyIdentifies" };
  const matching = system.faceMatching;
  if (matching === "identification" || matching === "verification") return { answer: "yes", pointer: "/faceMatching" };
  if (matching === "detection-only") return { answer: "no", pointer: "/faceMatching" };
  return { answer: "unknown", pointer: "/dataProtection/purposeUniquelyIdentifies" };
}

/** Whether the stored biometric data is encrypted (the store, or the templates themselves). */
export function encrypted(system: System): Answer {
  const { encryptionAtRest, templateEncryption } = system.security;
  if (encryptionAtRest === true || templateEncryption === true) return "yes";
  if (encryptionAtRest === false && templateEncryption === false) return "no";
  return "unknown";
}

/** The CCPA, and with it the breach private action of 1798.150, in force from this date. */
export const CCPA_IN_FORCE = "2020-01-01";

/**
 * Breaches that exposed biometric data (templates, vectors or images) and may fall in the CCPA's
 * time: not known to be before 1 Jan 2020, nor after the evaluation date. An unknown date counts.
 */
export function biometricBreaches(system: System, asOf: string): number[] {
  const out: number[] = [];
  system.breaches.forEach((b, i) => {
    if (!b.exposed.some((e) => e === "biometric-templates" || e === "face-vectors" || e === "biometric-images")) return;
    if (b.date !== "unknown" && (latestDay(b.date) < CCPA_IN_FORCE || earliestDay(b.date) > asOf)) return;
    out.push(i);
  });
  return out;
}
