import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import type { System } from "../../practices/schema.js";
import { IN_FORCE, SMALL_BUSINESS_FROM } from "./effective.js";
import { washingtonPresence } from "./territory.js";

const out = (reason: string, evidence: string[]): PackApplicability => ({ status: "does-not-apply", reasons: [reason], evidence });
const open = (reason: string, evidence: string[]): PackApplicability => ({ status: "unknown", reasons: [reason], evidence });

/** Keystroke and gait patterns are biometric data too; the profile records them as other traits. */
const TRAIT_PATTERN = /gait|keystroke/i;

function biometricData(system: System): { yes: boolean; reason: string; evidence: string[] } {
  if (system.modalities.length > 0) {
    return { yes: true, reason: `${system.name} collects biometric data (${system.modalities.join(", ")}), which the Act treats as consumer health data.`, evidence: ["/modalities"] };
  }
  const trait = system.otherTraits.findIndex((t) => TRAIT_PATTERN.test(t));
  if (trait >= 0) return { yes: true, reason: `${system.name} collects ${system.otherTraits[trait]} patterns, biometric data under the Act.`, evidence: [`/otherTraits/${trait}`] };
  return { yes: false, reason: `${system.name} collects no biometric data (iris, retina, fingerprint, face, hand, palm, vein or voice imagery, keystroke or gait patterns).`, evidence: ["/modalities", "/otherTraits"] };
}

/** The Act binds a regulated entity that collects consumer health data of Washington consumers (bipa-reference.md §4.2). */
export function applicability({ system, profile, asOf }: PackSystemContext): PackApplicability {
  const org = profile.organization;
  if (asOf < IN_FORCE) return out(`The My Health My Data Act's main duties apply from ${IN_FORCE}; on ${asOf} they did not yet.`, []);
  const wa = washingtonPresence(system);
  if (wa.status === "no") return out(wa.reasons[0]!, wa.evidence);
  const data = biometricData(system);
  if (!data.yes) return out(data.reason, data.evidence);
  if (org.role === "processor") {
    return out(`${org.name} processes the data for another and does not decide its purposes and means, so it is not a regulated entity (a processor's own duties are not covered by this pack).`, ["/organization/role"]);
  }
  if (asOf < SMALL_BUSINESS_FROM && org.smallBusiness === true) {
    return out(`${org.name} is a small business, bound only from ${SMALL_BUSINESS_FROM}.`, ["/organization/smallBusiness"]);
  }
  if (wa.status === "unknown") return open(wa.reasons[0]!, wa.evidence);
  if (org.role === "unknown") {
    return open(`The profile does not say whether ${org.name} decides the purposes and means of the processing (organization.role), which makes it a regulated entity.`, ["/organization/role"]);
  }
  if (asOf < SMALL_BUSINESS_FROM && org.smallBusiness === "unknown") {
    return open(`On ${asOf} only entities that are not small businesses were bound (small businesses from ${SMALL_BUSINESS_FROM}); the profile does not say which ${org.name} is (organization.smallBusiness).`, [
      "/organization/smallBusiness",
    ]);
  }
  return {
    status: "applies",
    reasons: [...wa.reasons, data.reason, `${org.name} decides the purposes and means of the processing (a regulated entity; no revenue threshold).`],
    evidence: [...wa.evidence, ...data.evidence, "/organization/role"],
  };
}
