import { describe, expect, it } from "vitest";
import { retention as rule } from "../../../src/packs/wa-biometric/rules/retention.js";
import { run } from "./fixture.js";

describe("wa-biometric/retention", () => {
  it("§4.2 RCW 19.375 Retention: never deleting is a violation", () => {
    const [f] = run(rule, { retention: { schedule: { trigger: "none" } } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/retention/schedule/trigger"]);
  });
  it("§4.2 RCW 19.375 Retention: records kept past the system's own trigger are a risk", () => {
    expect(run(rule, { retention: { practice: { recordsRetainedPastTrigger: "some" } } })[0]).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.2 RCW 19.375 Retention: an unknown schedule is a risk", () => {
    expect(run(rule, { retention: null })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.2 RCW 19.375 Retention: no fixed period: any schedule that ends is silent", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { retention: { schedule: { trigger: "fixed-period", fixedPeriodYears: 5 } } })).toEqual([]);
  });
});
