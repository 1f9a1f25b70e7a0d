import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { nycBiometricAuthorities } from "./authorities.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { penalty } from "./penalty.js";
import { nycBiometricRemedies } from "./remedies.js";
import { entranceSignage } from "./rules/entrance-signage.js";
import { noSaleOrProfit } from "./rules/no-sale-or-profit.js";

/** New York City's biometric identifier information law, N.Y.C. Admin. Code §§22-1201–22-1205 (bipa-reference.md §4.5). */
export const nycBiometricPack = definePack({
  id: "nyc-biometric",
  title: "New York City biometric identifier information (Admin. Code §§22-1201–22-1205)",
  jurisdiction: "US-NY/new-york-city",
  citation: "N.Y.C. Admin. Code §§22-1201–22-1205",
  effectiveFrom: EFFECTIVE_FROM,
  authorities: nycBiometricAuthorities,
  remedies: nycBiometricRemedies,
  rules: [entranceSignage, noSaleOrProfit],
  applicability,
  penalty,
  notes: [
    "The law covers customers of commercial establishments (places of entertainment, retail stores, food and drink establishments); employees are not covered, and financial institutions and government are excluded.",
    "What counts as one violation (per customer or per visit) is not settled in the reference; the estimate shows both readings.",
    "A signage claim is curable within 30 days after written notice (Mallouk v. Amazon.com, 2024); the sale and profit ban is not.",
    "The form of the city's model sign, retention (the law specifies none) and unjust-enrichment claims are not covered.",
  ],
});
