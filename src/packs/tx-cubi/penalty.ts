import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { countBounds } from "../../practices/counts.js";
import type { System } from "../../practices/schema.js";
import { texasPresence } from "./territory.js";

/** §503.001(d): "not more than $25,000 for each violation" (as enacted [V]; current wording [V2]). */
export const PER_VIOLATION_USD = 25_000;

const SECTION = "Tex. Bus. & Com. Code §503.001(d)";

/**
 * The duty each rule enforces: rules resting on one subsection count as one duty, so informing and
 * consenting ((b), (b-1)) or selling and disclosing ((c)(1)) are not counted twice.
 */
const DUTY: Readonly<Record<string, string>> = {
  "tx-cubi/inform-before-capture": "(b)",
  "tx-cubi/consent-before-capture": "(b)",
  "tx-cubi/public-images-not-consent": "(b)",
  "tx-cubi/no-sale-or-lease": "(c)(1)",
  "tx-cubi/disclosure-exceptions": "(c)(1)",
  "tx-cubi/reasonable-care": "(c)(2)",
  "tx-cubi/destruction-deadline": "(c)(3)",
};
const dutyOf = (ruleId: string): string => DUTY[ruleId] ?? ruleId;
const usd = (n: number): string => `$${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** People of a system in Texas, as far as the profile counts them: the largest count it allows, and how sure that is. */
function texasPeople(system: System): { count: number; words: string } | undefined {
  let low = 0;
  let high = 0;
  let open = false;
  for (const c of texasPresence(system).counts) {
    const b = countBounds(c);
    if (!b) return undefined;
    low += b.low;
    if (b.high === undefined) open = true;
    high += b.high ?? b.low;
  }
  if (high === 0) return undefined;
  const words = open ? `at least ${high} people in Texas` : low === high ? `${plural(high, "person", "people")} in Texas` : `${low}-${high} people in Texas`;
  return { count: high, words };
}

/**
 * The civil penalty the Attorney General may seek. What one "violation" is, is not settled in the
 * reference, so each line carries two readings: one per duty broken by a system (low) and one per
 * person per duty broken (high). Both are statutory maxima, not a prediction or damages.
 */
export function penalty(ctx: PenaltyContext): PenaltyEstimate {
  const lines: PenaltyLine[] = [];
  const notes: string[] = [
    `A civil penalty of up to ${usd(PER_VIOLATION_USD)} for each violation, which only the Attorney General may sue for (${SECTION}). These are statutory maxima the Attorney General may seek, not damages anyone recovers: there is no private right of action.`,
    "What counts as one violation is not settled in the reference. Low reading: one violation per duty a system breaks (per system or practice; rules resting on one subsection count once). High reading: one violation per person per duty broken. A court or settlement may set any amount up to the maximum.",
  ];
  let uncounted = false;
  for (const index of ctx.applies) {
    const system = ctx.profile.systems[index];
    if (!system) continue;
    const rules = [...new Set(ctx.findings.filter((f) => f.systemId === system.id && f.severity === "violation" && f.basis === "fact").map((f) => dutyOf(f.ruleId)))].sort();
    if (rules.length === 0) continue;
    const perPractice = rules.length * PER_VIOLATION_USD;
    const people = texasPeople(system);
    const duties = plural(rules.length, "duty", "duties");
    const practiceText = `per practice: ${duties} × ${usd(PER_VIOLATION_USD)} = ${usd(perPractice)}`;
    if (people) {
      const perPerson = rules.length * people.count * PER_VIOLATION_USD;
      lines.push({
        label: `${system.name}: ${duties} broken (§503.001${rules.join(", ")})`,
        section: SECTION,
        arithmetic: `${practiceText}; per person: ${duties} × ${people.words} × ${usd(PER_VIOLATION_USD)} = ${usd(perPerson)}`,
        low: perPractice,
        high: Math.max(perPractice, perPerson),
        recoveredBy: "regulator",
      });
    } else {
      uncounted = true;
      lines.push({
        label: `${system.name}: ${duties} broken (§503.001${rules.join(", ")})`,
        section: SECTION,
        arithmetic: `${practiceText}; per person: not computed (the profile does not count ${system.name}'s people in Texas)`,
        low: perPractice,
        high: perPractice,
        recoveredBy: "regulator",
      });
    }
  }
  if (uncounted) notes.push("Where the profile does not count a system's people in Texas, the per-person reading is not computed and the line shows the per-practice figure only.");
  const risks = ctx.findings.filter((f) => f.severity !== "violation" || f.basis !== "fact").length;
  if (risks > 0) notes.push(`Only violations on stated facts are counted; ${plural(risks, "risk or note", "risks and notes")} (unknown or unsettled facts) are not.`);
  notes.push(
    "People in several systems are counted once in each system.",
    "Context, not a prediction: Texas v. Meta settled for $1.4B (announced 30 July 2024, paid over five years; with Deceptive Trade Practices Act claims), and Texas v. Google for $1.375B (signed 31 Oct 2025, resolving two 2022 suits).",
  );
  return {
    currency: "USD",
    low: lines.reduce((sum, l) => sum + l.low, 0),
    high: lines.reduce((sum, l) => sum + l.high, 0),
    lines,
    notes,
  };
}
