import { describe, expect, it } from "vitest";
import { noSaleOrProfit } from "../../../src/packs/nyc-biometric/rules/no-sale-or-profit.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.5 "Sale and disclosure (§22-1202(b))": unlawful to "sell, lease, trade, share
// in exchange for anything of value or otherwise profit from"; paying a vendor is not profiting (Gross).
describe("nyc-biometric/no-sale-or-profit", () => {
  it("§4.5 Sale: selling, profiting and sharing with a buyer is one violation naming each act, with no cure period", () => {
    const [f, ...rest] = run(noSaleOrProfit, failingSystem);
    expect(rest).toHaveLength(0);
    expect(severityOf(noSaleOrProfit, f!)).toBe("violation");
    expect(f!.message).toContain("Midtown venue face cameras sells, otherwise profits from and shares with buyers (AdMatch LLC) customers' biometric identifier information");
    expect(f!.message).toContain("no cure period");
    expect(f!.evidence).toEqual(["/commerce/sells", "/commerce/otherwiseProfits", "/disclosures"]);
  });

  it("§4.5 Sale: licensing database access is selling access", () => {
    const [f] = run(noSaleOrProfit, { commerce: { licensesDatabaseAccess: true } });
    expect(f!.message).toContain("sells access to");
  });

  it("§4.5 Sale: unknown commerce facts are a risk on an unknown fact, naming them", () => {
    const [f] = run(noSaleOrProfit, { commerce: { leases: "unknown", trades: "unknown" } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.evidence).toEqual(["/commerce/leases", "/commerce/trades"]);
  });

  it("§4.5 Sale (Gross v. MSG): paying a vendor to run face recognition stays silent", () => {
    expect(run(noSaleOrProfit, { disclosures: [{ recipient: "FaceVendor Inc.", type: "processor" }, { recipient: "Cloud", type: "cloud-host" }] })).toEqual([]);
  });
});
