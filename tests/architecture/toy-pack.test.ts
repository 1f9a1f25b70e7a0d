import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { definePack, definePackRule, type Pack } from "../../src/core/pack.js";
import { formatters, FORMAT_NAMES } from "../../src/format/index.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { plan } from "../../src/plan/plan.js";
import { planFormatters, PLAN_FORMAT_NAMES } from "../../src/plan/format/index.js";
import { practicesSchema, type Practices } from "../../src/practices/schema.js";

/*
 * A pack defined here, not in src/: it must run through audit, plan and every format with no change
 * to the engine. It applies to systems whose id starts with "tx-", does not apply to "il-" ones, and
 * is unknown elsewhere; its one rule fires when the system has no release in writing.
 */
const toyRule = definePackRule({
  id: "toy/written-consent",
  title: "Written consent before capture",
  section: "Toy Code §1(b)",
  severity: "violation",
  summary: "Consent in writing before capture.",
  plainLanguage: "Ask first, in writing.",
  authorities: ["toy-1"],
  remedies: ["toy-consent"],
  tags: ["consent"],
  check: ({ system }) =>
    system.release.type === "none" ? [{ message: `${system.name} captures without written consent.`, evidence: ["/release/type"] }] : [],
});

const toyPack: Pack = definePack({
  id: "toy",
  title: "Toy Biometric Act",
  jurisdiction: "Toyland",
  citation: "Toy Code §1",
  effectiveFrom: "2020-01-01",
  authorities: [{ id: "toy-1", kind: "statute", name: "Toy Code §1", citation: "Toy Code §1", year: 2020, holding: "Consent first.", status: "V" }],
  remedies: [
    {
      id: "toy-consent",
      measure: "written-consent-before-capture",
      title: "Obtain written consent",
      requires: "A signed consent form.",
      effect: "cures",
      why: "The Act asks for it.",
      sources: ["toy-1"],
    },
  ],
  rules: [toyRule],
  applicability: ({ system }) =>
    system.id.startsWith("tx-")
      ? { status: "applies", reasons: [`${system.name} is in Toyland.`], evidence: ["/id"] }
      : system.id.startsWith("il-")
        ? { status: "does-not-apply", reasons: [`${system.name} is not in Toyland.`], evidence: ["/id"] }
        : { status: "unknown", reasons: [`Whether ${system.name} is in Toyland is not stated.`], evidence: ["/id"] },
  penalty: ({ findings }) => {
    const n = findings.filter((f) => f.severity === "violation").length;
    return {
      currency: "USD",
      low: 0,
      high: n * 1000,
      lines: [{ label: "Civil penalty", section: "Toy Code §1(c)", arithmetic: `${n} × $1,000 = $${n * 1000}`, low: 0, high: n * 1000, recoveredBy: "regulator" }],
      notes: ["A toy figure."],
    };
  },
  notes: ["A pack defined in a test."],
});

function profile(): Practices {
  const base = structuredClone(compliantProfile) as Record<string, unknown> & { systems: Array<Record<string, unknown>> };
  const system = base.systems[0]!;
  const systems = [
    { ...structuredClone(system), id: "tx-door", name: "Door scanner", release: { ...(system.release as object), type: "none" } },
    { ...structuredClone(system), id: "il-clock", name: "Timeclock" },
    { ...structuredClone(system), id: "xx-kiosk", name: "Kiosk", release: { ...(system.release as object), type: "none" } },
  ];
  return practicesSchema.parse({ ...base, systems });
}

describe("a pack defined outside src/ runs without engine changes", () => {
  const p = profile();
  const report = audit(p, { asOf: "2026-11-22", packs: ["bipa", toyPack] });
  const toy = report.packs.find((s) => s.id === "toy")!;

  it("gets a section of its own, after BIPA, that validates against the report schema", () => {
    expect(report.packs.map((s) => s.id)).toEqual(["bipa", "toy"]);
    expect(reportSchema.safeParse(report).error?.issues ?? []).toEqual([]);
    expect(toy.applicability.map((a) => a.status)).toEqual(["applies", "does-not-apply", "unknown"]);
    expect(toy.notes).toEqual(["A pack defined in a test."]);
  });

  it("runs its rules only where it applies; an unknown system is one conditional line", () => {
    const own = report.findings.filter((f) => f.ruleId.startsWith("toy/"));
    expect(own.map((f) => [f.ruleId, f.systemId])).toEqual([
      ["toy/written-consent", "tx-door"],
      ["toy/applicability", "xx-kiosk"],
    ]);
    const conditional = own[1]!;
    expect(conditional.severity).toBe("risk");
    expect(conditional.message).toContain("Whether Kiosk is in Toyland is not stated.");
    expect(conditional.message).toContain("If the law applies, the section checks find 1 violation (toy/written-consent)");
    expect(toy.passed).toEqual([]);
    expect(toy.summary).toMatchObject({ systems: 3, systemsInScope: 1, violation: 1, risk: 1 });
  });

  it("puts its rows in the applicability matrix, with the reasons", () => {
    const rows = report.matrix.filter((c) => c.packId === "toy");
    expect(rows.map((c) => `${c.systemId}:${c.status}:${c.reason}`)).toEqual([
      "tx-door:applies:Door scanner is in Toyland.",
      "il-clock:does-not-apply:Timeclock is not in Toyland.",
      "xx-kiosk:unknown:Whether Kiosk is in Toyland is not stated.",
    ]);
    expect(report.matrix.filter((c) => c.packId === "bipa")).toHaveLength(3);
  });

  it("gives its penalty estimate, with the arithmetic", () => {
    expect(toy.estimate).toMatchObject({ high: 1000, lines: [{ arithmetic: "1 × $1,000 = $1000" }] });
  });

  it("does not apply before its effective date, and says why", () => {
    const early = audit(p, { asOf: "2019-06-01", packs: [toyPack] });
    expect(early.findings).toEqual([]);
    expect(early.packs[0]!.applicability.map((a) => a.reasons)).toEqual(
      Array(3).fill(["Toy Code §1 is in force from 2020-01-01; the audit is as of 2019-06-01."]),
    );
  });

  it("leaves BIPA's findings and estimate as they are without it", () => {
    const alone = audit(p, { asOf: "2026-11-22", packs: ["bipa"] });
    expect(report.findings.filter((f) => f.ruleId.startsWith("bipa/"))).toEqual(alone.findings);
    expect(report.exposure).toEqual(alone.exposure);
  });

  it("goes through the plan and every report and plan format", () => {
    const result = plan(report, p, { packs: ["bipa", toyPack] });
    expect(result.steps.length).toBeGreaterThan(0);
    for (const name of PLAN_FORMAT_NAMES) expect(planFormatters[name](result, {}).length).toBeGreaterThan(0);
    for (const name of FORMAT_NAMES) {
      const out = formatters[name](report, {});
      expect(out, name).toContain("toy/written-consent");
      if (name !== "gitlab") expect(out, name).toContain("Toy");
    }
  });
});
