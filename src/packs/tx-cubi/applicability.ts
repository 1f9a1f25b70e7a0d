import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import { ENACTED_YEAR_END, ENACTED_YEAR_START, HB149_IN_FORCE, hb149InForce } from "./effective.js";
import { aiExemption, assessedBeforeHb149Only, earlierConductWords } from "./hb149.js";
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
  const checks = [glbaVoiceprints(ctx), aiDecision(ctx)];
  const excluded = checks.find((d) => d?.status === "does-not-apply");
  if (excluded) return excluded;
  if (texas.status === "unknown") return open(texas.reasons[0]!, texas.evidence);
  const pending = [checks[0], commercialPurpose(ctx), checks[1]].find((d) => d !== undefined);
  if (pending) return pending;

  const reasons = [...texas.reasons, commercialReason(ctx), ...aiReasons(ctx)];
  if (asOf <= ENACTED_YEAR_END) {
    return open(`The Texas Act was enacted in 2001; the reference gives no day, so whether it was in force on ${asOf} is not known.`, []);
  }
  const earlier = assessedBeforeHb149Only(system, asOf) ? ["/aiTraining/usedToTrain", "/collection/firstCaptureDate"] : [];
  return applies(reasons, [...texas.evidence, "/organization/forProfit", ...earlier]);
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
  const earlier = assessedBeforeHb149Only(system, asOf);
  if (earlier) return [earlierConductWords(system.name, earlier.why, earlier.firstCapture)];
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
 * From 1 Jan 2026 (HB 149): the AI exemptions (hb149.ts). They cover conduct from that day only: a
 * system within them whose capture began before it is still assessed, for the earlier conduct (see
 * {@link aiReasons}); one whose capture began on or after it is out; an unstated start is open.
 */
function aiDecision({ system, asOf }: PackSystemContext): Decision {
  const e = aiExemption(system, asOf);
  if (e.kind === "open") return e.decision;
  if (e.kind !== "holds") return undefined;
  if (e.capture.when === "from-hb149") {
    const began = `${e.capture.first.length === 10 ? "on" : "in"} ${e.capture.first}`;
    return out(`${system.name} uses biometrics only ${e.why}, and its capture began ${began}; HB 149 exempts this from ${HB149_IN_FORCE}.`, [...e.evidence, "/collection/firstCaptureDate"]);
  }
  if (e.capture.when === "unknown") {
    return open(
      `${system.name} uses biometrics only ${e.why}, which HB 149 exempts from ${HB149_IN_FORCE}; the exemption covers only conduct from that day, and the profile does not say when capture began (collection.firstCaptureDate). Conduct before ${HB149_IN_FORCE} stays under the unamended §503.001 (whether the exemption reaches it is not addressed by the reference).`,
      ["/collection/firstCaptureDate"],
    );
  }
  return undefined;
}
