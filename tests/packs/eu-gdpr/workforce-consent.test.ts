import { describe, expect, it } from "vitest";
import { workforceConsent } from "../../../src/packs/eu-gdpr/rules/workforce-consent.js";
import { contextOf, profileWith, run } from "./fixture.js";

const EMPLOYEES = { subjects: [{ population: "employees", count: 40 }] };

describe("eu-gdpr/workforce-consent (§4.7 Consent: employee consent is generally weak)", () => {
  it("§4.7 Consent: an info note when employees' explicit consent is the condition", () => {
    const findings = run(workforceConsent, EMPLOYEES);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined(); // the rule's own severity: info
    expect(workforceConsent.severity).toBe("info");
    expect(findings[0]?.message).toContain("power imbalance");
    expect(findings[0]?.evidence).toEqual(["/dataProtection/condition", "/subjects/0/population"]);
  });

  it("§4.7 Consent: a risk when the employees could not refuse", () => {
    const findings = run(workforceConsent, { ...EMPLOYEES, consent: { voluntary: false } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk" })]);
    expect(findings[0]?.message).toContain("could not refuse");
  });

  it("§4.7 Consent: silent (and not engaged) for customers, or when another ground is relied on", () => {
    expect(run(workforceConsent)).toEqual([]);
    expect(workforceConsent.engaged?.(contextOf(profileWith()))).toBe(false);
    expect(run(workforceConsent, { ...EMPLOYEES, dataProtection: { condition: "employment-law" } })).toEqual([]);
  });
});
