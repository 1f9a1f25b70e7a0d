import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/audit.js";
import { applyExample } from "../../../../src/engine/examples.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { REMEDY_IDS } from "../../../../src/packs/bipa/remedies/ids.js";
import { authorities } from "../../../../src/packs/bipa/authorities.js";
import { compliantProfile } from "../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../src/packs/bipa/rules/index.js";
import { AS_OF, runRule } from "../../../helpers/rule-tester.js";

describe("the BIPA rule pack", () => {
  it("has unique, stable-looking ids", () => {
    const ids = bipaRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^bipa\/[a-z0-9][a-z0-9-]*$/);
  });

  it("runs scope rules before section rules", () => {
    const kinds = bipaRules.map((r) => r.kind);
    expect(kinds.lastIndexOf("scope")).toBeLessThan(Math.max(kinds.indexOf("section"), kinds.length));
    if (kinds.includes("section") && kinds.includes("scope")) {
      expect(kinds.lastIndexOf("scope")).toBeLessThan(kinds.indexOf("section"));
    }
  });

  it("cites only authorities in the legal reference catalog", () => {
    for (const rule of bipaRules) for (const a of rule.authorities) expect(authorities[a], `${rule.id} → ${a}`).toBeDefined();
  });

  it("points only to known remedy ids", () => {
    for (const rule of bipaRules) for (const r of rule.remedies) expect(REMEDY_IDS, `${rule.id} → ${r}`).toContain(r);
  });

  it("finds nothing wrong with the compliant profile", () => {
    const parsed = parseProfile(compliantProfile);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = audit(parsed.profile, { asOf: AS_OF });
    expect(report.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(report.applicability.every((a) => a.inScope)).toBe(true);
  });

  describe.each(bipaRules.map((r) => [r.id, r] as const))("%s documented examples", (_id, rule) => {
    it("the failing example fires the rule", () => {
      expect(parseProfile(applyExample(compliantProfile, rule.examples.failing)).ok).toBe(true);
      expect(runRule(rule, rule.examples.failing).length).toBeGreaterThan(0);
    });
    it("the passing example does not", () => {
      expect(runRule(rule, rule.examples.passing)).toEqual([]);
    });
  });
});
