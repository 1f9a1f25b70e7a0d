import type { PenaltyContext, PenaltyEstimate, PenaltyLine } from "../../core/pack.js";
import { PENALTIES_APPLY_FROM } from "./elements.js";
import { untargetedFaceScraping } from "./rules/untargeted-face-scraping.js";

/** Art. 99(3): €35M or 7% of worldwide annual turnover; higher of the two, or for SMEs the lower ([S]). */
const FIXED_EUR = 35_000_000;
const TURNOVER_SHARE = 0.07;
const SECTION = "Regulation (EU) 2024/1689, Art. 99(3)";

const eur = (n: number): string => `€${n.toLocaleString("en-US")}`;

interface Reading {
  value: number;
  arithmetic: string;
  /** true when the value is a floor (turnover unknown, the higher of the two). */
  atLeast: boolean;
}

function higher(turnover: number | "unknown"): Reading {
  if (turnover === "unknown") return { value: FIXED_EUR, arithmetic: `max(${eur(FIXED_EUR)}, 7% × unknown turnover) ≥ ${eur(FIXED_EUR)}`, atLeast: true };
  const share = Math.round(turnover * TURNOVER_SHARE);
  const value = Math.max(FIXED_EUR, share);
  return { value, arithmetic: `max(${eur(FIXED_EUR)}, 7% × ${eur(turnover)} = ${eur(share)}) = ${eur(value)}`, atLeast: false };
}

function lower(turnover: number | "unknown"): Reading {
  // With turnover unknown the lower of the two is anywhere from €0 to €35M: €0 is the only floor.
  if (turnover === "unknown") return { value: 0, arithmetic: `min(${eur(FIXED_EUR)}, 7% × unknown turnover) ≤ ${eur(FIXED_EUR)}`, atLeast: false };
  const share = Math.round(turnover * TURNOVER_SHARE);
  const value = Math.min(FIXED_EUR, share);
  return { value, arithmetic: `min(${eur(FIXED_EUR)}, 7% × ${eur(turnover)} = ${eur(share)}) = ${eur(value)}`, atLeast: false };
}

/**
 * The maximum fine a national authority may impose for the prohibited practice, not damages. Before
 * the penalty provisions apply (2 Aug 2025) the line is zero and says why.
 */
export function euAiActPenalty({ profile, findings, applies, asOf }: PenaltyContext): PenaltyEstimate {
  const applying = new Set(applies.map((i) => profile.systems[i]?.id).filter((id): id is string => id !== undefined));
  const counted = findings.filter((f) => f.ruleId === untargetedFaceScraping.id && f.systemId !== undefined && applying.has(f.systemId) && f.severity === "violation" && f.basis === "fact");
  const notes = [
    "The figure is the maximum fine a national authority may impose (Member States lay down and enforce the penalty rules, Art. 99(1)), not damages anyone recovers.",
    "The SME and start-up rule (the lower of the two amounts) rests on one secondary source ([S]).",
    "The GDPR applies alongside the ban: see the eu-gdpr pack for its own maximum and the regulators' Clearview orders.",
  ];
  if (counted.length === 0) return { currency: "EUR", low: 0, high: 0, lines: [], notes };
  const label = `Maximum fine for the prohibited practice (${counted.length} system${counted.length === 1 ? "" : "s"})`;
  if (asOf < PENALTIES_APPLY_FROM) {
    notes.push(`On ${asOf} the penalty provisions did not yet apply (from 2 Aug 2025), although the ban did (from 2 Feb 2025).`);
    const line: PenaltyLine = { label, section: SECTION, arithmetic: `penalty provisions apply from 2025-08-02; on ${asOf}: €0`, low: 0, high: 0, recoveredBy: "regulator" };
    return { currency: "EUR", low: 0, high: 0, lines: [line], notes };
  }
  const org = profile.organization;
  const turnover = org.worldwideTurnoverEur;
  if (turnover === "unknown") notes.push("Worldwide annual turnover is unknown (organization.worldwideTurnoverEur).");
  let low: Reading;
  let high: Reading;
  let arithmetic: string;
  if (org.smallBusiness === true) {
    low = high = lower(turnover);
    arithmetic = `SME or start-up, the lower: ${low.arithmetic}`;
    if (turnover === "unknown") high = { value: FIXED_EUR, arithmetic: "", atLeast: false };
  } else if (org.smallBusiness === false) {
    low = high = higher(turnover);
    arithmetic = `the higher: ${high.arithmetic}`;
  } else {
    low = lower(turnover);
    high = higher(turnover);
    arithmetic = `if an SME or start-up, the lower: ${low.arithmetic}; otherwise the higher: ${high.arithmetic}`;
    notes.push("Whether the organization is an SME or start-up is unknown (organization.smallBusiness): the low figure reads it as one, the high figure as not.");
  }
  if (high.atLeast) notes.push("The high figure is a floor: 7% of turnover may be higher.");
  const line: PenaltyLine = { label, section: SECTION, arithmetic, low: low.value, high: high.value, recoveredBy: "regulator" };
  return { currency: "EUR", low: line.low, high: line.high, lines: [line], notes };
}
