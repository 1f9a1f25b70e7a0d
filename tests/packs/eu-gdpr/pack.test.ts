import { describe, expect, it } from "vitest";
import { euGdprPack } from "../../../src/packs/eu-gdpr/index.js";
import { checkPackContract, checkPackProperties, checkPackSources, firedRules, parsed } from "../contract-checks.js";
import { AS_OF, compliantOrganization, compliantSystem, firingProfileData } from "./fixture.js";
import { asOfArb, packFactsProfileArb } from "../facts-arbitrary.js";

describe("eu-gdpr pack (§4.7, §3.4)", () => {
  checkPackContract(euGdprPack);
  checkPackProperties(euGdprPack, packFactsProfileArb, asOfArb);
  checkPackSources("eu-gdpr");

  it("applies from 25 May 2018, with the date marked as not from the reference", () => {
    expect(euGdprPack.effectiveFrom).toBe("2018-05-25");
    const art99 = euGdprPack.authorities.find((a) => a.id === "eu-gdpr-art-99");
    expect(art99?.holding).toContain("Not in the legal reference");
  });

  it("§3.4: carries the Italian, Greek, French, Dutch, UK and Austrian Clearview decisions with their marks", () => {
    const orders = Object.fromEntries(euGdprPack.authorities.filter((a) => a.kind === "order").map((a) => [a.id, a.status]));
    expect(orders).toEqual({
      "eu-gdpr-garante-2022": "V2",
      "eu-gdpr-hdpa-2022": "V2",
      "eu-gdpr-cnil-2022": "V",
      "eu-gdpr-cnil-2023-liquidation": "V2",
      "eu-gdpr-ap-2024": "V",
      "eu-gdpr-ico-2022": "V",
      "eu-gdpr-dsb-2023": "V2",
    });
  });

  it("§3.4: every remedy template cites the orders it comes from", () => {
    const sources = (id: string) => euGdprPack.remedies.find((r) => r.id === id)?.sources;
    expect(sources("eu-gdpr-stop-collection-without-basis")).toEqual(["eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-ap-2024", "eu-gdpr-ico-2022"]);
    expect(sources("eu-gdpr-delete-data-in-territory")).toEqual(["eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-ico-2022"]);
    expect(sources("eu-gdpr-answer-access-requests")).toContain("eu-gdpr-dsb-2023");
    expect(sources("eu-gdpr-appoint-eu-representative")).toEqual(["eu-gdpr-art-27", "eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-dsb-2023"]);
    expect(sources("eu-gdpr-comply-within-order-deadline")).toEqual(["eu-gdpr-cnil-2022", "eu-gdpr-cnil-2023-liquidation", "eu-gdpr-ap-2024"]);
  });

  it("§4.7 Retention: destruction remedies carry a deadline with no fixed period", () => {
    for (const id of ["eu-gdpr-limit-storage", "eu-gdpr-delete-data-in-territory"]) {
      const deadline = euGdprPack.remedies.find((r) => r.id === id)?.deadline;
      expect(deadline?.after).toBe("purpose-satisfied");
      expect(deadline?.months).toBeUndefined();
    }
  });

  it("§4.7, §3.4: fires every rule on the realistic Clearview-like fixture", () => {
    expect(firedRules(euGdprPack, parsed(firingProfileData), AS_OF)).toEqual(euGdprPack.rules.map((r) => r.id).sort());
  });

  it("§4.7: stays silent on the compliant fixture, which the pack applies to", () => {
    const profile = parsed({ version: 1, organization: compliantOrganization, systems: [compliantSystem] });
    expect(euGdprPack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    expect(firedRules(euGdprPack, profile, AS_OF)).toEqual([]);
  });

  it("Art. 99(2) (not in the reference): before 25 May 2018 nothing applies, so nothing fires", () => {
    expect(firedRules(euGdprPack, parsed(firingProfileData), "2018-01-01")).toEqual([]);
  });
});
