import type { PenaltyContext, PenaltyEstimate } from "../../core/pack.js";
import { headcount, perDutyLines, uncountedFindingsNote, usd } from "../../core/per-duty-penalty.js";
import { HB149_IN_FORCE } from "./effective.js";
import { assessedBeforeHb149Only } from "./hb149.js";
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

/**
 * The civil penalty the Attorney General may seek. What one "violation" is, is not settled in the
 * reference, so each line carries two readings: one per duty broken by a system (low) and one per
 * person per duty broken (high). Both are statutory maxima, not a prediction or damages.
 */
export function penalty(ctx: PenaltyContext): PenaltyEstimate {
  const notes: string[] = [
    `A civil penalty of up to ${usd(PER_VIOLATION_USD)} for each violation, which only the Attorney General may sue for (${SECTION}). These are statutory maxima the Attorney General may seek, not damages anyone recovers: there is no private right of action.`,
    "What counts as one violation is not settled in the reference. Low reading: one violation per duty a system breaks (per system or practice; rules resting on one subsection count once). High reading: one violation per person per duty broken. A court or settlement may set any amount up to the maximum.",
  ];
  const { lines, uncounted } = perDutyLines(ctx, {
    rate: PER_VIOLATION_USD,
    section: SECTION,
    dutyOf,
    people: (system) => {
      const people = headcount(texasPresence(system).counts, { one: "person", many: "people" }, "in Texas");
      // Within an HB 149 exemption from 2026: only people captured before it count, and the profile
      // does not say how many those are, so the count it gives is the most there can be.
      if (!people || !assessedBeforeHb149Only(system, ctx.asOf)) return people;
      return { count: people.count, words: `${people.words} (at most: only those captured before ${HB149_IN_FORCE} count)` };
    },
    label: (system, duties, count) => `${system.name}: ${count} broken (§503.001${duties.join(", ")})`,
    perWhom: "person",
    uncountedWords: "people in Texas",
  });
  if (uncounted) notes.push("Where the profile does not count a system's people in Texas, the per-person reading is not computed and the line shows the per-practice figure only.");
  const earlier = ctx.applies.flatMap((i) => {
    const system = ctx.profile.systems[i];
    const e = system ? assessedBeforeHb149Only(system, ctx.asOf) : undefined;
    return system && e ? [`${system.name} (capture from ${e.firstCapture})`] : [];
  });
  if (earlier.length > 0) {
    notes.push(
      `HB 149 exempts ${earlier.join(", ")} from ${HB149_IN_FORCE}, and the exemption covers only conduct from that day: the figures count its conduct before it, under the unamended §503.001. The per-person reading counts every person the profile gives in Texas, the most there can be; those first captured on or after ${HB149_IN_FORCE} are within the exemption, and the profile does not say how many they are. Whether the exemption reaches conduct before ${HB149_IN_FORCE} is not addressed by the reference.`,
    );
  }
  const left = uncountedFindingsNote(ctx);
  if (left) notes.push(left);
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
