import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { biometricBreaches, californians, CPI_ADJUSTED_FROM, CPPA_ENFORCEMENT, encrypted } from "./facts.js";
import { breachOfUnencryptedData } from "./rules/breach-of-unencrypted-data.js";

/** Amounts by period: the statute, then the CPI adjustment from 1 Jan 2025 (bipa-reference.md §4.3). */
function amounts(asOf: string) {
  return asOf >= CPI_ADJUSTED_FROM
    ? { perViolation: 2_663, intentional: 7_988, breachLow: 107, breachHigh: 799, period: "CPI-adjusted amounts from 1 Jan 2025" }
    : { perViolation: 2_500, intentional: 7_500, breachLow: 100, breachHigh: 750, period: "statutory amounts before the 1 Jan 2025 adjustment" };
}

const usd = (n: number): string => `$${n.toLocaleString("en-US")}`;
const num = (n: number): string => n.toLocaleString("en-US");

/**
 * The CCPA's figures: civil or administrative penalties the CPPA or the Attorney General may seek
 * (maximums, not damages), and the breach private action. What "a violation" is, is not settled in
 * the reference: the low figure reads one violation per duty breached per system, the high one per
 * person in California per duty, at the intentional rate.
 */
export function caCcpaPenalty({ profile, findings, applies, asOf }: PenaltyContext): PenaltyEstimate {
  const a = amounts(asOf);
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    `Amounts: ${a.period}.`,
    "Regulator figures are statutory maximums the California Privacy Protection Agency or the Attorney General may seek, not damages anyone recovers.",
    `What counts as one violation is not settled in the reference. Low reading: one violation per duty breached per system, at ${usd(a.perViolation)}. High reading: one violation per person in California per duty, at ${usd(a.intentional)} (the rate for intentional violations or those involving minors). Neither is settled law.`,
    "Only findings on stated facts (violations) are counted; risks from unknown facts are not.",
    "No CCPA enforcement action specific to biometrics was found (bipa-reference.md §4.3, [UNVERIFIED]).",
  ];
  if (asOf < CPPA_ENFORCEMENT) notes.push(`On ${asOf} the CPPA did not yet enforce (from 1 July 2023); the Attorney General did.`);
  let unknownCount = false;

  for (const index of applies) {
    const system = profile.systems[index];
    if (system === undefined) continue;
    const people = californians(system);
    const highPeople = people.high ?? people.low;
    if (people.high === undefined) unknownCount = true;
    const violations = findings.filter(
      (f) => f.systemId === system.id && f.severity === "violation" && f.basis === "fact" && f.ruleId !== breachOfUnencryptedData.id,
    ).length;
    if (violations > 0) {
      const low = violations * a.perViolation;
      const high = violations * highPeople * a.intentional;
      lines.push({
        label: `${system.name}: civil penalties the CPPA or Attorney General may seek`,
        section: "Cal. Civ. Code §1798.100 et seq. (penalty provisions)",
        arithmetic: `low: ${num(violations)} violation${violations === 1 ? "" : "s"} × ${usd(a.perViolation)} = ${usd(low)} (per duty); high: ${num(violations)} × ${num(highPeople)} ${people.high === undefined ? "(at least) " : ""}people in California × ${usd(a.intentional)} = ${usd(high)} (per person, intentional rate)`,
        low,
        high: Math.max(low, high),
        recoveredBy: "regulator",
      });
    }
    const breaches = biometricBreaches(system, asOf);
    if (breaches.length === 0) continue;
    const state = encrypted(system);
    if (state === "unknown") {
      notes.push(`${system.name}: ${breaches.length} breach(es) exposed biometric data, but whether the data was encrypted is unknown, so the private action is not counted.`);
      continue;
    }
    if (state === "yes") continue;
    const low = breaches.length * people.low * a.breachLow;
    const high = breaches.length * highPeople * a.breachHigh;
    lines.push({
      label: `${system.name}: breach private action, per consumer per incident`,
      section: "Cal. Civ. Code §1798.150",
      arithmetic: `${num(breaches.length)} incident${breaches.length === 1 ? "" : "s"} × ${num(people.low)}${people.high !== undefined && people.high !== people.low ? `–${num(people.high)}` : people.high === undefined ? " (at least)" : ""} people in California × ${usd(a.breachLow)}–${usd(a.breachHigh)} = ${usd(low)}–${usd(high)}`,
      low,
      high,
      recoveredBy: "private-plaintiffs",
    });
    notes.push(`${system.name}: the breach figure uses today's encryption facts; the action turns on whether the data was encrypted when it was breached. Actual damages may be claimed instead if greater.`);
  }
  if (unknownCount) notes.push("Where the number of people in California is not known, the high figure uses the smallest number the profile allows and is a floor, not a ceiling.");
  return {
    currency: "USD",
    low: lines.reduce((s, l) => s + l.low, 0),
    high: lines.reduce((s, l) => s + l.high, 0),
    lines,
    notes,
  };
}
