import type { PackApplicability } from "../../core/pack.js";
import { earliestDay } from "../../practices/dates.js";
import type { System } from "../../practices/schema.js";
import { HB149_IN_FORCE, hb149InForce } from "./effective.js";

/*
 * The HB 149 AI exemptions (bipa-reference.md §4.1, "Exemptions"): "From 1 Jan 2026: training,
 * processing or storing biometrics to develop, train, evaluate or offer AI systems, unless the system
 * is used to uniquely identify a specific person; and AI built for security, fraud or illegal-activity
 * prevention. If AI-training biometrics are later used commercially, the Act applies again (new (f))."
 *
 * The exemption is in force from 1 Jan 2026 ("Effective": HB 149 "effective 1 Jan 2026"), so it covers
 * conduct from that day. Conduct before it stays under the unamended §503.001: a system whose capture
 * began before 2026 is still assessed, for that earlier conduct. Whether the exemption also reaches
 * conduct before 1 Jan 2026 is not addressed by the reference; the pack says so wherever it matters.
 */

/** What the AI exemptions make of one system on an as-of date. */
export type AiExemption =
  /** Not in force on the as-of date, the system trains no AI, or its facts do not fit the exemption. */
  | { kind: "none" }
  /** Whether the exemption fits turns on a fact the profile leaves open. */
  | { kind: "open"; decision: PackApplicability }
  /**
   * The exemption's facts hold. `capture`: when the system's capture began (collection.firstCaptureDate,
   * `first`): on or after 1 Jan 2026 (all its conduct is within the exemption), before it (the earlier
   * conduct is not), or not stated.
   */
  | { kind: "holds"; why: string; evidence: string[]; capture: { when: "from-hb149" | "before-hb149"; first: string } | { when: "unknown" } };

const open = (reason: string, evidence: string[]): AiExemption => ({ kind: "open", decision: { status: "unknown", reasons: [reason], evidence } });

/** The AI exemptions of HB 149 for one system (a system with any other purpose stays covered). */
export function aiExemption(system: System, asOf: string): AiExemption {
  const ai = system.aiTraining;
  if (ai.usedToTrain !== true || !hb149InForce(asOf)) return { kind: "none" };
  const aiPurposes = new Set<string>(["ai-training", ...(ai.securityOrFraudPurpose === true ? ["security", "fraud-prevention"] : [])]);
  if (system.purposes.length === 0) {
    return open(`${system.name} trains an AI system; whether the AI exemption (HB 149, from ${HB149_IN_FORCE}) covers it depends on its other purposes, which the profile does not list (purposes).`, ["/purposes"]);
  }
  if (!system.purposes.every((p) => aiPurposes.has(p))) return { kind: "none" };
  if (ai.laterCommercialUse === true) return { kind: "none" };
  const exempt = ai.securityOrFraudPurpose === true || ai.systemUniquelyIdentifies === false;
  if (!exempt) {
    if (ai.systemUniquelyIdentifies === true) return { kind: "none" };
    return open(`${system.name} uses biometrics to train an AI system; it is exempt from ${HB149_IN_FORCE} unless the system uniquely identifies a specific person (aiTraining.systemUniquelyIdentifies), which the profile leaves open.`, [
      "/aiTraining/systemUniquelyIdentifies",
    ]);
  }
  if (ai.laterCommercialUse === "unknown") {
    return open(`${system.name} is within the AI exemption (HB 149) unless the training data is later used for a commercial purpose, which brings the Act back (§503.001(f)); the profile leaves that open (aiTraining.laterCommercialUse).`, [
      "/aiTraining/laterCommercialUse",
    ]);
  }
  const why = ai.securityOrFraudPurpose === true ? "for an AI system built to prevent security incidents, fraud or illegal activity" : "to train an AI system that does not uniquely identify a specific person";
  const first = system.collection.firstCaptureDate;
  const evidence = ["/aiTraining/usedToTrain", "/purposes"];
  if (first === "unknown") return { kind: "holds", why, evidence, capture: { when: "unknown" } };
  // Partial dates ("2025-12", "2026") never straddle 1 January, so the first day they can mean decides.
  return { kind: "holds", why, evidence, capture: { when: earliestDay(first) < HB149_IN_FORCE ? "before-hb149" : "from-hb149", first } };
}

/**
 * Whether the pack assesses only the system's conduct before 1 Jan 2026: the exemption's facts hold on
 * the as-of date, and its capture began before that day.
 */
export function assessedBeforeHb149Only(system: System, asOf: string): { firstCapture: string; why: string } | undefined {
  const e = aiExemption(system, asOf);
  return e.kind === "holds" && e.capture.when === "before-hb149" ? { firstCapture: e.capture.first, why: e.why } : undefined;
}

/** The sentence every such report carries: the exemption covers conduct from 1 Jan 2026, and the earlier conduct is left to the unamended Act. */
export function earlierConductWords(systemName: string, why: string, firstCapture: string): string {
  const began = `${firstCapture.length === 10 ? "on" : "in"} ${firstCapture}`;
  return `From ${HB149_IN_FORCE} HB 149 exempts ${systemName}, which uses biometrics only ${why}; the exemption covers only conduct from that day. ${systemName}'s capture began ${began}, so its conduct before ${HB149_IN_FORCE} stays under the unamended §503.001 and is what this pack assesses. Whether the exemption reaches that earlier conduct is not addressed by the reference.`;
}
