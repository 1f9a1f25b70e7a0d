import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import type { System } from "../../practices/schema.js";
import { natureOf, type TraitName, traitsByLaw } from "../../core/other-traits.js";
import { IN_FORCE } from "./effective.js";
import { washingtonPresence } from "./territory.js";

const out = (reason: string, evidence: string[]): PackApplicability => ({ status: "does-not-apply", reasons: [reason], evidence });
const open = (reason: string, evidence: string[]): PackApplicability => ({ status: "unknown", reasons: [reason], evidence });

/** Purposes the definition of "commercial purpose" leaves out (security and law enforcement). */
const EXCLUDED_PURPOSES = new Set<string>(["security", "secure-access", "fraud-prevention", "law-enforcement"]);

/**
 * The traits the definition reaches (bipa-reference.md §4.2, RCW 19.375 "Defined data"): "data from
 * automatic measurements of a person's biological characteristics (fingerprint, voiceprint, eye
 * retinas, irises or other unique biological patterns)". Hand, palm and vein patterns are biological
 * patterns. Keystroke, gait and signature are behavioural patterns (how a person acts), not
 * "biological characteristics", so the chapter does not reach them as such (Colorado's definition, by
 * contrast, says "biological, physical or behavioural", §4.4). A face named among the other traits is
 * left open: face data generated from photographs or video is excluded, which `modalities:
 * [face-geometry]` lets the pack check.
 */
const biologicalPattern = (name: TraitName): boolean => natureOf(name) === "biological" && name !== "face";

type Identifiers = { status: "yes" | "no" | "unknown"; reason: string; evidence: string[] };

/** Whether the system's data is a biometric identifier: face geometry generated from photographs or video is excluded. */
function identifiers(system: System): Identifiers {
  const others = system.modalities.filter((m) => m !== "face-geometry");
  if (others.length > 0) return { status: "yes", reason: `${system.name} captures ${others.join(", ")}, biometric identifiers under RCW 19.375.`, evidence: ["/modalities"] };
  const traits = traitsByLaw(system, biologicalPattern);
  if (traits.covered.length > 0) {
    return {
      status: "yes",
      reason: `${system.name} captures ${traits.covered.map((t) => t.text).join(", ")}, a unique biological pattern and so a biometric identifier under RCW 19.375 when used to identify a person.`,
      evidence: traits.covered.map((t) => t.pointer),
    };
  }
  const face = system.modalities.includes("face-geometry") ? faceGeometry(system) : undefined;
  if (face?.status === "yes") return face;
  const faceTraits = traits.outside.filter((t) => t.names.includes("face"));
  const open = [...traits.unrecognised, ...faceTraits];
  if (open.length > 0) {
    const texts = open.map((t) => t.text).join(", ");
    return {
      status: "unknown",
      reason:
        faceTraits.length === open.length
          ? `${system.name} records ${texts} among its other traits; RCW 19.375 reaches face data only when it is not generated from photographs or video, so record it as face-geometry under modalities (with derivedFromPhotographs) to decide.`
          : `${system.name} records ${texts}, which the tool cannot match to RCW 19.375's definition (fingerprint, voiceprint, eye retinas, irises or other unique biological patterns); whether it is a biometric identifier is left open.`,
      evidence: open.map((t) => t.pointer),
    };
  }
  if (face) return face;
  const behavioural = traits.outside.map((t) => t.text);
  return {
    status: "no",
    reason:
      behavioural.length > 0
        ? `${system.name} captures ${behavioural.join(", ")}, ${behavioural.length === 1 ? "a behavioural pattern" : "behavioural patterns"}, not a biological characteristic (fingerprint, voiceprint, retina, iris or another unique biological pattern), so RCW 19.375 does not reach ${behavioural.length === 1 ? "it" : "them"}.`
        : `${system.name} captures no biometric identifier (fingerprint, voiceprint, retina, iris or another unique biological pattern).`,
    evidence: behavioural.length > 0 ? ["/modalities", ...traits.outside.map((t) => t.pointer)] : ["/modalities"],
  };
}

/** Face geometry: a biometric identifier unless generated from photographs or video ([S]). */
function faceGeometry(system: System): Identifiers {
  const fromVideo = system.collection.methods.includes("cctv");
  if (system.derivedFromPhotographs === true || fromVideo) {
    return {
      status: "no",
      reason: `${system.name}'s face geometry is generated from ${fromVideo ? "video" : "photographs"}, which RCW 19.375 excludes (definition from one secondary source).`,
      evidence: [fromVideo ? "/collection/methods" : "/derivedFromPhotographs"],
    };
  }
  if (system.derivedFromPhotographs === "unknown") {
    return {
      status: "unknown",
      reason: `${system.name} captures face geometry; RCW 19.375 excludes data generated from photographs or video, and the profile does not say whether it is (derivedFromPhotographs).`,
      evidence: ["/derivedFromPhotographs"],
    };
  }
  return { status: "yes", reason: `${system.name} captures face geometry not generated from photographs or video.`, evidence: ["/modalities", "/derivedFromPhotographs"] };
}

/** Enrollment "for a commercial purpose": a sale, or a disclosure to a third party for marketing. */
function commercialPurpose(system: System): { status: "yes" | "no" | "unknown"; reason: string; evidence: string[] } {
  const c = system.commerce;
  const trade = (["sells", "leases", "trades", "licensesDatabaseAccess"] as const).filter((k) => c[k] === true);
  if (trade.length > 0) return { status: "yes", reason: `${system.name} sells or licenses the data (${trade.join(", ")}), a commercial purpose.`, evidence: trade.map((k) => `/commerce/${k}`) };
  if (system.purposes.includes("marketing")) return { status: "yes", reason: `${system.name} uses the data for marketing, a commercial purpose.`, evidence: ["/purposes"] };
  const buyer = system.disclosures === "unknown" ? -1 : system.disclosures.findIndex((d) => d.type === "buyer");
  if (buyer >= 0) return { status: "yes", reason: `${system.name} discloses the data to a buyer, a commercial purpose.`, evidence: [`/disclosures/${buyer}/type`] };
  if (system.purposes.length > 0 && system.purposes.every((p) => EXCLUDED_PURPOSES.has(p))) {
    return { status: "no", reason: `${system.name} enrolls identifiers only for security or law-enforcement purposes, which are not commercial purposes under RCW 19.375.`, evidence: ["/purposes"] };
  }
  const tradeKnown = [c.sells, c.leases, c.trades, c.licensesDatabaseAccess].every((v) => v === false);
  if (tradeKnown && system.purposes.length > 0 && system.disclosures !== "unknown") {
    return { status: "no", reason: `${system.name} neither sells nor discloses the data for marketing, so it is not enrolled for a commercial purpose under RCW 19.375.`, evidence: ["/commerce", "/purposes"] };
  }
  const missing = [...(tradeKnown ? [] : ["/commerce"]), ...(system.purposes.length === 0 ? ["/purposes"] : []), ...(system.disclosures === "unknown" ? ["/disclosures"] : [])];
  return {
    status: "unknown",
    reason: `Whether ${system.name} enrolls identifiers for a commercial purpose (sale, or disclosure for marketing) is open: the profile leaves ${missing.map((p) => p.slice(1)).join(", ")} unstated.`,
    evidence: missing,
  };
}

/** RCW 19.375 reaches enrollment of a biometric identifier in a database for a commercial purpose (bipa-reference.md §4.2). */
export function applicability({ system, profile, asOf }: PackSystemContext): PackApplicability {
  if (asOf < IN_FORCE) return out(`RCW 19.375 is in force from ${IN_FORCE}; on ${asOf} it was not yet law.`, []);
  const wa = washingtonPresence(system);
  if (wa.status === "no") return out(wa.reasons[0]!, wa.evidence);
  const data = identifiers(system);
  if (data.status === "no") return out(data.reason, data.evidence);
  if (system.healthcare.hipaaTreatmentPaymentOperations === true) {
    return out(`${system.name}'s data is used for HIPAA treatment, payment or operations, which RCW 19.375 excludes.`, ["/healthcare/hipaaTreatmentPaymentOperations"]);
  }
  if (profile.organization.glba.titleVSubject === true) {
    return out(`${profile.organization.name} is a financial institution subject to Title V of the Gramm-Leach-Bliley Act, which RCW 19.375 excludes.`, ["/organization/glba/titleVSubject"]);
  }
  if (system.outputCanIdentify === false) {
    return out(`${system.name} keeps no template that can identify a person, so nothing is enrolled (captured, converted to a template and stored matched to a person).`, ["/outputCanIdentify"]);
  }
  const commercial = commercialPurpose(system);
  if (commercial.status === "no") return out(commercial.reason, commercial.evidence);
  if (wa.status === "unknown") return open(wa.reasons[0]!, wa.evidence);
  if (data.status === "unknown") return open(data.reason, data.evidence);
  if (commercial.status === "unknown") return open(commercial.reason, commercial.evidence);
  if (system.outputCanIdentify === "unknown") {
    return open(`The profile does not say whether ${system.name} keeps a template matched to a person (outputCanIdentify), which is what enrollment means.`, ["/outputCanIdentify"]);
  }
  return { status: "applies", reasons: [...wa.reasons, data.reason, commercial.reason], evidence: [...wa.evidence, ...data.evidence, ...commercial.evidence] };
}
