import type { Report } from "../../../src/report/types.js";
import type { Decision } from "./json-rules-engine.js";

/** bipa-check's decisions for some rules, in the peer's terms: the fingerprint's key, severity and basis. */
export function decisionsOf(report: Report, ruleIds: readonly string[]): Decision[] {
  const wanted = new Set(ruleIds);
  return report.findings
    .filter((f) => wanted.has(f.ruleId))
    .map((f) => {
      // fingerprint = `${ruleId}|${systemId}|${key}`; rule and system ids hold no "|", keys may.
      const key = f.fingerprint.slice(f.ruleId.length + 1 + (f.systemId ?? "").length + 1);
      return { ruleId: f.ruleId, systemId: f.systemId ?? "", key, severity: f.severity, basis: f.basis };
    });
}

/** One line per decision, sorted, so two engines' outputs compare as plain lists. */
export function canonical(decisions: readonly Decision[]): string[] {
  return decisions.map((d) => `${d.systemId} ${d.ruleId} ${d.key} ${d.severity} ${d.basis}`).sort();
}
