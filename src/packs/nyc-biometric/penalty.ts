import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { countBounds } from "../../practices/counts.js";
import type { System } from "../../practices/schema.js";
import { CUSTOMERS } from "./applicability.js";
import { CURE_DAYS, EFFECTIVE_FROM } from "./dates.js";
import { num, usd, whole } from "./money.js";
import { collectionPeriod } from "./period.js";
import { peopleInTerritory } from "./territory.js";
import { indexBy } from "../../util/index-by.js";

/** Damages per violation (bipa-reference.md §4.5). */
export const PER_VIOLATION_USD = { negligent: 500, intentionalOrReckless: 5_000 } as const;

const SECTIONS: Record<string, string> = {
  "nyc-biometric/entrance-signage": "N.Y.C. Admin. Code §22-1202(a)",
  "nyc-biometric/no-sale-or-profit": "N.Y.C. Admin. Code §22-1202(b)",
};

/**
 * Private damages. What one violation is, the reference does not settle: the low figure counts one
 * per customer at $500, the high one per capture (visit) at the $5,000 intentional or reckless rate.
 * The signage exposure is curable within 30 days after written notice; the sale ban is not.
 */
export function penalty({ profile, findings, applies, asOf }: PenaltyContext): PenaltyEstimate {
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    "What counts as one violation is not settled in the reference (per customer? per visit?): the low figure counts one violation per customer at $500, the high figure one per capture (visit) at the $5,000 rate for an intentional or reckless violation. Neither is settled law.",
    `Signage (22-1202(a)) is curable: a suit needs ${CURE_DAYS} days' written notice and a chance to cure first (Mallouk v. Amazon.com, 2024), so the signage line is exposure only where no cure follows a notice. The sale and profit ban (22-1202(b)) has no cure period.`,
    "The lines of the two claims are added; whether one customer recovers under both for one course of conduct is not settled in the reference.",
    "Attorneys' and expert fees and costs are recoverable on top and not estimated. Employees are not counted: the law covers customers.",
    "Paying a vendor to run face recognition is not profiting (Gross v. Madison Square Garden Entertainment, 2024); such payments are not counted.",
    "Risks (including unknown facts) and notes are not counted. A cure works going forward: claims already accrued remain.",
  ];
  const inScope = new Set(applies.map((i) => profile.systems[i]?.id));
  const systems = indexBy(profile.systems, (s) => s.id);
  for (const f of findings) {
    if (f.severity !== "violation" || f.basis !== "fact" || f.systemId === undefined || !inScope.has(f.systemId)) continue;
    const system = systems.get(f.systemId);
    const section = SECTIONS[f.ruleId];
    if (!system || section === undefined) continue;
    const line = damages(system, f.ruleId, section, asOf);
    if (line) lines.push(line);
    else notes.push(`${system.name}: the number of customers in New York City is not stated, so ${section} is not priced.`);
  }
  return { currency: "USD", low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0), lines, notes };
}

/** Customers of the system served in New York City (the customer groups, when the people are not all customers). */
function customers(system: System): { low: number; high: number } | undefined {
  const all = system.subjects.every((s) => CUSTOMERS.has(s.population));
  const people = all ? peopleInTerritory(system) : undefined;
  if (people) return { low: people.low, high: people.high ?? people.low };
  const capture = system.places.capture;
  if (capture === "unknown" || !capture.every((p) => p === "US-NY/new-york-city")) return undefined;
  let low = 0;
  let high = 0;
  for (const group of system.subjects.filter((s) => CUSTOMERS.has(s.population))) {
    const b = countBounds(group.count);
    if (b === undefined) return undefined;
    low += b.low;
    high += b.high ?? b.low;
  }
  return { low, high };
}

function damages(system: System, ruleId: string, section: string, asOf: string): PenaltyLine | undefined {
  const people = customers(system);
  if (!people) return undefined;
  const low = people.low * PER_VIOLATION_USD.negligent;
  const lowWords = `Per customer: ${whole(people.low)} × ${usd(PER_VIOLATION_USD.negligent)} = ${usd(low)}`;
  const period = collectionPeriod(system, EFFECTIVE_FROM, asOf);
  const perYear = system.collection.scansPerSubjectPerYear;
  if (!period || perYear === "unknown") {
    const high = people.high * PER_VIOLATION_USD.intentionalOrReckless;
    return {
      label: `${ruleId} on ${system.name}`,
      section,
      arithmetic: `${lowWords}; per customer at the intentional or reckless rate: ${whole(people.high)} × ${usd(PER_VIOLATION_USD.intentionalOrReckless)} = ${usd(high)} (the per-visit reading needs the capture dates and captures a year)`,
      low,
      high,
      recoveredBy: "private-plaintiffs",
    };
  }
  const computed = Math.round((people.high * perYear * period.days) / 365);
  // Every customer counted was captured at least once.
  const visits = Math.max(people.high, computed);
  const floor = visits > computed ? `, at least one per customer: ${whole(visits)}` : "";
  const high = visits * PER_VIOLATION_USD.intentionalOrReckless;
  return {
    label: `${ruleId} on ${system.name}`,
    section,
    arithmetic: `${lowWords}; per visit: ${whole(people.high)} customers × ${num(perYear)} captures a year × ${whole(period.days)} days (${period.from} to ${period.to}) / 365 = ${whole(computed)} captures${floor} × ${usd(PER_VIOLATION_USD.intentionalOrReckless)} = ${usd(high)}`,
    low,
    high,
    recoveredBy: "private-plaintiffs",
  };
}
