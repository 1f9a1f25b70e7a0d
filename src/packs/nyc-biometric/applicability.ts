import type { PackApplicability, PackEvidenceRef, PackSystemContext } from "../../core/pack.js";
import type { System } from "../../practices/schema.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { reach } from "./territory.js";

type Part = { status: "yes" | "no" | "unknown"; reason: string; evidence: PackEvidenceRef[] };

/** A "commercial establishment" (bipa-reference.md §4.5): a place of entertainment, retail store, or food and drink establishment. */
const COMMERCIAL = new Set(["retail-store", "food-and-drink", "entertainment-venue"]);
const EXCLUDED = new Set(["financial-institution", "government-facility"]);
/** Customers: the people the law protects (visitors of a venue or store are its customers). */
export const CUSTOMERS = new Set(["customers", "visitors"]);

/**
 * Whether N.Y.C. Admin. Code §§22-1201–22-1205 reach one system: a commercial establishment in the
 * city that collects, retains, converts, stores or shares customers' biometric identifier
 * information, from 9 July 2021. A fact that rules the system out decides, whatever else is unknown.
 */
export function applicability({ profile, system, asOf }: PackSystemContext): PackApplicability {
  if (asOf < EFFECTIVE_FROM) {
    return {
      status: "does-not-apply",
      reasons: [`N.Y.C. Admin. Code §§22-1201–22-1205 take effect on ${EFFECTIVE_FROM}; the assessment date ${asOf} is before it.`],
      evidence: [],
    };
  }
  const parts = [establishment(system, profile.organization.entityType), customers(system), identifiers(system), reach(system)];
  const out = parts.filter((p) => p.status === "no");
  if (out.length > 0) return { status: "does-not-apply", reasons: out.map((p) => p.reason), evidence: out.flatMap((p) => p.evidence) };
  const open = parts.filter((p) => p.status === "unknown");
  if (open.length > 0) return { status: "unknown", reasons: open.map((p) => p.reason), evidence: open.flatMap((p) => p.evidence) };
  return { status: "applies", reasons: parts.map((p) => p.reason), evidence: parts.flatMap((p) => p.evidence) };
}

function establishment(system: System, entityType: string): Part {
  const kind = system.premises.kind;
  if (entityType === "government-unit") {
    return { status: "no", reason: "The organization is a government unit, which the New York City law excludes.", evidence: [{ pointer: "/organization/entityType" }] };
  }
  if (COMMERCIAL.has(kind)) return { status: "yes", reason: `${system.name} is used in a commercial establishment (${kind}).`, evidence: ["/premises/kind"] };
  if (EXCLUDED.has(kind)) return { status: "no", reason: `${system.name} is used in a ${kind === "financial-institution" ? "financial institution" : "government facility"}, which the New York City law excludes.`, evidence: ["/premises/kind"] };
  if (kind === "unknown") {
    return { status: "unknown", reason: `The profile does not say what kind of premises ${system.name} is used in (premises.kind), which decides whether it is a commercial establishment.`, evidence: ["/premises/kind"] };
  }
  return {
    status: "no",
    reason: `${system.name} is used in premises of kind ${kind}, not a place of entertainment, retail store or food and drink establishment.`,
    evidence: ["/premises/kind"],
  };
}

function customers(system: System): Part {
  if (system.subjects.length === 0) {
    return { status: "unknown", reason: `The profile does not say whose biometrics ${system.name} touches (subjects); the law covers customers only.`, evidence: ["/subjects"] };
  }
  const groups = system.subjects.filter((s) => CUSTOMERS.has(s.population));
  if (groups.length > 0) return { status: "yes", reason: `${system.name} collects customers' biometric identifier information.`, evidence: ["/subjects"] };
  return {
    status: "no",
    reason: `${system.name} touches no customers (${[...new Set(system.subjects.map((s) => s.population))].join(", ")}); the New York City law covers customers, not employees.`,
    evidence: ["/subjects"],
  };
}

function identifiers(system: System): Part {
  const traits = [...system.modalities, ...system.otherTraits];
  if (traits.length > 0) return { status: "yes", reason: `${system.name} uses characteristics that identify or help identify a person (${traits.join(", ")}).`, evidence: ["/modalities"] };
  return { status: "no", reason: `${system.name} lists no biometric characteristic (no modality and no other trait).`, evidence: ["/modalities", "/otherTraits"] };
}
