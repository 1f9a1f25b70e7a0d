import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import { ENACTED_YEAR_END, ENACTED_YEAR_START, HB149_IN_FORCE, hb149InForce } from "./effective.js";
import { texasPresence } from "./territory.js";

type Decision = PackApplicability | undefined;

const applies = (reasons: string[], evidence: string[]): PackApplicability => ({ status: "applies", reasons, evidence });
const out = (reason: string, evidence: string[]): PackApplicability => ({ status: "does-not-apply", reasons: [reason], evidence });
const open = (reason: string, evidence: string[]): PackApplicability => ({ status: "unknown", reasons: [reason], evidence });

/** §503.001 reaches a person who captures a biometric identifier for a commercial purpose (bipa-reference.md §4.1). */
export function applicability(ctx: PackSystemContext): PackApplicability {
  const { system, profile, asOf } = ctx;
  if (asOf < ENACTED_YEAR_START) {
    return out(`The Texas Act was enacted in 2001 (HB 678); on ${asOf} it was not yet law.`, []);
  }
  const texas = texasPresence(system);
  if (texas.status === "no") return out(texas.reasons[0]!, texas.evidence);

  if (system.modalities.length === 0) {
    return out(`${system.name} captures no retina or iris scan, fingerprint, voiceprint or record of hand or face geometry (§503.001(a)).`, ["/modalities"]);
  }
  // A fact that takes the system out decides, whatever else is unknown; only then do unknowns leave it open.
  const checks = [glbaVoiceprints(ctx), aiExemption(ctx)];
  const excluded = checks.find((d) => d?.status === "does-not-apply");
  if (excluded) return excluded;
  if (texas.status === "unknown") return open(texas.reasons[0]!, texas.evidence);
  const pending = [checks[0], commercialPurpose(ctx), checks[1]].find((d) => d !== undefined);
  if (pending) return pending;

  const reasons = [...texas.reasons, commercialReason(ctx), ...aiReasons(ctx)];
  if (asOf <= ENACTED_YEAR_END) {
    return open(`The Texas Act was enacted in 2001; the reference gives no day, so whether it was in force on ${asOf} is not known.`, []);
  }
  return applies(reasons, [...texas.evidence, "/organization/forProfit"]);
}

function commercialReason({ system, profile }: PackSystemContext): string {
  return profile.organization.forProfit === true
    ? `${profile.organization.name} is run for profit, so the capture is taken to be for a commercial purpose (the section does not define the term).`
    : `${system.name} sells, leases, trades or licenses the data, a commercial purpose.`;
}

function aiReasons({ system, asOf }: PackSystemContext): string[] {
  if (system.aiTraining.usedToTrain !== true) return [];
  if (!hb149InForce(asOf)) return [`The AI-training exemption of HB 149 is in force only from ${HB149_IN_FORCE}.`];
  if (system.aiTraining.laterCommercialUse === true) return [`Biometrics gathered for AI training are later used for a commercial purpose, which brings the Act back (§503.001(f)).`];
  return [`${system.name} has purposes beyond the AI exemption of HB 149, or its AI system uniquely identifies people.`];
}

/** Voiceprints held by a financial institution under GLBA (15 U.S.C. §6809) are exempt; other identifiers are not. */
function glbaVoiceprints({ system, profile }: PackSystemContext): Decision {
  const onlyVoice = system.modalities.every((m) => m === "voiceprint");
  if (!onlyVoice) return undefined;
  const glba = profile.organization.glba;
  if (glba.titleVSubject === true && glba.role === "financial-institution") {
    return out(`${system.name} holds only voiceprints, and ${profile.organization.name} is a financial institution under the Gramm-Leach-Bliley Act: its voiceprints are exempt.`, [
      "/organization/glba/titleVSubject",
      "/organization/glba/role",
    ]);
  }
  if (glba.titleVSubject === "unknown" || glba.role === "unknown") {
    return open(`${system.name} holds only voiceprints; whether they are exempt turns on ${profile.organization.name}'s Gramm-Leach-Bliley status (organization.glba), which the profile leaves open.`, [
      "/organization/glba/titleVSubject",
    ]);
  }
  return undefined;
}

/** "Commercial purpose" is not defined in the section; a for-profit business, or a sale or licence of the data, is taken as one. */
function commercialPurpose({ system, profile }: PackSystemContext): Decision {
  const trade = [system.commerce.sells, system.commerce.leases, system.commerce.trades, system.commerce.licensesDatabaseAccess];
  if (profile.organization.forProfit === true || trade.includes(true)) return undefined;
  if (profile.organization.forProfit === false) {
    return open(
      `${profile.organization.name} is not run for profit and ${system.name} is not known to sell or license the data; "commercial purpose" is not defined in §503.001, so whether the Act reaches this capture is open.`,
      ["/organization/forProfit", "/commerce"],
    );
  }
  return open(`The profile does not say whether ${profile.organization.name} is run for profit (organization.forProfit), which decides whether the capture is for a commercial purpose.`, [
    "/organization/forProfit",
  ]);
}

/**
 * From 1 Jan 2026 (HB 149): biometrics used only for an AI system are exempt, unless the system uniquely
 * identifies a specific person; AI built for security, fraud or illegal-activity prevention is exempt;
 * a later commercial use brings the Act back ((f)). A system with any other purpose stays covered.
 */
function aiExemption({ system, asOf }: PackSystemContext): Decision {
  const ai = system.aiTraining;
  if (ai.usedToTrain !== true) return undefined;
  if (!hb149InForce(asOf)) return undefined;
  const aiPurposes = new Set<string>(["ai-training", ...(ai.securityOrFraudPurpose === true ? ["security", "fraud-prevention"] : [])]);
  if (system.purposes.length === 0) {
    return open(`${system.name} trains an AI system; whether the AI exemption (HB 149, from ${HB149_IN_FORCE}) covers it depends on its other purposes, which the profile does not list (purposes).`, ["/purposes"]);
  }
  if (!system.purposes.every((p) => aiPurposes.has(p))) return undefined;
  if (ai.laterCommercialUse === true) return undefined;
  const exempt = ai.securityOrFraudPurpose === true || ai.systemUniquelyIdentifies === false;
  if (!exempt) {
    if (ai.systemUniquelyIdentifies === true) return undefined;
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
  return out(`${system.name} uses biometrics only ${why}; HB 149 exempts this from ${HB149_IN_FORCE}.`, ["/aiTraining/usedToTrain", "/purposes"]);
}
