import type { PenaltyContext, PenaltyEstimate } from "../../core/pack.js";
import { specialCategoryCondition } from "./rules/special-category-condition.js";
import { storageLimitation } from "./rules/storage-limitation.js";

/** Art. 83(5): €20M or 4% of worldwide annual turnover, whichever is higher. */
const FLOOR_EUR = 20_000_000;
const TURNOVER_SHARE = 0.04;

/** Findings under the articles Art. 83(5) names (5, 6, 7, 9) that this pack checks. */
const TIER_83_5 = new Set([specialCategoryCondition.id, storageLimitation.id]);

const eur = (n: number): string => `€${n.toLocaleString("en-US")}`;

/**
 * The GDPR's figure is the maximum fine a supervisory authority may impose, not damages. One cap is
 * shown for the organization; the Clearview fines are reference points, not a tariff.
 */
export function euGdprPenalty({ profile, findings, applies }: PenaltyContext): PenaltyEstimate {
  const applying = new Set(applies.map((i) => profile.systems[i]?.id).filter((id): id is string => id !== undefined));
  const counted = findings.filter((f) => f.systemId !== undefined && applying.has(f.systemId) && f.severity === "violation" && f.basis === "fact" && TIER_83_5.has(f.ruleId));
  const notes = [
    "The figure is the maximum fine a supervisory authority may impose under Art. 83(5), not damages anyone recovers; authorities set the amount case by case.",
    "Reference points, not a tariff: the Clearview fines of €20M (Italy, Greece, France) and €30.5M (Netherlands); the UK ICO's £7,552,800 under the UK GDPR.",
    "Orders may add periodic penalties: the CNIL set €100,000 a day after two months and liquidated €5.2M; the Dutch authority set up to €5.1M.",
    "Findings under Arts. 15, 27 and 35 fall under fine provisions the reference does not give; they are not counted here. Compensation claims (Art. 82) and national criminal penalties (Art. 84) are not estimated.",
    "One cap is shown for the organization; how infringements across several systems combine is not addressed in the reference.",
  ];
  if (counted.length === 0) return { currency: "EUR", low: 0, high: 0, lines: [], notes };
  const turnover = profile.organization.worldwideTurnoverEur;
  const systems = [...new Set(counted.map((f) => f.systemId))].length;
  let cap: number;
  let arithmetic: string;
  if (turnover === "unknown") {
    cap = FLOOR_EUR;
    arithmetic = `max(${eur(FLOOR_EUR)}, 4% × unknown turnover) ≥ ${eur(FLOOR_EUR)}`;
    notes.push("Worldwide annual turnover is unknown (organization.worldwideTurnoverEur): the €20M arm is shown; 4% of turnover may be higher.");
  } else {
    const share = Math.round(turnover * TURNOVER_SHARE);
    cap = Math.max(FLOOR_EUR, share);
    arithmetic = `max(${eur(FLOOR_EUR)}, 4% × ${eur(turnover)} = ${eur(share)}) = ${eur(cap)}`;
  }
  return {
    currency: "EUR",
    low: cap,
    high: cap,
    lines: [
      {
        label: `Maximum fine for ${counted.length} infringement finding${counted.length === 1 ? "" : "s"} of Arts. 5 or 9 on ${systems} system${systems === 1 ? "" : "s"}`,
        section: "Regulation (EU) 2016/679, Art. 83(5)",
        arithmetic,
        low: cap,
        high: cap,
        recoveredBy: "regulator",
      },
    ],
    notes,
  };
}
