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
  it("§4.2 RCW 19.375 Sale and disclosure: silent with consent, for service providers, and for the listed exceptions", () => {
    expect(run(rule, { commerce: { sells: true } })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Host", type: "cloud-host", exception: "none" }] })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Court", type: "other", exception: "warrant-or-subpoena" }] })).toEqual([]);
    expect(run(rule, { ...noConsent, disclosures: [{ recipient: "Bank", type: "other", exception: "financial-transaction" }] })).toEqual([]);
  });
});
