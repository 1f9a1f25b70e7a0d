import { describe, expect, it } from "vitest";
import { euGdprApplicability } from "../../../src/packs/eu-gdpr/applicability.js";
import { contextOf, profileWith } from "./fixture.js";

const decide = (systemPatch = {}, orgPatch = {}, asOf?: string) => euGdprApplicability(contextOf(profileWith(systemPatch, orgPatch), asOf));

describe("eu-gdpr applicability (§4.7 Defined data and trigger; territorial reach)", () => {
  it("§4.7: applies to identification of people in the EU offered the service there (Art. 3(2)(a), marked unverified)", () => {
    const result = decide();
    expect(result.status).toBe("applies");
    expect(result.reasons[0]).toContain("Art. 3(2)(a)");
  });

  it("§4.7 and Art. 3(2)(a) [UNVERIFIED]: the ground outside the reference is marked so in the reason itself, not only in the pack notes", () => {
    expect(decide().reasons[0]).toContain("a ground not in the legal reference, marked [UNVERIFIED]");
    expect(decide({}, { establishedIn: ["NL"] }).reasons[0]).toMatch(/Art\. 3\(1\); a ground not in the legal reference, marked \[UNVERIFIED\]/);
    expect(decide({ dataProtection: { monitorsBehaviour: true } }).reasons[0]).not.toContain("UNVERIFIED");
  });

  it("Art. 3(2)(a) reaches the offering 'to such data subjects': scraped people offered nothing are not reached by it", () => {
    const scraped = { subjects: [{ population: "scraped-public-images", count: 1000 }], places: { offeredIn: ["DE", "FR"] } };
    const out = decide({ ...scraped, dataProtection: { monitorsBehaviour: false } });
    expect(out.status).toBe("does-not-apply");
    expect(out.reasons[0]).toContain("not offered to them");
    expect(out.reasons[0]).toContain("dataProtection.monitorsBehaviour");
    // Monitoring open: open, naming the field; monitoring stated: reached on Art. 3(2)(b).
    const open = decide({ ...scraped, dataProtection: { monitorsBehaviour: "unknown" } });
    expect(open.status).toBe("unknown");
    expect(open.reasons[0]).toContain("dataProtection.monitorsBehaviour");
    expect(decide({ ...scraped, dataProtection: { monitorsBehaviour: true } }).reasons[0]).toContain("Art. 3(2)(b)");
    // A group the entity has a relationship with (its users) is offered the service: reached on 3(2)(a).
    const users = decide({ subjects: [{ population: "customers", count: 10, relationship: "direct" }, { population: "scraped-public-images", count: 1000 }], dataProtection: { monitorsBehaviour: false } });
    expect(users.status).toBe("applies");
  });

  it("§4.7 trigger: monitoring the behaviour of people in the EU reaches a non-EU organization (Art. 3(2)(b))", () => {
    const result = decide({ places: { offeredIn: ["US-NY"] }, dataProtection: { monitorsBehaviour: true } });
    expect(result.status).toBe("applies");
    expect(result.reasons[0]).toContain("Art. 3(2)(b)");
  });

  it("§4.7: an EU establishment reaches the processing whoever the people are (Art. 3(1), marked unverified)", () => {
    const result = decide({ places: { subjects: [{ place: "US-TX", count: 10 }], complete: true, offeredIn: ["US-TX"] } }, { establishedIn: ["NL"] });
    expect(result.status).toBe("applies");
    expect(result.reasons[0]).toContain("Art. 3(1)");
  });

  it("Effective date: before 25 May 2018 the GDPR does not apply, and the reason names the date", () => {
    const result = decide({}, {}, "2018-05-24");
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons[0]).toContain("25 May 2018");
    expect(decide({}, {}, "2018-05-25").status).toBe("applies");
  });

  it("§4.7 trigger: no people in the EU and no EU establishment decides, whatever else is unknown", () => {
    const result = decide({ places: { subjects: [{ place: "US-CA", count: 5 }], complete: true, offeredIn: "unknown" }, dataProtection: { monitorsBehaviour: "unknown" } });
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons[0]).toContain("no people in the EU");
  });

  it("§4.7 trigger: people in the EU neither monitored nor offered the service there is out", () => {
    expect(decide({ places: { offeredIn: ["US-NY"] }, dataProtection: { monitorsBehaviour: false } }).status).toBe("does-not-apply");
  });

  it("§4.7 trigger: people in the EU with monitoring and offering unknown is unknown, naming both fields", () => {
    const result = decide({ places: { offeredIn: "unknown" }, dataProtection: { monitorsBehaviour: "unknown" } });
    expect(result.status).toBe("unknown");
    expect(result.reasons[0]).toContain("dataProtection.monitorsBehaviour, places.offeredIn");
  });

  it("§4.7 trigger: EU people not listed and the list not complete is unknown", () => {
    const result = decide({ places: { subjects: [{ place: "US-NY", count: 5 }], complete: "unknown" } });
    expect(result.status).toBe("unknown");
    expect(result.reasons[0]).toContain("places.subjects");
  });

  it("§4.7 Defined data: biometric data not processed to identify people is outside Art. 9", () => {
    expect(decide({ dataProtection: { purposeUniquelyIdentifies: false } }).status).toBe("does-not-apply");
    expect(decide({ dataProtection: { purposeUniquelyIdentifies: "unknown" }, faceMatching: "detection-only" }).status).toBe("does-not-apply");
    const open = decide({ dataProtection: { purposeUniquelyIdentifies: "unknown" }, faceMatching: "unknown" });
    expect(open.status).toBe("unknown");
    expect(open.reasons[0]).toContain("dataProtection.purposeUniquelyIdentifies");
  });

  it("§4.7 / §3.4 UK: people in Great Britain alone are outside this pack, with the UK GDPR named as a parallel regime", () => {
    const result = decide({ places: { subjects: [{ place: "GB", count: 100 }], complete: true, offeredIn: ["GB"] }, dataProtection: { monitorsBehaviour: true } });
    expect(result.status).toBe("does-not-apply");
    expect(result.reasons.join(" ")).toContain("UK GDPR is a parallel regime");
  });

  it("§4.7 trigger: a region or city code of a member state counts as the EU", () => {
    expect(decide({ places: { subjects: [{ place: "FR/paris", count: 3 }], complete: true } }).status).toBe("applies");
    expect(decide({ places: { subjects: [{ place: "DE-BY", count: 3 }], complete: true } }).status).toBe("applies");
  });
});
