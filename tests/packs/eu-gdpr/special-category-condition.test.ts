import { describe, expect, it } from "vitest";
import { specialCategoryCondition } from "../../../src/packs/eu-gdpr/rules/special-category-condition.js";
import { run } from "./fixture.js";

describe("eu-gdpr/special-category-condition (§4.7 Defined data and trigger; Consent)", () => {
  it("§4.7 trigger: no Art. 9(2) condition is a violation", () => {
    const findings = run(specialCategoryCondition, { dataProtection: { condition: "none" } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message).toContain("Gym face check-in");
    expect(findings[0]?.evidence).toEqual(["/dataProtection/condition"]);
  });

  it("§4.7 Consent / §3.4 Clearview: consent inferred from public images is not explicit consent", () => {
    const findings = run(specialCategoryCondition, { consent: { obtained: false, form: "implied", basedOnPublicImages: true, explicit: "unknown" } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("inferred from images being public");
    expect(findings[0]?.evidence).toEqual(["/dataProtection/condition", "/consent/obtained", "/consent/form", "/consent/basedOnPublicImages"]);
  });

  it("§4.7 Consent: consent that is not explicit is a violation", () => {
    expect(run(specialCategoryCondition, { consent: { explicit: false } })[0]?.message).toContain("not an express statement");
  });

  it("§4.7 Consent: an unknown condition, or unknown explicitness, is a risk", () => {
    expect(run(specialCategoryCondition, { dataProtection: { condition: "unknown" } })).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown" })]);
    expect(run(specialCategoryCondition, { consent: { explicit: "unknown" } })).toEqual([
      expect.objectContaining({ severity: "risk", basis: "unknown", evidence: ["/dataProtection/condition", "/consent/explicit"] }),
    ]);
  });

  it("§4.7 Consent: silent on explicit consent properly obtained, and on another listed ground", () => {
    expect(run(specialCategoryCondition)).toEqual([]);
    expect(run(specialCategoryCondition, { dataProtection: { condition: "employment-law" }, consent: { obtained: false } })).toEqual([]);
  });
});
