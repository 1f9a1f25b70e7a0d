import { describe, expect, it } from "vitest";
import { destructionDeadline as rule } from "../../../src/packs/tx-cubi/rules/destruction-deadline.js";
import { run } from "./fixture.js";

describe("tx-cubi/destruction-deadline", () => {
  it("§4.1 Retention (c)(3): no destruction at all is a violation", () => {
    const [f] = run(rule, { retention: { schedule: { trigger: "none" } } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/retention/schedule/trigger"]);
  });
  it("§4.1 Retention (c)(3): deletion 400 days after the purpose ends passes the first anniversary", () => {
    const [f] = run(rule, { retention: { practice: { daysFromTriggerToDeletion: 400 } } });
    expect(f?.message).toContain("400 days");
  });
  it("§4.1 Retention (c)(3): exactly 365 days is within the limit (silent)", () => {
    expect(run(rule, { retention: { practice: { daysFromTriggerToDeletion: 365 } } })).toEqual([]);
  });
  it("§4.1 Retention (c)(3): a schedule counted from the last interaction or collection is a risk past a year", () => {
    expect(run(rule, { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 3 } } })[0]).toMatchObject({ severity: "risk", basis: "fact" });
    expect(run(rule, { retention: { schedule: { trigger: "fixed-period", fixedPeriodYears: 2 } } })[0]).toMatchObject({ severity: "risk", basis: "fact" });
    expect(run(rule, { retention: { schedule: { trigger: "fixed-period", fixedPeriodYears: 1 } } })).toEqual([]);
  });
  it("§4.1 Retention: an unknown schedule is a risk", () => {
    expect(run(rule, { retention: null })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.1 Retention (c-2) [S]: the employment-end presumption appears as a note only for employees enrolled for security", () => {
    const secure = { purposes: ["secure-access"], retention: { schedule: { trigger: "none" } } };
    expect(run(rule, secure)[0]?.message).toContain("(c-2)");
    expect(run(rule, secure)[0]?.message).toContain("not confirmed");
    expect(run(rule, { retention: { schedule: { trigger: "none" } } })[0]?.message).not.toContain("(c-2)");
  });
  it("§4.1 Retention: silent when destroyed promptly after the purpose ends", () => {
    expect(run(rule)).toEqual([]);
  });
});
