import { describe, expect, it } from "vitest";
import { separateConsentToShare as rule } from "../../../src/packs/wa-mhmda/rules/separate-consent-to-share.js";
import { run } from "./fixture.js";

const noSeparate = { consent: { separateConsentToShare: false } };

describe("wa-mhmda/separate-consent-to-share", () => {
  it("§4.2 MHMDA Share: sharing without a separate and distinct consent is a violation, one per recipient", () => {
    const found = run(rule, { ...noSeparate, disclosures: [{ recipient: "Insurer", type: "buyer" }, { recipient: "Affiliate gym", type: "affiliate" }] });
    expect(found.map((f) => f.key)).toEqual(["/disclosures/0", "/disclosures/1"]);
    expect(found[0]?.severity).toBeUndefined();
    expect(found[0]?.message).toContain("Insurer");
  });
  it("§4.2 MHMDA Share: a processor recipient is a risk (whether it is sharing is not settled in the reference)", () => {
    expect(run(rule, { ...noSeparate, disclosures: [{ recipient: "Host", type: "cloud-host" }] })[0]).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.2 MHMDA Share: unknown separate consent, or unknown recipients, are risks", () => {
    expect(run(rule, { consent: { separateConsentToShare: "unknown" } })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(run(rule, { ...noSeparate, disclosures: null })[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/disclosures", "/consent/separateConsentToShare"] });
  });
  it("§4.2 MHMDA Share: separate consent or necessity are alternative grounds; with necessity unknown, sharing without one is a risk naming the field", () => {
    const [f] = run(rule, { ...noSeparate, dataProtection: { usedBeyondNecessary: "unknown" }, disclosures: [{ recipient: "Insurer", type: "buyer" }] });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/disclosures/0", "/consent/separateConsentToShare", "/dataProtection/usedBeyondNecessary"] });
    expect(f?.message).toContain("dataProtection.usedBeyondNecessary");
  });
  it("§4.2 MHMDA Share: silent with a separate consent, with no recipients, or when sharing is only as necessary", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { ...noSeparate, disclosures: [] })).toEqual([]);
    expect(run(rule, { ...noSeparate, dataProtection: { usedBeyondNecessary: false } })).toEqual([]);
  });
});
