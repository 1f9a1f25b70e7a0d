import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { penalty, PER_VIOLATION_USD } from "../../../src/packs/wa-mhmda/penalty.js";
import { AS_OF, compliantData, merge, parse } from "./fixture.js";

type Finding = PenaltyContext["findings"][number];
const v = (ruleId: string): Finding => ({ ruleId, systemId: "gym-checkin", severity: "violation", basis: "fact" });

function estimate(findings: Finding[], systemPatch: Record<string, unknown> = {}) {
  const systems = (compliantData.systems as Array<Record<string, unknown>>).map((s) => merge(s, systemPatch));
  return penalty({ profile: parse({ ...compliantData, systems }), findings, applies: [0], asOf: AS_OF });
}

describe("wa-mhmda penalty", () => {
  it("§4.2 MHMDA Enforcement: the Attorney General's CPA civil penalty is up to $7,500 per violation", () => {
    expect(PER_VIOLATION_USD).toBe(7_500);
  });
  it("§4.2 MHMDA Enforcement: three duties for 2,000 consumers, both readings", () => {
    const e = estimate([v("wa-mhmda/consent-to-collect"), v("wa-mhmda/separate-consent-to-share"), v("wa-mhmda/valid-sale-authorization")]);
    // per practice: 3 duties × $7,500 = $22,500
    // per consumer: 3 duties × 2,000 consumers × $7,500 = $45,000,000
    expect(e.lines[0]).toMatchObject({ low: 22_500, high: 45_000_000, recoveredBy: "regulator" });
    expect(e.lines[0]?.arithmetic).toBe("per practice: 3 duties × $7,500 = $22,500; per consumer: 3 duties × 2,000 consumers in Washington × $7,500 = $45,000,000");
  });
  it("§4.2 MHMDA Collect: a consent to collect and what its request states count as one duty", () => {
    const e = estimate([v("wa-mhmda/consent-to-collect"), v("wa-mhmda/consent-disclosures")]);
    // per practice: 1 duty × $7,500 = $7,500; per consumer: 1 duty × 2,000 consumers × $7,500 = $15,000,000
    expect(e.lines[0]).toMatchObject({ low: 7_500, high: 15_000_000, label: "Spokane gym face check-in: 1 duty broken (consent to collect)" });
  });
  it("§4.2 MHMDA Damages [S]/[UNVERIFIED]: no private damages figure; the private action is a note requiring injury", () => {
    const e = estimate([v("wa-mhmda/consent-to-collect")]);
    expect(e.lines.every((l) => l.recoveredBy === "regulator")).toBe(true);
    const notes = e.notes.join(" ");
    expect(notes).toContain("must show injury");
    expect(notes).toContain("not computed");
    expect(notes).toContain("unverified");
    expect(notes).toContain("Low reading");
    expect(notes).toContain("statutory maximum");
  });
  it("§4.2 MHMDA Collect: no consent on a profile silent about necessity is a risk, and the penalty counts nothing (it counted 1 duty × 2,000 consumers × $7,500 = $15,000,000)", async () => {
    const { audit } = await import("../../../src/index.js");
    const system = merge((compliantData.systems as Array<Record<string, unknown>>)[0]!, {
      consent: { obtained: false, separateConsentToShare: false },
      dataProtection: { usedBeyondNecessary: "unknown" },
      disclosures: [],
      commerce: { sells: false },
    });
    const report = audit(parse({ ...compliantData, systems: [system] }), { asOf: AS_OF, packs: ["wa-mhmda"] });
    const collect = report.findings.filter((f) => f.ruleId === "wa-mhmda/consent-to-collect");
    expect(collect.map((f) => [f.severity, f.basis])).toEqual([["risk", "unknown"]]);
    expect(report.findings.filter((f) => f.severity === "violation")).toEqual([]);
    expect(report.packs.find((p) => p.id === "wa-mhmda")?.estimate?.lines ?? []).toEqual([]);
  });
  it("§4.2 MHMDA Enforcement: counts read as every figure does (thousands grouped; one consumer, not 'consumers')", () => {
    // per consumer: 1 duty × 12,000 consumers × $7,500 = $90,000,000
    const many = estimate([v("wa-mhmda/consent-to-collect")], { places: { subjects: [{ place: "US-WA", count: 12_000 }] } });
    expect(many.lines[0]?.arithmetic).toContain("1 duty × 12,000 consumers in Washington × $7,500 = $90,000,000");
    // at least 1 consumer: 1 duty × 1 × $7,500 = $7,500
    const one = estimate([v("wa-mhmda/consent-to-collect")], { places: { subjects: [{ place: "US-WA", count: "some" }] } });
    expect(one.lines[0]?.arithmetic).toContain("1 duty × at least 1 consumer in Washington × $7,500 = $7,500");
  });
  it("§4.2 MHMDA: risks are not counted; an uncounted population gives the per-practice figure only", () => {
    expect(estimate([{ ...v("wa-mhmda/consent-to-collect"), severity: "risk", basis: "unknown" }]).lines).toEqual([]);
    const e = estimate([v("wa-mhmda/consent-to-collect")], { places: { subjects: [{ place: "US-WA", count: "unknown" }] } });
    // per practice: 1 duty × $7,500 = $7,500; per consumer not computed
    expect(e.lines[0]).toMatchObject({ low: 7_500, high: 7_500 });
  });
});
