import { describe, expect, it } from "vitest";
import { employmentTrackingCondition } from "../../../src/packs/co-biometric/rules/employment-tracking-condition.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Notice and consent": employment may not be conditioned on consent to track
// location or time spent using hardware or software.
describe("co-biometric/employment-tracking-condition", () => {
  it("§4.4 Employer limits: location tracking with required consent is a violation", () => {
    const [f] = run(employmentTrackingCondition, failingSystem);
    expect(severityOf(employmentTrackingCondition, f!)).toBe("violation");
    expect(f!.message).toContain("for tracking location, and consent is a condition of the job");
  });

  it("§4.4 Employer limits: tracking device use with consent of unknown kind is a risk", () => {
    const [f] = run(employmentTrackingCondition, { purposes: ["device-or-software-usage-tracking"], consent: { voluntary: "unknown" } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.message).toContain("tracking hardware or software use");
  });

  it("§4.4 Employer limits: silent without tracking, with voluntary consent, or without employees", () => {
    expect(run(employmentTrackingCondition)).toEqual([]);
    expect(run(employmentTrackingCondition, { purposes: ["location-tracking"], consent: { voluntary: true } })).toEqual([]);
    expect(run(employmentTrackingCondition, { purposes: ["location-tracking"], subjects: [{ population: "users", count: 5 }] })).toEqual([]);
  });
});
