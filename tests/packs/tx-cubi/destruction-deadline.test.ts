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
  describe("§4.1 Exemptions ('From 1 Jan 2026') for a system within an HB 149 AI exemption (ERROR 2, legal-sweep-6)", () => {
    const securityAi = {
      purposes: ["security", "fraud-prevention"],
      aiTraining: { usedToTrain: true, systemUniquelyIdentifies: true, securityOrFraudPurpose: true, laterCommercialUse: false },
      retention: { practice: { daysFromTriggerToDeletion: 400 } },
    };
    it("capture from 2025-03-01: no deadline can have passed before 2026, so the missed deadline is a risk naming the open point", () => {
      // Earliest purpose expiry 2025-03-01 → destroy by 2026-03-01 → the earliest breach is 2026-03-02, within the exemption.
      const [f] = run(rule, { ...securityAi, collection: { firstCaptureDate: "2025-03-01" } });
      expect(f).toMatchObject({ severity: "risk", basis: "fact" });
      expect(f?.message).toContain("no identifier's deadline");
      expect(f?.message).toContain("not addressed by the reference");
      expect(run(rule, { ...securityAi, collection: { firstCaptureDate: "2024-12-31" } })[0]?.severity).toBe("risk");
    });
    it("capture by 2024-12-30: a deadline can have passed before 2026, so the violation stands (must not downgrade)", () => {
      // Purpose expired 2024-12-30 → destroy by 2025-12-30 → still kept on 2025-12-31, before HB 149.
      expect(run(rule, { ...securityAi, collection: { firstCaptureDate: "2024-12-30" } })[0]?.severity).toBeUndefined();
      expect(run(rule, { ...securityAi, collection: { firstCaptureDate: "2023-05" } })[0]?.severity).toBeUndefined();
    });
    it("before 2026, or for a system outside the exemption, nothing changes (must not downgrade)", () => {
      expect(run(rule, { ...securityAi, collection: { firstCaptureDate: "2025-03-01" } }, { asOf: "2025-12-31" })[0]?.severity).toBeUndefined();
      expect(run(rule, { retention: { practice: { daysFromTriggerToDeletion: 400 } }, collection: { firstCaptureDate: "2025-03-01" } })[0]?.severity).toBeUndefined();
    });
  });
});
