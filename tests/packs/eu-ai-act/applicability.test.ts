import { describe, expect, it } from "vitest";
import { euAiActApplicability } from "../../../src/packs/eu-ai-act/applicability.js";
import { contextOf, profileWith } from "./fixture.js";

const decide = (systemPatch = {}, orgPatch = {}, asOf?: string) => euAiActApplicability(contextOf(profileWith(systemPatch, orgPatch), asOf));

describe("eu-ai-act applicability (§4.8 Applies from; Elements)", () => {
  it("§4.8: applies to an AI system building a face database that is offered in the EU", () => {
    expect(decide()).toMatchObject({ status: "applies", evidence: ["/faceDatabase/createsOrExpands", "/places/offeredIn", "/faceDatabase/aiSystem"] });
  });

  it("§4.8 Applies from: before 2 Feb 2025 it does not apply, and the reason names the date", () => {
    const result = decide({}, {}, "2025-02-01");
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons[0]).toContain("2 Feb 2025");
    expect(decide({}, {}, "2025-02-02").status).toBe("applies");
  });

  it("§4.8 Elements: not on the EU market decides, whatever else is unknown", () => {
    const result = decide({ places: { offeredIn: ["US-NY"] }, faceDatabase: { aiSystem: "unknown" } });
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons).toEqual(["Enrolled-user face search is not placed on the market, put into service or used in the EU (places.offeredIn), so Art. 5(1)(e) does not reach it."]);
  });

  it("§4.8 Elements: not an AI system, or no face database, decides", () => {
    expect(decide({ faceDatabase: { aiSystem: false } }).status).toBe("does-not-apply");
    expect(decide({ faceDatabase: { createsOrExpands: false } }).status).toBe("does-not-apply");
    const voice = decide({ modalities: ["voiceprint"], faceDatabase: { createsOrExpands: "unknown" }, places: { offeredIn: "unknown" } });
    expect(voice.status).toBe("does-not-apply");
    expect(voice.reasons).toEqual(["Enrolled-user face search captures no face geometry and is not stated to build a facial recognition database (modalities), so Art. 5(1)(e) does not reach it."]);
  });

  it("§4.8 Elements: an open element makes the status unknown, naming the field", () => {
    const result = decide({ places: { offeredIn: "unknown" }, faceDatabase: { aiSystem: "unknown" } });
    expect(result.status).toBe("unknown");
    expect(result.reasons).toEqual([
      "Enrolled-user face search: the profile does not say whether it is placed on the market, put into service or used in the EU (places.offeredIn).",
      "Enrolled-user face search: the profile does not say whether it is an AI system (faceDatabase.aiSystem).",
    ]);
  });
});
