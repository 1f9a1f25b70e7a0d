import { describe, expect, it } from "vitest";
import { consentDisclosures as rule } from "../../../src/packs/wa-mhmda/rules/consent-disclosures.js";
import { run } from "./fixture.js";

describe("wa-mhmda/consent-disclosures", () => {
  it("§4.2 MHMDA Collect: a consent request silent on withdrawal and recipients is a violation naming both", () => {
    const [f] = run(rule, { consent: { discloses: { recipients: false, withdrawal: false } } });
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("the categories of recipients or how to withdraw consent");
    expect(f?.evidence).toEqual(["/consent/discloses/recipients", "/consent/discloses/withdrawal"]);
  });
  it("§4.2 MHMDA Collect: with necessity unknown, consent may not be needed at all, so a request missing an item is a risk", () => {
    const [f] = run(rule, { consent: { discloses: { withdrawal: false } }, dataProtection: { usedBeyondNecessary: "unknown" } });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/discloses/withdrawal", "/dataProtection/usedBeyondNecessary"] });
  });
  it("§4.2 MHMDA Collect: unknown disclosures are a risk", () => {
    const [f] = run(rule, { consent: { discloses: null } });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(f?.evidence).toHaveLength(4);
  });
  it("§4.2 MHMDA Collect: not engaged where no consent is relied on, or collection is only as necessary", () => {
    expect(run(rule, { consent: { obtained: false, discloses: null } })).toEqual([]);
    expect(run(rule, { consent: { discloses: null }, dataProtection: { usedBeyondNecessary: false } })).toEqual([]);
  });
  it("§4.2 MHMDA Collect: silent when the request states categories, purposes, recipients and withdrawal", () => {
    expect(run(rule)).toEqual([]);
  });
});
