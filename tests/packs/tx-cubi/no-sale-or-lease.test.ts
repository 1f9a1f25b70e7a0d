import { describe, expect, it } from "vitest";
import { noSaleOrLease as rule } from "../../../src/packs/tx-cubi/rules/no-sale-or-lease.js";
import { run } from "./fixture.js";

describe("tx-cubi/no-sale-or-lease", () => {
  it("§4.1 Sale and disclosure: selling and leasing give one finding each", () => {
    const found = run(rule, { commerce: { sells: true, leases: true } });
    expect(found.map((f) => f.evidence[0])).toEqual(["/commerce/sells", "/commerce/leases"]);
    expect(found[0]?.message).toContain("Houston timeclock sells");
  });
  it("§4.1 Sale and disclosure: licensing database access is a disclosure outside (A)-(D)", () => {
    expect(run(rule, { commerce: { licensesDatabaseAccess: true } })).toHaveLength(1);
  });
  it("§4.1 Sale and disclosure: unknown commerce is one risk", () => {
    const [f, ...rest] = run(rule, { commerce: null });
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(f?.evidence).toHaveLength(4);
  });
  it("§4.1 Sale and disclosure: profiting without selling is not barred by §503.001 (silent)", () => {
    expect(run(rule, { commerce: { otherwiseProfits: true } })).toEqual([]);
    expect(run(rule)).toEqual([]);
  });
});
