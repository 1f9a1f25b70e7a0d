import { describe, expect, it } from "vitest";
import { retentionLimit } from "../../../src/packs/ca-ccpa/rules/retention-limit.js";
import { run } from "./fixture.js";

describe("ca-ccpa/retention-limit (§4.3 Retention, 1798.100(a)(3))", () => {
  it("§4.3 Retention: no destruction trigger is a violation", () => {
    const findings = run(retentionLimit, { retention: { schedule: { trigger: "none" } } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message).toContain("kept with no end");
  });

  it("§4.3 Retention: records kept past the business's own trigger are a risk on the facts", () => {
    const findings = run(retentionLimit, { retention: { practice: { recordsRetainedPastTrigger: 40 } } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", evidence: ["/retention/practice/recordsRetainedPastTrigger", "/retention/schedule/trigger"] })]);
    expect(findings[0]?.basis).toBeUndefined();
  });

  it("§4.3 Retention: an unknown trigger is a risk with basis unknown", () => {
    const findings = run(retentionLimit, { retention: { schedule: { trigger: "unknown" } } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown" })]);
  });

  it("§4.3 Retention: silent on a purpose-based schedule and on fixed periods (the CCPA sets no number of days)", () => {
    expect(run(retentionLimit)).toEqual([]);
    expect(run(retentionLimit, { retention: { schedule: { trigger: "fixed-period", fixedPeriodYears: 2 } } })).toEqual([]);
    expect(run(retentionLimit, { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 1 } } })).toEqual([]);
  });
});
