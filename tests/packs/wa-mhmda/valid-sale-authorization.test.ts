import { describe, expect, it } from "vitest";
import { validSaleAuthorization as rule } from "../../../src/packs/wa-mhmda/rules/valid-sale-authorization.js";
import { oneYearAfter } from "../../../src/packs/wa-mhmda/expiry.js";
import { run } from "./fixture.js";

describe("wa-mhmda/valid-sale-authorization", () => {
  it("§4.2 MHMDA Sell: a sale with no authorization is a violation", () => {
    const [f] = run(rule, { saleAuthorization: null });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/commerce/sells", "/saleAuthorization"]);
    expect(f?.message).toContain("Spokane gym face check-in sells");
  });
  it("§4.2 MHMDA Sell (a)-(i): missing elements are named with their letters", () => {
    const [f] = run(rule, { saleAuthorization: { states: { noConditioning: false, redisclosureWarning: false } } });
    expect(f?.message).toContain("(e) that goods or services may not be conditioned on signing or (g) that the purchaser may redisclose the data");
    expect(f?.evidence).toEqual(["/saleAuthorization/states/noConditioning", "/saleAuthorization/states/redisclosureWarning"]);
  });
  it("§4.2 MHMDA Sell (h): an expiry later than one year from signature makes it invalid", () => {
    const [f] = run(rule, { saleAuthorization: { signedDate: "2026-03-01", expiresDate: "2027-03-02" } });
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("more than a year after it was signed on 2026-03-01");
  });
  it("§4.2 MHMDA Sell (h): an authorization expired by the as-of date is invalid", () => {
    const [f] = run(rule, { saleAuthorization: { signedDate: "2025-06-01", expiresDate: "2026-06-01" } });
    expect(f?.message).toContain("expired on 2026-06-01, before 2026-11-22");
    // valid through its expiry day
    expect(run(rule, { saleAuthorization: { signedDate: "2025-11-22", expiresDate: "2026-11-22" } })).toEqual([]);
  });
  it("§4.2 MHMDA Sell: not separate from the consent is invalid", () => {
    expect(run(rule, { saleAuthorization: { separateFromConsent: false } })[0]?.evidence).toEqual(["/saleAuthorization/separateFromConsent"]);
  });
  it("§4.2 MHMDA Sell: dates too coarse to decide, or unknown elements, are a risk", () => {
    expect(run(rule, { saleAuthorization: { signedDate: "2026", expiresDate: "2027-03-01" } })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(run(rule, { saleAuthorization: { states: { expiry: "unknown" } } })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(run(rule, { commerce: { sells: "unknown" }, saleAuthorization: null })[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/commerce/sells"] });
  });
  it("§4.2 MHMDA Sell: leasing or licensing access may be a sale (risk on the facts)", () => {
    expect(run(rule, { commerce: { sells: false, licensesDatabaseAccess: true }, saleAuthorization: null })[0]).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.2 MHMDA Sell: silent with a complete, unexpired authorization, or with no sale", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { commerce: { sells: false }, saleAuthorization: null })).toEqual([]);
  });
  it("§4.2 MHMDA Sell (h): one year from a 29 February signature is read leniently as 1 March", () => {
    expect(oneYearAfter("2024-02-29")).toBe("2025-03-01");
    expect(oneYearAfter("2026-03-01")).toBe("2027-03-01");
  });
});
