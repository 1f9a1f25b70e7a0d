import { describe, expect, it } from "vitest";
import { euAiActPack } from "../../../src/packs/eu-ai-act/index.js";
import { checkPackContract, checkPackProperties, checkPackSources, firedRules } from "../contract-checks.js";
import { AS_OF, profileWith, scrapingPatch } from "./fixture.js";
import { asOfArb, packFactsProfileArb } from "../facts-arbitrary.js";

describe("eu-ai-act pack (§4.8)", () => {
  checkPackContract(euAiActPack);
  checkPackProperties(euAiActPack, packFactsProfileArb, asOfArb);
  checkPackSources("eu-ai-act");

  it("§4.8 Applies from: 2 Feb 2025, penalties from 2 Aug 2025", () => {
    expect(euAiActPack.effectiveFrom).toBe("2025-02-02");
    expect(euAiActPack.amendments).toEqual([expect.objectContaining({ date: "2025-08-02", authority: "eu-ai-act-art-113" })]);
  });

  it("§4.8 Relation to GDPR: the pack notes that the GDPR keeps applying", () => {
    expect(euAiActPack.notes[0]).toContain("GDPR keeps applying");
  });

  it("§4.8 Elements: fires on the realistic scraping fixture and stays silent on the compliant one", () => {
    expect(firedRules(euAiActPack, profileWith(scrapingPatch), AS_OF)).toEqual(["eu-ai-act/untargeted-face-scraping"]);
    const compliant = profileWith();
    expect(euAiActPack.applicability!({ profile: compliant, system: compliant.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    expect(firedRules(euAiActPack, compliant, AS_OF)).toEqual([]);
  });

  it("§4.8 Applies from: before 2 Feb 2025 nothing applies, so nothing fires", () => {
    expect(firedRules(euAiActPack, profileWith(scrapingPatch), "2024-12-31")).toEqual([]);
  });
});
