import { profit } from "../../../../../src/packs/bipa/rules/15c/15c-profit.js";
import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

testRule(profit, {
  fires: [
    {
      description: "licensing database access (the Clearview model)",
      system: { commerce: { licensesDatabaseAccess: true } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/commerce/licensesDatabaseAccess",
      messageIncludes: ["licenses access", "consent is no defence"],
    },
    {
      description: "selling and leasing give one finding each",
      system: { commerce: { sells: true, leases: true } },
      count: 2,
      severity: "violation",
    },
    {
      description: "otherwise profiting, e.g. training a paid product; §1.3 15(c): how far \"otherwise profit from\" reaches is not settled in the reference, and the finding says so",
      system: { commerce: { otherwiseProfits: true } },
      messageIncludes: ["otherwise profits", "is not settled in the legal reference", "commerce.otherwiseProfits"],
    },
    {
      description: "commerce facts left unknown is a risk, not a pass",
      system: { commerce: null },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/commerce/sells",
    },
  ],
  silent: [
    { description: "no sale, lease, trade, licensing or profit", system: {} },
    {
      description: "a known violation is not repeated as an unknown",
      system: { commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false } },
    },
  ],
});

describe("bipa/15c-profit wording", () => {
  it("§1.3 15(c): a sale or a licence is named as such, without the note on what 'otherwise profit from' reaches", () => {
    const [sale] = runRule(profit, { description: "", system: { commerce: { sells: true } } });
    expect(sale?.message).not.toContain("is not settled");
  });
});
