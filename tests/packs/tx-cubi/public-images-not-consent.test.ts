import { describe, expect, it } from "vitest";
import { publicImagesNotConsent as rule } from "../../../src/packs/tx-cubi/rules/public-images-not-consent.js";
import { run } from "./fixture.js";

const scraped = { consent: { basedOnPublicImages: true, subjectsMadeImagesPublic: false } };

describe("tx-cubi/public-images-not-consent", () => {
  it("§4.1 Notice and consent (b-1, from 1 Jan 2026): public images the people did not publish are not consent", () => {
    const [f] = run(rule, scraped);
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("2026-01-01");
    expect(f?.evidence).toEqual(["/consent/basedOnPublicImages", "/consent/subjectsMadeImagesPublic"]);
  });
  it("§4.1 Notice and consent (b-1): who made the images public, unknown, is a risk", () => {
    const [f] = run(rule, { consent: { basedOnPublicImages: true } });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/subjectsMadeImagesPublic"] });
  });
  it("§4.1 Notice and consent (b-1): silent when the people published the images themselves", () => {
    expect(run(rule, { consent: { basedOnPublicImages: true, subjectsMadeImagesPublic: true } })).toEqual([]);
  });
  it("§4.1 Effective (HB 149 from 1 Jan 2026): not engaged on 2025-12-31", () => {
    expect(run(rule, scraped, { asOf: "2025-12-31" })).toEqual([]);
    expect(run(rule, scraped, { asOf: "2026-01-01" })).toHaveLength(1);
  });
  it("§4.1 Notice and consent (b-1): silent when consent is not based on public images", () => {
    expect(run(rule)).toEqual([]);
  });
  it("§4.1 Exemptions ('From 1 Jan 2026'): not engaged for an exempt AI system assessed only for its conduct before 2026 (ERROR 2)", () => {
    const securityAi = {
      ...scraped,
      purposes: ["security"],
      aiTraining: { usedToTrain: true, systemUniquelyIdentifies: true, securityOrFraudPurpose: true, laterCommercialUse: false },
    };
    // (b-1) binds from 2026-01-01, and from that day the system is exempt: its earlier conduct is what is assessed.
    expect(run(rule, { ...securityAi, collection: { firstCaptureDate: "2025-03-01" } })).toEqual([]);
    // Outside the exemption (it also markets), (b-1) still fires.
    expect(run(rule, { ...securityAi, purposes: ["security", "marketing"], collection: { firstCaptureDate: "2025-03-01" } })).toHaveLength(1);
  });
});
