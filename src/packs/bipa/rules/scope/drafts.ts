import type { EvidenceRef, FindingDraft } from "../../rule.js";
import type { RemedyId } from "../../remedies/ids.js";

/**
 * A draft that takes the system outside BIPA. The engine reports it as the system's only finding
 * (severity info). It carries no remedial measure: nothing under BIPA is left to cure.
 */
export function excluded(message: string, evidence: EvidenceRef[]): FindingDraft {
  return { message, evidence, severity: "info", basis: "fact", remedies: [], excludes: true };
}

/**
 * A draft for an applicability fact left unknown (or contradicted by another fact): the system is
 * audited as covered, and the finding asks for the fact.
 */
export function unsettled(
  message: string,
  evidence: EvidenceRef[],
  options: { severity: "risk" | "info"; key?: string; remedies?: readonly RemedyId[]; basis?: "fact" | "unknown" },
): FindingDraft {
  return {
    message,
    evidence,
    severity: options.severity,
    // Facts that contradict each other are stated facts ("fact"); a fact left open is "unknown".
    basis: options.basis ?? "unknown",
    remedies: options.remedies ?? ["establish-unknown-facts"],
    ...(options.key !== undefined ? { key: options.key } : {}),
  };
}

