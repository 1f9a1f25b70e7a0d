import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { plan } from "../../src/plan/plan.js";
import type { RemedyId } from "../../src/remedies/ids.js";
import { compliantProfile } from "../../src/rules/bipa/compliant-profile.js";
import { CLEARVIEW_2021_MEASURES, CLEARVIEW_AS_OF, clearviewLike } from "./clearview-like.js";

const profile = clearviewLike();
const report = audit(profile, { asOf: CLEARVIEW_AS_OF });

function outcomesOf(result: ReturnType<typeof plan>, ruleId: string) {
  const list = result.whatIf?.outcomes.filter((o) => o.ruleId === ruleId) ?? [];
  if (list.length === 0) throw new Error(`no finding of ${ruleId} before the what-if`);
  return list.map((o) => o.outcome);
}

describe("plan: a Clearview-like company before its 2021 measures", () => {
  const result = plan(report, profile, { apply: CLEARVIEW_2021_MEASURES });
  const whatIf = result.whatIf!;

  it("lists each of the 2021 measures, as mitigation that removes no exposure", () => {
    for (const id of CLEARVIEW_2021_MEASURES) {
      const step = result.steps.find((s) => s.remedyId === id);
      expect(step, id).toBeDefined();
      expect(step!.effect).toBe("mitigates");
      expect(step!.cures).toEqual([]);
      expect(step!.exposureRemovedUsd).toEqual({ low: 0, high: 0 });
    }
    expect(whatIf.applied).toEqual([...CLEARVIEW_2021_MEASURES]);
  });

  it("cures no finding: collection without release, profiting and the missing policy all remain", () => {
    expect(whatIf.outcomes.filter((o) => o.outcome === "cured")).toEqual([]);
    for (const m of whatIf.byMeasure) expect(m.cures, m.remedyId).toEqual([]);
    for (const ruleId of ["bipa/15b-written-release", "bipa/15b-no-relationship-subjects", "bipa/15c-profit", "bipa/15a-public-policy", "bipa/15d-disclosure"]) {
      for (const outcome of outcomesOf(result, ruleId)) expect(["unchanged", "mitigated"], ruleId).toContain(outcome);
    }
  });

  it("shows which findings the measures only mitigate", () => {
    const filter = whatIf.byMeasure.find((m) => m.remedyId === "avoid-collecting-illinois-residents")!;
    expect(filter.mitigates).toContain("bipa/15b-no-relationship-subjects|face-search|/subjects/scraped-public-images");
    const encryption = whatIf.byMeasure.find((m) => m.remedyId === "encrypt-templates-and-vectors")!;
    expect(encryption.mitigates).toEqual(["bipa/15e-encryption|face-search|storage"]);
    // Encrypting after the fact silences the rule, but it is mitigation: the finding is still counted.
    expect(outcomesOf(result, "bipa/15e-encryption")).toEqual(["no-longer-fires"]);
    expect(whatIf.after.exposure.systems[0]!.lines.some((l) => l.ruleIds?.includes("bipa/15e-encryption"))).toBe(true);
  });

  it("leaves the exposure estimate where it was", () => {
    expect(whatIf.before.exposure.totalUsd.high).toBeGreaterThan(0);
    expect(whatIf.after.exposure.totalUsd).toEqual(whatIf.before.exposure.totalUsd);
    expect(whatIf.exposureRemovedUsd).toEqual({ low: 0, high: 0 });
  });

  it("lowers the injunction risk, as the court weighed the measures for irreparable harm", () => {
    expect(whatIf.before.injunctionRisk.level).toBe("elevated");
    expect(whatIf.after.injunctionRisk.level).toBe("moderate");
    expect(whatIf.before.injunctionRisk.measuresTaken).toEqual([]);
    expect(whatIf.after.injunctionRisk.measuresTaken).toHaveLength(6);
  });

  it("records the measures in the profile from asOf without touching the input", () => {
    const g = whatIf.profile.systems[0]!.geofencing!;
    expect(g.collectionFilter).toMatchObject({ enabled: true, since: CLEARVIEW_AS_OF });
    expect(whatIf.profile.systems[0]!.security).toMatchObject({ templateEncryption: true, staffTraining: true, intrusionDetection: true });
    expect(profile.systems[0]!.geofencing).toBeUndefined();
  });
});

describe("plan: the statute's cures", () => {
  const result = plan(report, profile, { apply: "cures" });
  const whatIf = result.whatIf!;

  it("orders the measures by the exposure they remove", () => {
    const highs = result.steps.map((s) => s.exposureRemovedUsd.high);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    expect(result.steps[0]!.effect).toBe("cures");
    const stop = result.steps.find((s) => s.remedyId === "stop-profiting")!;
    // The 15(c) line: 100,000 Illinois subjects, once each.
    expect(stop.exposureRemovedUsd).toEqual({ low: 100_000_000, high: 500_000_000 });
    expect(stop.cures).toEqual(["bipa/15c-profit|face-search|/commerce/licensesDatabaseAccess", "bipa/15c-profit|face-search|/commerce/otherwiseProfits"]);
  });

  it("cures profiting and disclosure, and removes their exposure", () => {
    expect(outcomesOf(result, "bipa/15c-profit")).toEqual(["cured", "cured"]);
    expect(outcomesOf(result, "bipa/15d-disclosure")).toEqual(["cured"]);
    const sections = whatIf.after.exposure.systems[0]!.lines.map((l) => l.section);
    expect(sections).not.toContain("740 ILCS 14/15(c)");
    expect(sections).not.toContain("740 ILCS 14/15(d)");
    expect(whatIf.exposureRemovedUsd.high).toBeGreaterThan(0);
  });

  it("does not back-date: a policy and release adopted now leave the earlier gap (Mora, release timing)", () => {
    const introduced = whatIf.introduced.map((f) => f.ruleId);
    expect(introduced).toContain("bipa/15a-policy-timing");
    expect(introduced).toContain("bipa/15b-release-timing");
    const sections = whatIf.after.exposure.systems[0]!.lines.map((l) => l.section);
    expect(sections).toContain("740 ILCS 14/15(a)");
    expect(sections).toContain("740 ILCS 14/15(b)");
  });

  it("follows up on findings the change brings to light with further cures", () => {
    // Written notice now exists, so its purpose and term are checked and supplied too.
    expect(whatIf.applied).toContain("state-purpose-and-term");
    expect(whatIf.introduced.map((f) => f.ruleId)).not.toContain("bipa/15b-purpose-and-term");
  });

  it("does not cure what only mitigation answers", () => {
    expect(outcomesOf(result, "bipa/15e-encryption")).toEqual(["unchanged"]);
  });
});

describe("plan: options", () => {
  it("re-audits with the same rule settings", () => {
    const rules = { "bipa/15c-profit": "off" } as const;
    const settled = audit(profile, { asOf: CLEARVIEW_AS_OF, rules });
    const result = plan(settled, profile, { rules, apply: ["stop-profiting"] });
    expect(result.whatIf!.before.findings.some((f) => f.ruleId === "bipa/15c-profit")).toBe(false);
    expect(result.notes.some((n) => n.includes("differs from a re-audit"))).toBe(false);
  });

  it("notes a report made with other settings", () => {
    const result = plan(report, profile, { rules: { "bipa/15c-profit": "off" } });
    expect(result.notes.some((n) => n.includes("differs from a re-audit"))).toBe(true);
  });

  it("takes the amendment assumption from the report", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("invalid");
    const r = audit(parsed.profile, { asOf: "2026-11-22", assumptions: { amendmentAppliesToPendingClaims: true } });
    expect(plan(r, parsed.profile, { apply: [] }).whatIf!.after.exposure.amendmentAppliesToPendingClaims).toBe(true);
  });

  it("lists measures no profile change expresses, and applies nothing for them", () => {
    const result = plan(report, profile, { apply: ["establish-unknown-facts", "stop-profiting"] });
    expect(result.whatIf!.notModeled).toEqual(["establish-unknown-facts"]);
    expect(result.whatIf!.applied).toEqual(["stop-profiting"]);
    const step = result.steps.find((s) => s.remedyId === "establish-unknown-facts")!;
    expect(step.modeled).toBe(false);
    expect(step.transformation).toMatch(/^Not modeled/);
  });

  it("rejects an unknown measure", () => {
    expect(() => plan(report, profile, { apply: ["no-such-measure" as RemedyId] })).toThrow(/unknown remedy id/);
  });

  it("has nothing to do for the compliant profile", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("invalid");
    const r = audit(parsed.profile, { asOf: "2026-11-22" });
    const result = plan(r, parsed.profile, { apply: "all" });
    expect(result.steps).toEqual([]);
    expect(result.exposureBeforeUsd).toEqual({ low: 0, high: 0 });
    expect(result.whatIf!.applied).toEqual([]);
  });

  it("is deterministic and labeled as an estimate", () => {
    const a = plan(report, profile, { apply: "cures" });
    expect(plan(report, profile, { apply: "cures" })).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.label.toLowerCase()).toContain("estimate, not legal advice");
  });
});
