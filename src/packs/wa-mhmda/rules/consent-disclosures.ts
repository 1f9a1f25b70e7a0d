import { definePackRule } from "../../../core/pack.js";
import { joinWords, NECESSITY_OPEN, necessityOpen, onlyAsNecessary } from "../consent.js";

const ITEMS = [
  { field: "categories", words: "the categories of data" },
  { field: "purposes", words: "the purpose and specific uses" },
  { field: "recipients", words: "the categories of recipients" },
  { field: "withdrawal", words: "how to withdraw consent" },
] as const;

export const consentDisclosures = definePackRule({
  id: "wa-mhmda/consent-disclosures",
  title: "The consent request says what the Act requires",
  section: "RCW 19.373.030",
  severity: "violation",
  summary:
    "Where consent is relied on, fires when the request does not state the categories, purposes and uses, recipients, and how to withdraw; unknown items are a risk, and so is a missing item where the profile leaves open whether the collection is only what a requested service needs.",
  plainLanguage:
    "A consent to collect consumer health data counts only if the request told the consumer what data is collected, why and for which uses, who receives it, and how to withdraw consent.",
  authorities: ["wa-mhmda-19-373-030"],
  remedies: ["wa-mhmda-consent-disclosures"],
  tags: ["19.373.030", "consent"],
  engaged: ({ system }) => (system.consent.obtained === true || system.release.type === "wet-signature" || system.release.type === "electronic-signature") && !onlyAsNecessary(system),
  check({ system }) {
    const d = system.consent.discloses;
    const missing = ITEMS.filter((i) => d[i.field] === false);
    const unknown = ITEMS.filter((i) => d[i.field] === "unknown");
    if (missing.length > 0) {
      return [
        {
          message: `${system.name}'s consent request does not state ${joinWords(missing.map((i) => i.words), "or")}; RCW 19.373.030 requires it to.${necessityOpen(system) ? NECESSITY_OPEN : ""}`,
          evidence: [...missing.map((i) => `/consent/discloses/${i.field}`), ...(necessityOpen(system) ? ["/dataProtection/usedBeyondNecessary"] : [])],
          // Consent is needed only beyond what a requested service needs (§4.2 "Collect"): open, a risk.
          ...(necessityOpen(system) ? { severity: "risk" as const, basis: "unknown" as const } : {}),
        },
      ];
    }
    if (unknown.length > 0) {
      return [
        {
          message: `The profile does not say whether ${system.name}'s consent request states ${joinWords(unknown.map((i) => i.words), "and")}; RCW 19.373.030 requires each.`,
          evidence: unknown.map((i) => `/consent/discloses/${i.field}`),
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
