import { describe, expect, it } from "vitest";
import { employerRequiredConsent } from "../../../src/packs/co-biometric/rules/employer-required-consent.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Notice and consent": employers may require consent only for secure-area
// access, workplace safety and security, recording the start and end of the workday, and public
// safety in emergencies; consent for other uses must be voluntary.
describe("co-biometric/employer-required-consent", () => {
  it("§4.4 Employer limits: required consent for marketing is a violation naming the use", () => {
    const [f] = run(employerRequiredConsent, failingSystem);
    expect(severityOf(employerRequiredConsent, f!)).toBe("violation");
    expect(f!.message).toContain("requires employees' consent and uses the data for marketing");
    expect(f!.message).not.toContain("tracking location");
  });

  it("§4.4 Employer limits: a release signed as a condition of employment counts as required consent", () => {
    const [f] = run(employerRequiredConsent, { consent: { voluntary: "unknown" }, release: { employmentCondition: true }, purposes: ["identity-verification"] });
    expect(severityOf(employerRequiredConsent, f!)).toBe("violation");
    expect(f!.evidence).toContain("/release/employmentCondition");
  });

  it("§4.4 Employer limits: whether consent is voluntary, unknown, is a risk only when a non-permitted use is listed", () => {
    const [f] = run(employerRequiredConsent, { consent: { voluntary: "unknown" }, purposes: ["timekeeping", "payment"] });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(run(employerRequiredConsent, { consent: { voluntary: "unknown" }, purposes: ["timekeeping", "secure-access"] })).toEqual([]);
  });

  it("§4.4 Employer limits: required consent with no purpose listed is a risk on the purposes", () => {
    const [f] = run(employerRequiredConsent, { purposes: [] });
    expect(f!.severity).toBe("risk");
    expect(f!.evidence).toEqual(["/purposes", "/consent/voluntary"]);
  });

  it("§4.4 Employer limits: silent for the permitted uses, for voluntary consent, and for systems with no employees", () => {
    expect(run(employerRequiredConsent, { purposes: ["timekeeping", "secure-access", "workplace-safety", "public-safety-emergency"] })).toEqual([]);
    expect(run(employerRequiredConsent, { consent: { voluntary: true }, purposes: ["marketing"] })).toEqual([]);
    expect(run(employerRequiredConsent, { subjects: [{ population: "customers", count: 10 }], purposes: ["marketing"] })).toEqual([]);
  });
});
