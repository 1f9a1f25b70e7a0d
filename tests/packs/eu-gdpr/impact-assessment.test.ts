import { describe, expect, it } from "vitest";
import { impactAssessment } from "../../../src/packs/eu-gdpr/rules/impact-assessment.js";
import { run } from "./fixture.js";

describe("eu-gdpr/impact-assessment (§4.7 DPIA, Art. 35(3)(b))", () => {
  it("§4.7 DPIA: large-scale processing without an assessment is a violation", () => {
    const findings = run(impactAssessment, { dataProtection: { impactAssessment: false } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.evidence).toEqual(["/dataProtection/largeScale", "/dataProtection/impactAssessment"]);
  });

  it("§4.7 DPIA: an unknown scale with no assessment, or an unknown assessment at large scale, is a risk", () => {
    expect(run(impactAssessment, { dataProtection: { largeScale: "unknown", impactAssessment: false } })).toEqual([
      expect.objectContaining({ severity: "risk", basis: "unknown", evidence: ["/dataProtection/largeScale"] }),
    ]);
    expect(run(impactAssessment, { dataProtection: { impactAssessment: "unknown" } })).toEqual([
      expect.objectContaining({ severity: "risk", evidence: ["/dataProtection/impactAssessment"] }),
    ]);
  });

  it("§4.7 DPIA: silent when an assessment was done, or the processing is not large-scale", () => {
    expect(run(impactAssessment)).toEqual([]);
    expect(run(impactAssessment, { dataProtection: { largeScale: false, impactAssessment: false } })).toEqual([]);
    expect(run(impactAssessment, { dataProtection: { largeScale: "unknown", impactAssessment: true } })).toEqual([]);
  });
});
