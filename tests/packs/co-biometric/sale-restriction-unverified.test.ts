import { describe, expect, it } from "vitest";
import { saleRestrictionUnverified } from "../../../src/packs/co-biometric/rules/sale-restriction-unverified.js";
import { run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Sale and disclosure": reported restrictions on selling, leasing or trading
// [UNVERIFIED]: a note, never a violation.
describe("co-biometric/sale-restriction-unverified", () => {
  it("§4.4 Sale [UNVERIFIED]: selling and leasing is an info note, never a violation", () => {
    const [f] = run(saleRestrictionUnverified, { commerce: { sells: true, leases: true } });
    expect(severityOf(saleRestrictionUnverified, f!)).toBe("info");
    expect(saleRestrictionUnverified.severity).toBe("info");
    expect(f!.message).toContain("Denver timeclock sells and leases biometric data");
    expect(f!.message).toContain("[UNVERIFIED]");
  });

  it("§4.4 Sale [UNVERIFIED]: silent when nothing is sold, and when the sale is unknown (nothing depends on it)", () => {
    expect(run(saleRestrictionUnverified)).toEqual([]);
    expect(run(saleRestrictionUnverified, { commerce: { sells: "unknown" } })).toEqual([]);
  });
});
