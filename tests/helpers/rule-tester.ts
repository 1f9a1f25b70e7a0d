import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { applyExample } from "../../src/engine/examples.js";
import type { Rule, RuleExample } from "../../src/packs/bipa/rule.js";
import { parseProfile } from "../../src/practices/load.js";
import type { ResolvedFinding, Severity } from "../../src/report/types.js";
import { resolveReport } from "../../src/core/resolve.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";

export const AS_OF = "2026-11-22";

/** A case: a patch on the compliant profile, and what the rule must report for it. */
export interface FiringCase extends RuleExample {
  /** How many findings of this rule (default 1). */
  count?: number;
  severity?: Severity;
  basis?: "fact" | "unknown";
  /** Substrings the (first) message must contain. */
  messageIncludes?: string[];
  /** Pointer of the first finding's location. */
  pointer?: string;
  /** Scope rules: the system must be excluded. */
  excludes?: boolean;
  /** Scope rules: whether the law applies must be left open (applicability status "unknown"), the section checks conditional. */
  conditional?: boolean;
  asOf?: string;
}

export interface SilentCase extends RuleExample {
  asOf?: string;
}

/** Runs one rule against patched copies of the compliant profile. */
/** The rule's findings on the example, resolved (title, authorities, location filled in from the report). */
export function runRule(rule: Rule, example: RuleExample, asOf = AS_OF): ResolvedFinding[] {
  const profile = applyExample(compliantProfile, example);
  const parsed = parseProfile(profile);
  if (!parsed.ok) {
    throw new Error(`test profile does not validate: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  return resolveReport(audit(parsed.profile, { asOf, ruleSet: [rule] })).findings.filter((f) => f.ruleId === rule.id);
}

/** ESLint-style tester: every case in `fires` must produce findings; every case in `silent` none. */
export function testRule(rule: Rule, cases: { fires: FiringCase[]; silent: SilentCase[] }): void {
  describe(rule.id, () => {
    it("has the metadata a finding needs", () => {
      expect(rule.id).toMatch(/^bipa\/[a-z0-9-]+$/);
      expect(rule.section).toMatch(/^740 ILCS 14\//);
      expect(rule.authorities.length).toBeGreaterThan(0);
      expect(rule.remedies.length).toBeGreaterThan(0);
    });
    for (const c of cases.fires) {
      it(`fires: ${c.description}`, () => {
        const findings = runRule(rule, c, c.asOf);
        expect(findings).toHaveLength(c.count ?? 1);
        const first = findings[0]!;
        if (c.severity) expect(first.severity).toBe(c.severity);
        if (c.basis) expect(first.basis).toBe(c.basis);
        for (const text of c.messageIncludes ?? []) expect(first.message).toContain(text);
        if (c.pointer) expect(first.location.pointer).toBe(c.pointer);
        expect(first.authorities.length).toBeGreaterThan(0);
        if (c.conditional) {
          const profile = parseProfile(applyExample(compliantProfile, c));
          if (!profile.ok) throw new Error("invalid");
          const report = audit(profile.profile, { asOf: c.asOf ?? AS_OF, ruleSet: [rule] });
          expect(report.applicability[0]).toMatchObject({ inScope: false, status: "unknown", conditional: { ruleId: rule.id } });
        }
        if (c.excludes) {
          const profile = parseProfile(applyExample(compliantProfile, c));
          if (!profile.ok) throw new Error("invalid");
          const report = audit(profile.profile, { asOf: c.asOf ?? AS_OF, ruleSet: [rule] });
          expect(report.applicability[0]?.inScope).toBe(false);
          expect(first.severity).toBe("info");
        }
      });
    }
    for (const c of cases.silent) {
      it(`stays silent: ${c.description}`, () => {
        expect(runRule(rule, c, c.asOf)).toEqual([]);
      });
    }
  });
}
