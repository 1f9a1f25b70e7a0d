import { definePackRule } from "../../../core/pack.js";
import { list } from "../wording.js";

const FIELDS = ["sells", "leases", "trades"] as const;

export const saleRestrictionUnverified = definePackRule({
  id: "co-biometric/sale-restriction-unverified",
  title: "Sale of biometric identifiers (Colorado restriction not confirmed)",
  section: "C.R.S. §6-1-1314 (reported sale restrictions)",
  severity: "info",
  summary:
    "A note, never a violation: when a system sells, leases or trades biometric data, it says that Colorado restrictions on doing so are reported but not confirmed ([UNVERIFIED]).",
  plainLanguage: "Colorado is reported to restrict selling, leasing or trading biometric identifiers, but the reference could not confirm it; counsel should check before relying on it either way.",
  authorities: ["co-biometric-sale"],
  remedies: ["co-biometric-stop-sale"],
  tags: ["sale", "unverified"],
  check({ system }) {
    const acts = FIELDS.filter((f) => system.commerce[f] === true);
    if (acts.length === 0) return [];
    return [
      {
        message: `${system.name} ${list(acts)} biometric data. Colorado restrictions on selling, leasing or trading biometric identifiers are reported but not confirmed in the reference ([UNVERIFIED]), so this is a note for counsel, not a finding of a violation.`,
        evidence: acts.map((f) => `/commerce/${f}`),
        key: "sale",
      },
    ];
  },
});
