import type { PackApplicability, PackEvidenceRef, PackSystemContext } from "../../core/pack.js";
import type { System } from "../../practices/schema.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { reach } from "./territory.js";

type Part = { status: "yes" | "no" | "unknown"; reason: string; evidence: PackEvidenceRef[] };

/** Premises that are places of public accommodation by their kind (bipa-reference.md §4.6: shops, restaurants, venues). */
const PUBLIC_KINDS = new Set(["retail-store", "food-and-drink", "entertainment-venue", "other-public-accommodation"]);
/** Premises the ordinance leaves out (private clubs, residences) or that are no place at all (online). */
const EXCLUDED_KINDS = new Set(["private-club", "residence", "online"]);

/**
 * Whether Portland City Code ch. 34.10 reaches one system: a private entity using face recognition
 * in a place of public accommodation within Portland, from 1 January 2021. A fact that rules the
 * system out decides, whatever else is unknown.
 */
export function applicability({ profile, system, asOf }: PackSystemContext): PackApplicability {
  if (asOf < EFFECTIVE_FROM) {
    return {
      status: "does-not-apply",
      reasons: [`Portland City Code ch. 34.10 takes effect on ${EFFECTIVE_FROM}; the assessment date ${asOf} is before it.`],
      evidence: [],
    };
  }
  const parts = [privateEntity(profile.organization.entityType), face(system), publicAccommodation(system), reach(system)];
  const out = parts.filter((p) => p.status === "no");
  if (out.length > 0) return { status: "does-not-apply", reasons: out.map((p) => p.reason), evidence: out.flatMap((p) => p.evidence) };
  const open = parts.filter((p) => p.status === "unknown");
  if (open.length > 0) return { status: "unknown", reasons: open.map((p) => p.reason), evidence: open.flatMap((p) => p.evidence) };
  return { status: "applies", reasons: parts.map((p) => p.reason), evidence: parts.flatMap((p) => p.evidence) };
}

function privateEntity(entityType: string): Part {
  const evidence = [{ pointer: "/organization/entityType" }];
  return entityType === "private-entity"
    ? { status: "yes", reason: "The organization is a private entity.", evidence }
    : { status: "no", reason: "The organization is not a private entity; Portland's ban in ch. 34.10 reaches private entities.", evidence };
}

function face(system: System): Part {
  if (!system.modalities.includes("face-geometry")) {
    return { status: "no", reason: `${system.name} does not use face recognition (the ordinance covers faces only, not fingerprints or voice).`, evidence: ["/modalities"] };
  }
  if (system.faceMatching === "detection-only") {
    return {
      status: "unknown",
      reason: `${system.name} only detects faces without identifying anyone (faceMatching: detection-only); the reference does not say whether that is a face recognition technology, though it names face detection in social-media apps as an exception.`,
      evidence: ["/faceMatching"],
    };
  }
  return { status: "yes", reason: `${system.name} uses face recognition (face geometry).`, evidence: ["/modalities", "/faceMatching"] };
}

function publicAccommodation(system: System): Part {
  const { kind, openToPublic } = system.premises;
  if (EXCLUDED_KINDS.has(kind)) {
    return { status: "no", reason: `${system.name} is used in premises of kind ${kind}, which is not a place of public accommodation (private clubs and residences are excluded).`, evidence: ["/premises/kind"] };
  }
  if (openToPublic === false) return { status: "no", reason: `The premises of ${system.name} are not open to the public, so they are not a place of public accommodation.`, evidence: ["/premises/openToPublic"] };
  if (openToPublic === true) return { status: "yes", reason: `${system.name} is used in premises open to the public (a place of public accommodation).`, evidence: ["/premises/openToPublic"] };
  if (PUBLIC_KINDS.has(kind)) return { status: "yes", reason: `${system.name} is used in a place of public accommodation (${kind}).`, evidence: ["/premises/kind"] };
  return {
    status: "unknown",
    reason: `The profile does not say whether the premises of ${system.name} are open to the public (premises.openToPublic), which decides whether they are a place of public accommodation.`,
    evidence: ["/premises/openToPublic", "/premises/kind"],
  };
}
