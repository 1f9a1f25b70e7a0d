import { describe, expect, it } from "vitest";
import { commercialDisclosure as rule } from "../../../src/packs/wa-biometric/rules/commercial-disclosure.js";
import { run } from "./fixture.js";

const noConsent = { consent: { obtained: false } };

describe("wa-biometric/commercial-disclosure", () => {
  it("§4.2 RCW 19.375 Sale and disclosure: a sale without consent is a violation", () => {
    const found = run(rule, { ...noConsent, commerce: { sells: true }, disclosures: [] });
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBeUndefined();
    expect(found[0]?.evidence).toEqual(["/commerce/sells", "/consent/obtained"]);
  });
  it("§4.2 RCW 19.375 Sale and disclosure: a disclosure to a buyer with no exception is a violation", () => {
    const [f] = run(rule, { ...noConsent, disclosures: [{ recipient: "Broker", type: "buyer", exception: "none" }] });
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("Broker");
  });
  it("§4.2 RCW 19.375 Sale and disclosure: a disclosure to an affiliate with no exception may be commercial (risk)", () => {
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Sister co", type: "affiliate", exception: "none" }] })[0]).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.2 RCW 19.375 Sale and disclosure: 'permitted by law' is not 'expressly authorised by statute' (risk)", () => {
    const [f] = run(rule, { ...noConsent, disclosures: [{ recipient: "Partner", type: "other", exception: "permitted-by-law" }] });
    expect(f?.message).toContain("expressly authorise");
  });
  it("§4.2 RCW 19.375 Sale and disclosure: consent unknown makes a sale a risk", () => {
    expect(run(rule, { consent: null, commerce: { sells: true }, disclosures: [] })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.2 RCW 19.375 Notice and consent, Sale and disclosure: with consent at enrollment, a disclosure recorded as relying on no exception is a risk (what the consent covered is not shown)", () => {
    const [f, ...rest] = run(rule, { consent: { obtained: true }, disclosures: [{ recipient: "AdPartner", type: "other", exception: "none" }] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "risk", basis: "fact", evidence: ["/disclosures/0/exception", "/consent/obtained"] });
    expect(f?.message).toContain("records that disclosure as relying on no exception (not even consent), though people consented at enrollment");
    // Consent recorded for the disclosure, an unknown exception, or a service provider: nothing to flag.
    expect(run(rule, { consent: { obtained: true }, disclosures: [{ recipient: "AdPartner", type: "other", exception: "consent" }] })).toEqual([]);
    expect(run(rule, { consent: { obtained: true }, disclosures: [{ recipient: "AdPartner", type: "other", exception: "unknown" }] })).toEqual([]);
    expect(run(rule, { consent: { obtained: true }, disclosures: [{ recipient: "Host", type: "cloud-host", exception: "none" }] })).toEqual([]);
  });
  it("§4.2 RCW 19.375 Sale and disclosure: silent with consent, for service providers, and for the listed exceptions", () => {
    expect(run(rule, { commerce: { sells: true } })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Host", type: "cloud-host", exception: "none" }] })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Court", type: "other", exception: "warrant-or-subpoena" }] })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Bank", type: "other", exception: "financial-transaction" }] })).toEqual([]);
  });
});
