import { describe, expect, it } from "vitest";
import { untargetedFaceScraping } from "../../../src/packs/eu-ai-act/rules/untargeted-face-scraping.js";
import { run, scrapingPatch } from "./fixture.js";

describe("eu-ai-act/untargeted-face-scraping (§4.8 Prohibition; Elements: all four needed)", () => {
  it("§4.8 Elements: all four met is a violation", () => {
    const findings = run(untargetedFaceScraping, scrapingPatch);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message).toContain("Web-crawled face search is an AI system");
    expect(findings[0]?.message).toContain("the GDPR applies alongside");
    expect(findings[0]?.evidence).toEqual([
      "/faceDatabase/createsOrExpands",
      "/places/offeredIn",
      "/faceDatabase/aiSystem",
      "/faceDatabase/untargetedScraping",
      "/faceDatabase/sources",
    ]);
  });

  it("§4.8 Prohibition: CCTV footage counts as a source as well as the internet", () => {
    expect(run(untargetedFaceScraping, { faceDatabase: { untargetedScraping: true, sources: ["cctv"] } })).toHaveLength(1);
  });

  it("§4.8 Elements: any element not met keeps it silent", () => {
    expect(run(untargetedFaceScraping)).toEqual([]); // targeted enrolment of own users
    expect(run(untargetedFaceScraping, { ...scrapingPatch, places: { offeredIn: ["US-NY"] } })).toEqual([]);
    expect(run(untargetedFaceScraping, { faceDatabase: { ...(scrapingPatch.faceDatabase as object), aiSystem: false } })).toEqual([]);
    expect(run(untargetedFaceScraping, { faceDatabase: { untargetedScraping: true, sources: ["own-users", "other"] } })).toEqual([]);
    expect(run(untargetedFaceScraping, { faceDatabase: { createsOrExpands: false, untargetedScraping: true, sources: ["internet"] } })).toEqual([]);
  });

  it("§4.8 Elements: no face geometry and no face database stated: not a facial recognition database", () => {
    expect(run(untargetedFaceScraping, { modalities: ["fingerprint"], faceDatabase: { createsOrExpands: "unknown", untargetedScraping: true, sources: ["internet"] } })).toEqual([]);
  });

  it("§4.8 Elements: none unmet but some unknown is a risk naming the unknown ones", () => {
    const findings = run(untargetedFaceScraping, { faceDatabase: { untargetedScraping: "unknown", sources: [] } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown", evidence: ["/faceDatabase/untargetedScraping", "/faceDatabase/sources"] })]);
    expect(findings[0]?.message).toContain("All four elements are needed");
  });
});
