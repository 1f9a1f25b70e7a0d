import { describe, expect, it } from "vitest";
import { buildBaseline } from "../../src/gate/baseline/baseline.js";
import { gate } from "../../src/gate/gate.js";
import type { Report } from "../../src/report/types.js";
import type { Waiver } from "../../src/gate/waivers/schema.js";
import { acmeReport, betaReport } from "./fixtures/report.js";

const fresh: Report = { ...acmeReport, suppressed: [], summary: { ...acmeReport.summary, suppressed: 0 } };
const releaseWaiver: Waiver = {
  rule: "bipa/15b-written-release",
  target: "gym-entry",
  justification: "Releases being collected.",
  approvedBy: "Dana Roe",
  expires: "2026-12-31",
};

describe("gate", () => {
  it("without waivers or a baseline, only decides the exit code", () => {
    expect(gate([fresh, betaReport], { failOn: "violation", asOf: "2026-11-22" })).toEqual({
      reports: [fresh, betaReport],
      exitCode: 1,
      notices: [],
      waiverOutcomes: [],
    });
  });

  it("applies waivers before the baseline, so a waived finding is not baselined", () => {
    const result = gate([fresh], {
      failOn: "risk",
      asOf: "2026-11-22",
      waivers: [releaseWaiver],
      updateBaseline: true,
    });
    expect(result.exitCode).toBe(0);
    expect(result.updatedBaseline!.entries.map((e) => e.ruleId)).not.toContain("bipa/15b-written-release");
    expect(result.reports[0]!.suppressed.map((s) => s.suppression.kind)).toEqual(["waiver", "baseline", "baseline", "baseline"]);
    expect(result.notices).toEqual([]);
  });

  it("fails on what the baseline does not hold, and reports stale entries and expired waivers", () => {
    const baseline = buildBaseline([{ ...fresh, findings: fresh.findings.slice(1) }]);
    baseline.entries.push({ ruleId: "bipa/15c-profit", file: "profiles/acme.yaml", fingerprint: "gone" });
    const result = gate([fresh], {
      failOn: "violation",
      asOf: "2027-01-01",
      waivers: [releaseWaiver],
      baseline: { previous: baseline, file: "bipa-baseline.json" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.reports[0]!.findings.map((f) => f.ruleId)).toEqual(["bipa/15b-written-release"]);
    expect(result.notices.map((n) => n.code)).toEqual(["waiver-expired", "baseline-stale"]);
    expect(result.baselineStatus).toMatchObject({ entries: 4, matched: 3 });
  });
});
