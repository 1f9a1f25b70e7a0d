import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { formatters, FORMAT_NAMES } from "../../src/format/index.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { plan } from "../../src/plan/plan.js";
import { planFormatters, PLAN_FORMAT_NAMES } from "../../src/plan/format/index.js";
import { toyPack, toyProfile as profile } from "../helpers/toy-pack.js";

/* The toy pack (tests/helpers/toy-pack.ts) must run through audit, plan and every format with no engine change. */
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
