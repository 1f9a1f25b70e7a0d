import { profit } from "../../../../../src/packs/bipa/rules/15c/15c-profit.js";
import { testRule } from "../../../../helpers/rule-tester.js";

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
      description: "otherwise profiting, e.g. training a paid product",
      system: { commerce: { otherwiseProfits: true } },
      messageIncludes: ["otherwise profits"],
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
