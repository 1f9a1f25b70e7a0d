import type { PackApplicability, PackEvidenceRef, PackSystemContext } from "../../core/pack.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { reach } from "./territory.js";

type Part = { status: "yes" | "no" | "unknown"; reason: string; evidence: PackEvidenceRef[] };

/**
 * Whether C.R.S. §6-1-1314 reaches one system (bipa-reference.md §4.4): a controller that controls
 * or processes any amount of biometric identifiers of people in Colorado, from 1 July 2025. No
 * consumer thresholds; employees and applicants are covered. A fact that rules the system out
 * decides, whatever else is unknown.
 */
export function applicability({ profile, system, asOf }: PackSystemContext): PackApplicability {
  if (asOf < EFFECTIVE_FROM) {
    return {
      status: "does-not-apply",
      reasons: [`C.R.S. §6-1-1314 takes effect on ${EFFECTIVE_FROM}; the assessment date ${asOf} is before it.`],
      evidence: [],
    };
  }
  const parts = [identifiers(system), reach(system), controller(profile.organization.role)];
  const out = parts.filter((p) => p.status === "no");
  if (out.length > 0) return { status: "does-not-apply", reasons: out.map((p) => p.reason), evidence: out.flatMap((p) => p.evidence) };
  const open = parts.filter((p) => p.status === "unknown");
  if (open.length > 0) return { status: "unknown", reasons: open.map((p) => p.reason), evidence: open.flatMap((p) => p.evidence) };
  return {
    status: "applies",
    reasons: [
      ...parts.map((p) => p.reason),
      "The Colorado Privacy Act's consumer thresholds do not apply to biometric identifiers (any amount), and employees and job applicants are covered.",
    ],
    evidence: parts.flatMap((p) => p.evidence),
  };
}

function identifiers(system: PackSystemContext["system"]): Part {
  const name = system.name;
  if (system.modalities.length > 0) {
    return { status: "yes", reason: `${name} captures biometric identifiers (${system.modalities.join(", ")}).`, evidence: ["/modalities"] };
  }
  if (system.otherTraits.length === 0) {
    return { status: "no", reason: `${name} captures no biometric identifier (no modality and no other trait is listed).`, evidence: ["/modalities", "/otherTraits"] };
  }
  const traits = system.otherTraits.join(", ");
  if (system.outputCanIdentify === true) {
    return { status: "yes", reason: `${name} captures ${traits}, a pattern that can be processed to identify a person, which Colorado counts as a biometric identifier.`, evidence: ["/otherTraits", "/outputCanIdentify"] };
  }
  if (system.outputCanIdentify === false) {
    return { status: "no", reason: `${name} captures ${traits}, but its output cannot identify a person, so it is not a biometric identifier under Colorado's definition.`, evidence: ["/otherTraits", "/outputCanIdentify"] };
  }
  return {
    status: "unknown",
    reason: `The profile does not say whether the traits ${name} captures (${traits}) can be processed to identify a person (outputCanIdentify), which decides whether they are biometric identifiers in Colorado.`,
    evidence: ["/outputCanIdentify", "/otherTraits"],
  };
}

function controller(role: PackSystemContext["profile"]["organization"]["role"]): Part {
  const evidence = [{ pointer: "/organization/role" }];
  if (role === "controller" || role === "both") return { status: "yes", reason: "The organization is a controller (it decides the purposes and means of the processing).", evidence };
  if (role === "processor") {
    return { status: "no", reason: "The organization only processes for others; C.R.S. §6-1-1314 binds the controller, not a processor acting for it.", evidence };
  }
  return { status: "unknown", reason: "The profile does not say whether the organization is a controller (organization.role), which decides whether C.R.S. §6-1-1314 binds it.", evidence };
}
