import { audit } from "../../src/audit.js";
import { applyExample } from "../../src/engine/examples.js";
import type { Rule, RuleExample } from "../../src/packs/bipa/rule.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Finding } from "../../src/report/types.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";

/** The date rule examples are evaluated as of in the docs (the same fixed date as the example audits). */
export const DOCS_AS_OF = "2026-11-22";

export type ExampleRun = { ok: true; findings: Finding[] } | { ok: false; problems: string[] };

/**
 * Runs one rule on its documented example: the example's patch merged onto the compliant baseline
 * profile, audited with that rule alone. Returns the rule's findings, or why the profile is invalid.
 */
export function runRuleExample(rule: Rule, example: RuleExample): ExampleRun {
  const parsed = parseProfile(applyExample(compliantProfile, example));
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${p.path || "/"}: ${p.message}`) };
  const report = audit(parsed.profile, { asOf: DOCS_AS_OF, ruleSet: [rule] });
  return { ok: true, findings: report.findings.filter((f) => f.ruleId === rule.id) };
}
