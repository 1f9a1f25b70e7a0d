import { inPossession } from "../gates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import { joinWords } from "../wording.js";

const ACTS = [
  { field: "sells", words: "sells" },
  { field: "leases", words: "leases" },
  { field: "trades", words: "trades" },
  { field: "licensesDatabaseAccess", words: "licenses access to a database built from" },
  { field: "otherwiseProfits", words: "otherwise profits from" },
] as const;

/**
 * "Otherwise profit from" is not defined, and the legal reference records no ruling on how far it
 * reaches (bipa-reference.md §1.3 15(c)): the finding rests on the profile's own answer, and says so.
 */
const OTHERWISE_OPEN =
  " What \"otherwise profit from\" reaches (a fee for a service that uses the data, revenue from a feature built on it, as against a price for the data itself) is not settled in the legal reference; this finding rests on the profile's answer (commerce.otherwiseProfits).";

export const profit = defineRule({
  id: "bipa/15c-profit",
  title: "No selling, leasing, trading or otherwise profiting from biometric data",
  section: "740 ILCS 14/15(c)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires when a system sells, leases or trades biometric data, licenses access to a biometric database, or otherwise profits from it; a deciding fact left unknown is a risk.",
  plainLanguage:
    "A company that holds biometric data may not sell, lease, trade, or otherwise profit from it. Unlike disclosure, there is no consent exception: the subject's agreement does not make a sale lawful.",
  authorities: ["bipa-15c", "thornley-2021", "aclu-clearview-2022"],
  remedies: ["stop-profiting", "no-private-entity-customers", "no-illinois-customers"],
  tags: ["15(c)", "profit", "sale"],
  examples: {
    failing: {
      description: "The company licenses access to its face database to customers.",
      system: { commerce: { licensesDatabaseAccess: true } },
    },
    passing: {
      description: "The company neither sells nor licenses the data, nor earns revenue from it.",
      system: { commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false } },
    },
  },
  check({ system }) {
    const drafts: FindingDraft[] = [];
    const unknown: string[] = [];
    for (const act of ACTS) {
      const value = system.commerce[act.field];
      if (value === true) {
        drafts.push({
          message: `${system.name} ${act.words} biometric data. 15(c) forbids this outright; consent is no defence.${act.field === "otherwiseProfits" ? OTHERWISE_OPEN : ""}`,
          evidence: [`/commerce/${act.field}`],
          key: `/commerce/${act.field}`,
        });
      } else if (value === "unknown") unknown.push(act.field);
    }
    if (drafts.length === 0 && unknown.length > 0) {
      drafts.push({
        message: `The profile does not say whether ${system.name} ${joinWords(unknown.map((f) => ACTS.find((a) => a.field === f)?.words ?? f), "or")} biometric data; 15(c) bars all of these, so the facts must be established.`,
        evidence: unknown.map((f) => `/commerce/${f}`),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "stop-profiting"],
        key: "/commerce",
      });
    }
    return drafts;
  },
});
