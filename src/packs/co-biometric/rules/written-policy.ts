import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";
import { list } from "../wording.js";

const POLICY = "/retention/policy";
const PARTS = [
  { pointer: `${POLICY}/hasRetentionSchedule`, words: "a retention schedule", remedy: "co-biometric-adopt-written-policy" },
  { pointer: "/dataProtection/incidentResponseProtocol", words: "a protocol for responding to a security incident", remedy: "co-biometric-incident-protocol" },
  { pointer: `${POLICY}/hasDestructionGuidelines`, words: "deletion guidelines", remedy: "co-biometric-adopt-written-policy" },
] as const;

function value(system: System, pointer: string): boolean | "unknown" {
  if (pointer.endsWith("hasRetentionSchedule")) return system.retention.policy.hasRetentionSchedule;
  if (pointer.endsWith("hasDestructionGuidelines")) return system.retention.policy.hasDestructionGuidelines;
  return system.dataProtection.incidentResponseProtocol;
}

export const writtenPolicy = definePackRule({
  id: "co-biometric/written-policy",
  title: "Written biometric policy with retention schedule, incident-response protocol and deletion guidelines",
  section: "C.R.S. §6-1-1314 (written policy)",
  severity: "violation",
  summary:
    "Fires when the controller has no written biometric policy, or the policy lacks a retention schedule, an incident-response protocol or deletion guidelines; a missing fact that decides it is a risk.",
  plainLanguage:
    "Colorado requires any controller of biometric identifiers to adopt a written policy that sets a retention schedule, says how it responds to a security incident, and gives deletion guidelines.",
  authorities: ["co-biometric-written-policy", "co-biometric-6-1-1314"],
  remedies: ["co-biometric-adopt-written-policy", "co-biometric-incident-protocol", "co-biometric-establish-facts"],
  tags: ["written-policy", "retention", "incident-response"],
  check({ system }) {
    const name = system.name;
    const exists = system.retention.policy.exists;
    if (exists === false) {
      return [
        {
          message: `${name} has no written biometric policy. C.R.S. §6-1-1314 requires a controller to adopt one with a retention schedule, a protocol for responding to a security incident and deletion guidelines.`,
          evidence: [`${POLICY}/exists`],
          key: `${POLICY}/exists`,
          remedies: ["co-biometric-adopt-written-policy", "co-biometric-incident-protocol"],
        },
      ];
    }
    const missing = PARTS.filter((p) => value(system, p.pointer) === false);
    const open = PARTS.filter((p) => value(system, p.pointer) === "unknown");
    const drafts: PackFindingDraft[] = [];
    if (missing.length > 0) {
      drafts.push({
        message: `The written biometric policy for ${name} lacks ${list(missing.map((p) => p.words))}. C.R.S. §6-1-1314 requires the policy to contain a retention schedule, a protocol for responding to a security incident and deletion guidelines.`,
        evidence: missing.map((p) => p.pointer),
        key: "missing-parts",
        remedies: [...new Set(missing.map((p) => p.remedy))],
      });
    }
    if (exists === "unknown" || open.length > 0) {
      const unknownWords = exists === "unknown" ? ["whether a written biometric policy exists"] : open.map((p) => `whether it contains ${p.words}`);
      drafts.push({
        message: `The profile does not say ${list(unknownWords)} for ${name}. C.R.S. §6-1-1314 requires a written policy with a retention schedule, an incident-response protocol and deletion guidelines; the fact decides whether ${name} complies.`,
        evidence: exists === "unknown" ? [`${POLICY}/exists`] : open.map((p) => p.pointer),
        key: "unknown-parts",
        severity: "risk",
        basis: "unknown",
        remedies: ["co-biometric-establish-facts"],
      });
    }
    return drafts;
  },
});
