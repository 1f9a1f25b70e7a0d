import { describe, expect, it } from "vitest";
import { audit } from "../../../../../src/audit.js";
import { applyExample, deepMerge } from "../../../../../src/engine/examples.js";
import type { RuleExample } from "../../../../../src/packs/bipa/rule.js";
import { parseProfile } from "../../../../../src/practices/load.js";
import type { PracticesInput } from "../../../../../src/practices/schema.js";
import type { Report } from "../../../../../src/report/types.js";
import { compliantProfile } from "../../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../../src/packs/bipa/rules/index.js";
import { rules as scopeRules } from "../../../../../src/packs/bipa/rules/scope/index.js";
import { AS_OF } from "../../../../helpers/rule-tester.js";

/** The documented evaluation order of the scope rules. */
const ORDER = [
  "bipa/scope-entity-type",
  "bipa/scope-glba-exemption",
  "bipa/scope-government-contractor",
  "bipa/scope-biometric-identifier",
  "bipa/scope-identifying-output",
  "bipa/scope-health-care",
  "bipa/scope-possession",
  "bipa/scope-illinois-nexus",
];

type Patch = Pick<RuleExample, "organization" | "system">;

/** For each scope rule, in order: a patch that makes it exclude, and one that restores the compliant fact. */
const EXCLUSIONS: ReadonlyArray<{ on: Patch; off: Patch }> = [
  { on: { organization: { entityType: "government-unit" } }, off: { organization: { entityType: "private-entity" } } },
  {
    on: { organization: { glba: { titleVSubject: true, role: "financial-institution" } } },
    off: { organization: { glba: { titleVSubject: false, role: "none" } } },
  },
  {
    on: { system: { actingForGovernmentUnit: { acting: true, unit: "Cook County" } } },
    off: { system: { actingForGovernmentUnit: { acting: false } } },
  },
  {
    on: { system: { modalities: [], otherTraits: ["gait"] } },
    // Face geometry, so that the next rule (Zellmer: face-derived output only) can decide.
    off: { system: { modalities: ["face-geometry"], otherTraits: [] } },
  },
  { on: { system: { outputCanIdentify: false, faceMatching: "not-applicable" } }, off: { system: { outputCanIdentify: true, faceMatching: "identification" } } },
  {
    on: { system: { healthcare: { hipaaTreatmentPaymentOperations: true } } },
    off: { system: { healthcare: { hipaaTreatmentPaymentOperations: false } } },
  },
  {
    on: { system: { possession: { holder: "subject-device-only" }, collection: { capturedBy: "subject-device" } } },
    off: { system: { possession: { holder: "entity" }, collection: { capturedBy: "entity" } } },
  },
  {
    on: {
      organization: { illinoisPresence: { facilities: false, employees: false, customersOrContracts: false, marketsToIllinois: false } },
      system: {
        subjects: [{ population: "employees", count: 120, illinoisCount: 0, unionRepresented: false, relationship: "direct" }],
        illinoisNexus: { illinoisSubjectShare: 0, captureInIllinois: false, captureLocations: ["Indiana"], processingLocations: ["Indiana"] },
      },
    },
    off: {
      organization: { illinoisPresence: { facilities: true, employees: true, customersOrContracts: true, marketsToIllinois: true } },
      system: {
        subjects: [{ population: "employees", count: 120, illinoisCount: 120, unionRepresented: false, relationship: "direct" }],
        illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: true, captureLocations: ["Illinois"] },
      },
    },
  },
];

/** Practices that section rules must flag on any in-scope system. */
const BAD_PRACTICES: Patch = { system: { commerce: { sells: true }, release: { type: "none" } } };

function merge(patches: readonly Patch[]): RuleExample {
  return patches.reduce<RuleExample>(
    (acc, p) => ({
      description: acc.description,
      organization: deepMerge(acc.organization ?? {}, p.organization ?? {}) as Record<string, unknown>,
      system: deepMerge(acc.system ?? {}, p.system ?? {}) as Record<string, unknown>,
    }),
    { description: "merged patches" },
  );
}

function auditPack(profile: PracticesInput): Report {
  const parsed = parseProfile(profile);
  if (!parsed.ok) throw new Error(`invalid test profile: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  return audit(parsed.profile, { asOf: AS_OF });
}

const auditPatches = (...patches: Patch[]) => auditPack(applyExample(compliantProfile, merge(patches)));

describe("scope rules in the BIPA pack", () => {
  it("are registered in the documented order, at the head of the pack", () => {
    expect(scopeRules.map((r) => r.id)).toEqual(ORDER);
    expect(scopeRules.every((r) => r.kind === "scope")).toBe(true);
    expect(bipaRules.slice(0, ORDER.length).map((r) => r.id)).toEqual(ORDER);
    expect(bipaRules.slice(ORDER.length).some((r) => r.kind === "scope")).toBe(false);
  });

  it("an excluded system gets exactly one info finding and no section findings, however bad its practices", () => {
    const report = auditPatches(EXCLUSIONS[0]!.on, BAD_PRACTICES);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: "bipa/scope-entity-type", severity: "info", basis: "fact", systemId: "timeclock" });
    expect(report.applicability).toEqual([
      {
        systemId: "timeclock",
        systemName: "Fingerprint timeclock",
        inScope: false,
        status: "does-not-apply",
        excludedBy: { ruleId: "bipa/scope-entity-type", reason: report.findings[0]!.message },
      },
    ]);
    expect(report.passed.filter((p) => p.systemId === "timeclock")).toEqual([]);
    expect(report.summary).toMatchObject({ systemsInScope: 0, violation: 0, risk: 0, info: 1 });
  });

  it("the same bad practices on an in-scope system do produce section findings", () => {
    const report = auditPatches(BAD_PRACTICES);
    expect(report.applicability[0]?.inScope).toBe(true);
    expect(report.findings.some((f) => f.ruleId === "bipa/15c-profit" && f.severity === "violation")).toBe(true);
  });

  describe.each(ORDER.map((id, i) => [id, i] as const))("when every exclusion from %s on holds", (id, i) => {
    it(`${id} decides, as the first excluding rule in order`, () => {
      const patches = EXCLUSIONS.map((e, j) => (j < i ? e.off : e.on));
      const report = auditPatches(...patches, BAD_PRACTICES);
      expect(report.applicability[0]?.excludedBy?.ruleId).toBe(id);
      expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([[id, "info"]]);
    });
  });

  it("with every exclusion lifted the system is in scope and compliant", () => {
    const report = auditPatches(...EXCLUSIONS.map((e) => e.off));
    expect(report.applicability[0]?.inScope).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it("a non-excluding scope finding is reported alongside the section findings", () => {
    const vendor: Patch = { organization: { glba: { titleVSubject: false, role: "vendor-to-financial-institution" } } };
    const report = auditPatches(vendor, BAD_PRACTICES);
    expect(report.applicability[0]?.inScope).toBe(true);
    expect(report.findings.filter((f) => f.ruleId === "bipa/scope-glba-exemption").map((f) => f.severity)).toEqual(["info"]);
    expect(report.findings.some((f) => f.ruleId === "bipa/15c-profit")).toBe(true);
  });

  it("a later exclusion replaces an earlier rule's non-excluding finding", () => {
    const vendor: Patch = { organization: { glba: { titleVSubject: false, role: "vendor-to-financial-institution" } } };
    const report = auditPatches(vendor, EXCLUSIONS[7]!.on);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["bipa/scope-illinois-nexus"]);
    expect(report.applicability[0]?.inScope).toBe(false);
  });

  it("decides each system on its own: an excluded system beside an in-scope one", () => {
    const [timeclock] = compliantProfile.systems;
    const gaitSensor = deepMerge(timeclock, { id: "gait-sensor", name: "Gait sensor", modalities: [], otherTraits: ["gait"] });
    const report = auditPack({ ...compliantProfile, systems: [timeclock, gaitSensor] as PracticesInput["systems"] });
    expect(report.applicability.map((a) => [a.systemId, a.inScope, a.excludedBy?.ruleId])).toEqual([
      ["timeclock", true, undefined],
      ["gait-sensor", false, "bipa/scope-biometric-identifier"],
    ]);
    expect(report.findings.map((f) => [f.systemId, f.ruleId])).toEqual([["gait-sensor", "bipa/scope-biometric-identifier"]]);
    expect(report.passed.some((p) => p.systemId === "timeclock")).toBe(true);
    expect(report.passed.some((p) => p.systemId === "gait-sensor")).toBe(false);
  });
});
