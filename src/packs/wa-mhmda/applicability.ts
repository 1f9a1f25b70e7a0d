import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import type { System } from "../../practices/schema.js";
import { type ReadTrait, type TraitName, traitsByLaw } from "../../core/other-traits.js";
import { IN_FORCE, SMALL_BUSINESS_FROM } from "./effective.js";
import { washingtonPresence } from "./territory.js";

const out = (reason: string, evidence: string[]): PackApplicability => ({ status: "does-not-apply", reasons: [reason], evidence });
const open = (reason: string, evidence: string[]): PackApplicability => ({ status: "unknown", reasons: [reason], evidence });

/**
 * The traits the Act names as biometric data (19.373.010(8)(b)(ix); bipa-reference.md §4.2, "Defined
 * data"): "imagery of iris, retina, fingerprint, face, hand, palm, vein patterns and voice from which a
 * template can be extracted, plus keystroke and gait patterns". A signature is not on the list.
 */
const ACT_TRAITS = new Set<TraitName>(["iris", "retina", "fingerprint", "face", "hand", "palm", "vein", "voice", "keystroke", "gait"]);

type Data = { status: "yes" | "no" | "unknown"; reason: string; evidence: string[] };

function biometricData(system: System): Data {
  if (system.modalities.length > 0) {
    return { status: "yes", reason: `${system.name} collects biometric data (${system.modalities.join(", ")}), which the Act treats as consumer health data.`, evidence: ["/modalities"] };
  }
  const traits = traitsByLaw(system, (name) => ACT_TRAITS.has(name));
  if (traits.covered.length > 0) {
    return {
      status: "yes",
      reason: `${system.name} collects ${joinTexts(traits.covered)}; the Act names ${joinNames(traits.covered)} among biometric data, which it treats as consumer health data.`,
      evidence: traits.covered.map((t) => t.pointer),
    };
  }
  if (traits.unrecognised.length > 0) {
    return {
      status: "unknown",
      reason: `${system.name} records ${joinTexts(traits.unrecognised)}, which the tool cannot match to the Act's list of biometric data (iris, retina, fingerprint, face, hand, palm, vein or voice imagery, keystroke or gait patterns); whether it is biometric data is left open.`,
      evidence: traits.unrecognised.map((t) => t.pointer),
    };
  }
  return { status: "no", reason: `${system.name} collects no biometric data (iris, retina, fingerprint, face, hand, palm, vein or voice imagery, keystroke or gait patterns).`, evidence: ["/modalities", "/otherTraits"] };
}

const joinTexts = (traits: readonly ReadTrait[]): string => traits.map((t) => t.text).join(", ");
const joinNames = (traits: readonly ReadTrait[]): string => {
  const names = [...new Set(traits.flatMap((t) => t.names.filter((n) => ACT_TRAITS.has(n))))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
};

/** The Act binds a regulated entity that collects consumer health data of Washington consumers (bipa-reference.md §4.2). */
export function applicability({ system, profile, asOf }: PackSystemContext): PackApplicability {
  const org = profile.organization;
  if (asOf < IN_FORCE) return out(`The My Health My Data Act's main duties apply from ${IN_FORCE}; on ${asOf} they did not yet.`, []);
  const wa = washingtonPresence(system);
  if (wa.status === "no") return out(wa.reasons[0]!, wa.evidence);
  const data = biometricData(system);
  if (data.status === "no") return out(data.reason, data.evidence);
  if (org.role === "processor") {
    return out(`${org.name} processes the data for another and does not decide its purposes and means, so it is not a regulated entity (a processor's own duties are not covered by this pack).`, ["/organization/role"]);
  }
  if (asOf < SMALL_BUSINESS_FROM && org.smallBusiness === true) {
    return out(`${org.name} is a small business, bound only from ${SMALL_BUSINESS_FROM}.`, ["/organization/smallBusiness"]);
  }
  if (wa.status === "unknown") return open(wa.reasons[0]!, wa.evidence);
  if (data.status === "unknown") return open(data.reason, data.evidence);
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
