import { definePackRule } from "../../../core/pack.js";
import { joinWords } from "../consent.js";
import { expiredBy, expiryTooLate } from "../expiry.js";

/** The elements an authorization must state, with their letters in RCW 19.373.070. */
const ELEMENTS = [
  { field: "specificData", words: "(a) the specific data" },
  { field: "sellerNameAndContact", words: "(b) the seller's name and contact" },
  { field: "purchaserNameAndContact", words: "(c) the purchaser's name and contact" },
  { field: "purposeAndUse", words: "(d) the purpose and how the purchaser will use the data" },
  { field: "noConditioning", words: "(e) that goods or services may not be conditioned on signing" },
  { field: "rightToRevoke", words: "(f) the right to revoke and how" },
  { field: "redisclosureWarning", words: "(g) that the purchaser may redisclose the data" },
  { field: "expiry", words: "(h) an expiry date" },
  { field: "signatureAndDate", words: "(i) the signature and date" },
] as const;

const SALE_ACTS = [
  { field: "sells", words: "sells", certain: true },
  { field: "trades", words: "trades", certain: true },
  { field: "leases", words: "leases", certain: false },
  { field: "licensesDatabaseAccess", words: "licenses access to", certain: false },
] as const;

export const validSaleAuthorization = definePackRule({
  id: "wa-mhmda/valid-sale-authorization",
  title: "Sell only under a valid authorization",
  section: "RCW 19.373.070",
  severity: "violation",
  summary:
    "Fires when biometric data is sold without a signed authorization, separate from consent, that states elements (a)-(i), expires no later than a year from signature, and has not expired by the as-of date; unknowns are risks.",
  plainLanguage:
    "Selling a consumer's biometric data needs a separate authorization the consumer signs, naming the data, seller, buyer and purpose, saying service cannot depend on signing, explaining revocation and redisclosure, and expiring within a year.",
  authorities: ["wa-mhmda-19-373-070"],
  remedies: ["wa-mhmda-valid-sale-authorization", "wa-mhmda-stop-sale"],
  tags: ["19.373.070", "sale"],
  check({ system, asOf }) {
    const acts = SALE_ACTS.filter((a) => system.commerce[a.field] === true);
    if (acts.length === 0) {
      if (system.commerce.sells !== "unknown" || system.saleAuthorization?.signed === true) return [];
      return [
        {
          message: `The profile does not say whether ${system.name} sells biometric data (commerce.sells); RCW 19.373.070 allows a sale only under a valid authorization.`,
          evidence: ["/commerce/sells"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    const certainSale = acts.some((a) => a.certain);
    const doing = `${system.name} ${joinWords(acts.map((a) => a.words), "and")} biometric data`;
    const evidence = acts.map((a) => `/commerce/${a.field}`);
    const auth = system.saleAuthorization;
    if (!auth || auth.signed === false) {
      return [
        {
          message: `${doing} without a signed authorization${certainSale ? "" : " (if that is a sale)"}; RCW 19.373.070 makes a sale unlawful without one.`,
          evidence: [...evidence, auth ? "/saleAuthorization/signed" : "/saleAuthorization"],
          ...(certainSale ? {} : { severity: "risk" as const, basis: "fact" as const }),
        },
      ];
    }
    const defects: string[] = [];
    const defectPointers: string[] = [];
    const unknowns: string[] = [];
    const unknownPointers: string[] = [];
    const defect = (text: string, ...pointers: string[]) => {
      defects.push(text);
      defectPointers.push(...pointers);
    };
    const unknown = (text: string, ...pointers: string[]) => {
      unknowns.push(text);
      unknownPointers.push(...pointers);
    };
    if (auth.signed === "unknown") unknown("whether it was signed", "/saleAuthorization/signed");
    if (auth.separateFromConsent === false) defect("it is not separate from the consent to collect or share", "/saleAuthorization/separateFromConsent");
    if (auth.separateFromConsent === "unknown") unknown("whether it is separate from the consent", "/saleAuthorization/separateFromConsent");
    const missing = ELEMENTS.filter((e) => auth.states[e.field] === false);
    if (missing.length > 0) defect(`it does not state ${joinWords(missing.map((e) => e.words), "or")}`, ...missing.map((e) => `/saleAuthorization/states/${e.field}`));
    const open = ELEMENTS.filter((e) => auth.states[e.field] === "unknown");
    if (open.length > 0) unknown(`whether it states ${joinWords(open.map((e) => e.words), "and")}`, ...open.map((e) => `/saleAuthorization/states/${e.field}`));
    if (auth.expiresDate === "unknown") {
      unknown("when it expires", "/saleAuthorization/expiresDate");
    } else {
      const expired = expiredBy(auth.expiresDate, asOf);
      if (expired === "yes") defect(`it expired on ${auth.expiresDate}, before ${asOf}`, "/saleAuthorization/expiresDate");
      if (expired === "unknown") unknown(`whether it had expired by ${asOf} (expiry ${auth.expiresDate})`, "/saleAuthorization/expiresDate");
      if (auth.signedDate === "unknown") {
        unknown("when it was signed, so whether it expires within a year", "/saleAuthorization/signedDate");
      } else {
        const late = expiryTooLate(auth.signedDate, auth.expiresDate);
        if (late === "yes") defect(`it expires on ${auth.expiresDate}, more than a year after it was signed on ${auth.signedDate}`, "/saleAuthorization/expiresDate", "/saleAuthorization/signedDate");
        if (late === "unknown") unknown(`whether an expiry of ${auth.expiresDate} is within a year of signature on ${auth.signedDate}`, "/saleAuthorization/signedDate");
      }
    }
    if (defects.length > 0) {
      return [
        {
          message: `${doing} under an authorization that is not valid: ${joinWords(defects, "and")} (RCW 19.373.070).`,
          evidence: [...new Set(defectPointers)],
          ...(certainSale ? {} : { severity: "risk" as const, basis: "fact" as const }),
        },
      ];
    }
    if (unknowns.length > 0) {
      return [
        {
          message: `${doing}; the profile does not establish ${joinWords(unknowns, "or")}, each of which the authorization's validity turns on (RCW 19.373.070).`,
          evidence: [...new Set(unknownPointers)],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
