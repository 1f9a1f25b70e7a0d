import { definePackRule } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";
import { list } from "../wording.js";

const ACTS = [
  { field: "sells", words: "sells" },
  { field: "leases", words: "leases" },
  { field: "trades", words: "trades" },
  { field: "licensesDatabaseAccess", words: "sells access to" },
  { field: "otherwiseProfits", words: "otherwise profits from" },
] as const;

function buyers(system: System): string[] {
  return system.disclosures === "unknown" ? [] : system.disclosures.filter((d) => d.type === "buyer").map((d) => d.recipient);
}

export const noSaleOrProfit = definePackRule({
  id: "nyc-biometric/no-sale-or-profit",
  title: "No selling, leasing, trading, sharing for value or otherwise profiting",
  section: "N.Y.C. Admin. Code §22-1202(b)",
  severity: "violation",
  summary:
    "Fires when customers' biometric identifier information is sold, leased, traded, given to a buyer, licensed as database access, or otherwise profited from; when those facts are unknown, a risk. Paying a vendor to run the system is not profiting (Gross v. MSG), so disclosures to processors and hosts stay silent. No cure period applies.",
  plainLanguage:
    "A New York City business may not sell, lease, trade or share customers' biometric data for anything of value, or otherwise profit from it. Paying a vendor to run face recognition is not profiting.",
  authorities: ["nyc-biometric-22-1202b", "nyc-biometric-gross-2024", "nyc-biometric-private-action"],
  remedies: ["nyc-biometric-stop-sale", "nyc-biometric-establish-facts"],
  tags: ["sale", "profit"],
  check({ system }) {
    const name = system.name;
    const done = ACTS.filter((a) => system.commerce[a.field] === true);
    const sold = buyers(system);
    if (done.length > 0 || sold.length > 0) {
      const what = [...done.map((a) => a.words), ...(sold.length > 0 ? [`shares with buyers (${sold.join(", ")})`] : [])];
      return [
        {
          message: `${name} ${list(what)} customers' biometric identifier information. 22-1202(b) makes it unlawful to sell, lease, trade, share in exchange for anything of value or otherwise profit from it, and the ban has no cure period.`,
          evidence: [...done.map((a) => `/commerce/${a.field}`), ...(sold.length > 0 ? ["/disclosures"] : [])],
          key: "sale",
          remedies: ["nyc-biometric-stop-sale"],
        },
      ];
    }
    const open = ACTS.filter((a) => system.commerce[a.field] === "unknown");
    if (open.length === 0) return [];
    return [
      {
        message: `The profile does not say whether ${name} ${list(open.map((a) => a.words))} customers' biometric identifier information. 22-1202(b) bans selling or profiting from it; the facts decide whether ${name} complies.`,
        evidence: open.map((a) => `/commerce/${a.field}`),
        key: "sale",
        severity: "risk",
        basis: "unknown",
        remedies: ["nyc-biometric-establish-facts", "nyc-biometric-stop-sale"],
      },
    ];
  },
});
