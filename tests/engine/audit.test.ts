import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { findingLocation, resolveFinding } from "../../src/core/resolve.js";
import { audit } from "../../src/audit.js";
import { defineRule, type Rule } from "../../src/packs/bipa/rule.js";
import { RuleSettingsError } from "../../src/engine/select.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { DISCLAIMER } from "../../src/report/types.js";

const AS_OF = "2026-11-22";

function profileWith(systems: Array<Record<string, unknown>>): Practices {
  const parsed = parseProfile({ ...compliantProfile, systems });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.profile;
}

const base = compliantProfile.systems[0]!;

// Synthetic rules keep these engine tests independent of the BIPA pack's wording.
const excludeFaces = defineRule({
  ...bipaRules[0]!,
  id: "test/scope-no-faces",
  kind: "scope",
  severity: "info",
  check: ({ system }) =>
    system.modalities.includes("face-geometry") ? [{ message: `${system.name} is excluded`, evidence: ["/modalities"], excludes: true }] : [],
});
const flagUnknownRelease = defineRule({
  ...bipaRules[0]!,
  id: "test/release",
  kind: "section",
  severity: "violation",
  check: ({ system }) =>
    system.release.type === "none"
      ? [{ message: "no release", evidence: ["/release/type", "/collection/firstCaptureDate"] }]
      : system.release.type === "unknown"
        ? [{ message: "release unknown", evidence: ["/release/type"], severity: "risk", basis: "unknown" }]
        : [],
});
const orgRule = defineRule({
  ...bipaRules[0]!,
  id: "test/org",
  kind: "section",
  severity: "info",
  check: () => [{ message: "org fact", evidence: ["/organization/glba/titleVSubject"] }],
});
const ruleSet: Rule[] = [excludeFaces, flagUnknownRelease];

describe("audit", () => {
  const profile = profileWith([
    { ...base, id: "a", name: "A", release: { ...base.release, type: "none" } },
    { ...base, id: "faces", name: "Faces", modalities: ["face-geometry"], release: { ...base.release, type: "none" } },
    { ...base, id: "b", name: "B", release: undefined },
  ]);

  it("returns a plain, serializable report with the disclaimer", () => {
    const report = audit(profile, { asOf: AS_OF, ruleSet });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.reportVersion).toBe(3);
    expect(report.asOf).toBe(AS_OF);
    expect(report.disclaimer).toBe(DISCLAIMER);
    expect(report.disclaimer).toContain("not legal advice");
  });

  it("gives an excluded system one info finding and no section findings", () => {
    const report = audit(profile, { asOf: AS_OF, ruleSet });
    const faces = report.findings.filter((f) => f.systemId === "faces");
    expect(faces).toHaveLength(1);
    expect(faces[0]).toMatchObject({ ruleId: "test/scope-no-faces", severity: "info", message: "Faces is excluded" });
    expect(report.applicability.find((a) => a.systemId === "faces")).toEqual({
      systemId: "faces",
      systemName: "Faces",
      inScope: false,
      status: "does-not-apply",
      excludedBy: { ruleId: "test/scope-no-faces", reason: "Faces is excluded" },
    });
    expect(report.summary).toMatchObject({ systems: 3, systemsInScope: 2, violation: 1, risk: 1, info: 1 });
  });

  it("sorts findings by system order, then severity, then rule", () => {
    const report = audit(profile, { asOf: AS_OF, ruleSet });
    expect(report.findings.map((f) => `${f.systemId}:${f.severity}`)).toEqual(["a:violation", "faces:info", "b:risk"]);
  });

  it("records passing rules per in-scope system", () => {
    const clean = profileWith([{ ...base, id: "ok", name: "OK" }]);
    const report = audit(clean, { asOf: AS_OF, ruleSet });
    expect(report.passed).toEqual([{ ruleId: "test/release", systemId: "ok" }]);
    expect(report.findings).toEqual([]);
  });

  it("resolves evidence to absolute pointers with values, and marks defaulted fields", () => {
    const report = audit(profile, { asOf: AS_OF, ruleSet });
    const b = report.findings.find((f) => f.systemId === "b")!;
    expect(b.basis).toBe("unknown");
    expect(b.evidence[0]).toMatchObject({ pointer: "/systems/2/release/type", value: "unknown" });
    expect(b.fingerprint).toBe("test/release|b|/release/type");
    const org = audit(profile, { asOf: AS_OF, ruleSet: [orgRule] }).findings[0]!;
    expect(org.evidence[0]).toMatchObject({ pointer: "/organization/glba/titleVSubject", value: false });
  });

  it("lists each rule and authority once, and a finding resolves to them (report version 3)", () => {
    const report = audit(profile, { asOf: AS_OF, ruleSet });
    const f = report.findings[0]!;
    expect(report.reportVersion).toBe(3);
    expect(f).not.toHaveProperty("authorities");
    expect(f).not.toHaveProperty("title");
    const rule = report.rules.find((r) => r.id === f.ruleId)!;
    expect(rule.authorities.every((id) => report.authorities.some((a) => a.id === id))).toBe(true);
    expect(new Set(report.rules.map((r) => r.id)).size).toBe(report.rules.length);
    expect(new Set(report.authorities.map((a) => a.id)).size).toBe(report.authorities.length);
    const resolved = resolveFinding(report, f);
    expect(resolved.title).toBe(rule.title);
    expect(resolved.authorities[0]).toMatchObject({ id: rule.authorities[0], name: expect.any(String), year: expect.any(Number) });
    expect(resolved.systemName).toBe(report.systems.find((s) => s.id === f.systemId)!.name);
  });

  it("adds file lines when given a loaded profile", () => {
    const text = stringify({ ...compliantProfile, systems: [{ ...base, release: { ...base.release, type: "none" } }] });
    const loaded = loadProfile(text, { file: "p.yaml" });
    if (!loaded.ok) throw new Error("invalid");
    const report = audit(loaded, { asOf: AS_OF, ruleSet });
    const expectedLine = text.split("\n").findIndex((l) => l.includes("type: none")) + 1;
    expect(report.file).toBe("p.yaml");
    expect(findingLocation(report.findings[0]!)).toEqual({ pointer: "/systems/0/release/type", line: expectedLine, column: 7 });
    expect(report.findings[0]?.evidence[0]?.present).toBe(true);
  });

  it("points an omitted field at its nearest written ancestor", () => {
    const text = "version: 1\norganization: {name: A, entityType: private-entity}\nsystems:\n  - id: s\n    name: S\n    modalities: [fingerprint]\n";
    const loaded = loadProfile(text);
    if (!loaded.ok) throw new Error("invalid");
    const f = audit(loaded, { asOf: AS_OF, ruleSet }).findings[0]!;
    expect(f.evidence[0]).toMatchObject({ pointer: "/systems/0/release/type", present: false, line: 4, column: 5 });
  });

  it("turns rules off and overrides severities", () => {
    const off = audit(profile, { asOf: AS_OF, ruleSet, rules: { "test/release": "off" } });
    expect(off.findings.map((f) => f.ruleId)).toEqual(["test/scope-no-faces"]);
    expect(off.summary.rulesRun).toBe(1);
    const info = audit(profile, { asOf: AS_OF, ruleSet, rules: { "test/release": "info" } });
    expect(info.findings.filter((f) => f.ruleId === "test/release").map((f) => f.severity)).toEqual(["info", "info"]);
  });

  it("rejects settings for unknown rules, with a suggestion", () => {
    expect(() => audit(profile, { asOf: AS_OF, ruleSet, rules: { "test/relase": "off" } })).toThrow(RuleSettingsError);
    expect(() => audit(profile, { asOf: AS_OF, ruleSet, rules: { "test/relase": "off" } })).toThrow(/did you mean "test\/release"/);
    expect(() => audit(profile, { asOf: AS_OF, ruleSet, rules: { "test/release": "error" as "off" } })).toThrow(/off, violation, risk or info/);
  });

  it("requires a real calendar date for asOf", () => {
    for (const asOf of ["", "2026-13-01", "2026-02-30", "yesterday", "2026-1-1"]) {
      expect(() => audit(profile, { asOf, ruleSet })).toThrow(TypeError);
    }
  });

  it("is deterministic: same input, same bytes", () => {
    const a = JSON.stringify(audit(profile, { asOf: AS_OF }));
    const b = JSON.stringify(audit(structuredClone(profile), { asOf: AS_OF }));
    expect(a).toBe(b);
  });

  it("records the amendment assumption as a note", () => {
    expect(audit(profile, { asOf: AS_OF, ruleSet }).notes[0]).toContain("unsettled");
    expect(audit(profile, { asOf: AS_OF, ruleSet, assumptions: { amendmentAppliesToPendingClaims: true } }).notes[0]).toContain(
      "applies",
    );
  });
});
