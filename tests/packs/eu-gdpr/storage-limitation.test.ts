import { describe, expect, it } from "vitest";
import { storageLimitation } from "../../../src/packs/eu-gdpr/rules/storage-limitation.js";
import { run } from "./fixture.js";

describe("eu-gdpr/storage-limitation (§4.7 Retention: Art. 5(1)(e), no fixed period, [UNVERIFIED])", () => {
  it("§4.7 Retention: no destruction trigger is a risk, never a violation, and names no number of days", () => {
    const findings = run(storageLimitation, { retention: { schedule: { trigger: "none" } } });
    expect(findings).toHaveLength(1);
    expect(storageLimitation.severity).toBe("risk");
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message).toContain("no fixed period");
    expect(findings[0]?.message).not.toMatch(/\d+ days/);
  });

  it("§4.7 Retention: records kept past the schedule are a risk on the facts", () => {
    const findings = run(storageLimitation, { retention: { practice: { recordsRetainedPastTrigger: "some" } } });
    expect(findings).toEqual([expect.objectContaining({ evidence: ["/retention/practice/recordsRetainedPastTrigger", "/retention/schedule/trigger"] })]);
    expect(findings[0]?.basis).toBeUndefined();
  });

  it("§4.7 Retention: an unknown trigger is a risk with basis unknown", () => {
    expect(run(storageLimitation, { retention: { schedule: { trigger: "unknown" } } })).toEqual([expect.objectContaining({ basis: "unknown" })]);
  });

  it("§4.7 Retention: silent on any schedule with an end (the GDPR sets no period to compare with)", () => {
    expect(run(storageLimitation)).toEqual([]);
    expect(run(storageLimitation, { retention: { schedule: { trigger: "fixed-period", fixedPeriodYears: 10 } } })).toEqual([]);
  });
});
