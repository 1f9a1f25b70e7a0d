import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";

const CONDITION = "/dataProtection/condition";
const CONSENT = "/consent";

const REMEDIES = [
  "eu-gdpr-rely-on-article-9-condition",
  "eu-gdpr-stop-collection-without-basis",
  "eu-gdpr-delete-data-in-territory",
  "eu-gdpr-comply-within-order-deadline",
] as const;

/**
 * Art. 9(1)-(2): processing biometric data to identify people needs a condition. None is a
 * violation; explicit consent claimed where the consent is not explicit, was not obtained, or is
 * inferred from public images (the Clearview pattern) is a violation too. The other listed grounds
 * are accepted as stated: their own conditions are outside what the profile records.
 */
export const specialCategoryCondition = definePackRule({
  id: "eu-gdpr/special-category-condition",
  title: "An Art. 9(2) condition for processing biometric data to identify people",
  section: "Regulation (EU) 2016/679, Art. 9(1), 9(2)",
  severity: "violation",
  summary:
    "Checks the condition relied on: none is a violation; explicit consent that was not obtained, not explicit, or inferred from public images is a violation; an unknown condition or consent is a risk.",
  plainLanguage:
    "Using biometric data to recognise people is forbidden in the EU unless a specific exception applies, usually the person's explicit consent for a stated purpose.",
  authorities: ["eu-gdpr-art-9", "eu-gdpr-art-9-2", "eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-ap-2024"],
  remedies: REMEDIES,
  tags: ["article-9", "consent", "legal-basis"],
  check({ system }) {
    const name = system.name;
    const condition = system.dataProtection.condition;
    const consent = system.consent;
    if (condition === "none") {
      return [
        {
          message: `${name} processes biometric data to uniquely identify people in the EU with no Art. 9(2) condition. Art. 9(1) prohibits that processing; the Clearview orders in Italy, Greece, France and the Netherlands rest on it.`,
          evidence: [CONDITION],
        },
      ];
    }
    if (condition === "unknown") {
      return [
        {
          message: `For ${name} the profile does not say which Art. 9(2) condition the identification of people by biometrics relies on. Without one, Art. 9(1) prohibits it.`,
          evidence: [CONDITION],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    if (condition !== "explicit-consent") return [];
    const faults: Array<{ words: string; pointer: string }> = [];
    if (consent.obtained === false) faults.push({ words: "consent was not obtained from everyone", pointer: `${CONSENT}/obtained` });
    if (consent.explicit === false) faults.push({ words: "the consent is not an express statement for a specified purpose", pointer: `${CONSENT}/explicit` });
    if (consent.form === "implied" || consent.form === "none") faults.push({ words: `the consent is ${consent.form === "none" ? "absent" : "implied from conduct"}`, pointer: `${CONSENT}/form` });
    if (consent.basedOnPublicImages === true) faults.push({ words: "consent is inferred from images being public", pointer: `${CONSENT}/basedOnPublicImages` });
    const out: PackFindingDraft[] = [];
    if (faults.length > 0) {
      out.push({
        message: `${name} relies on explicit consent under Art. 9(2)(a), but ${faults.map((f) => f.words).join("; ")}. That is not explicit consent, so Art. 9(1) prohibits the processing.`,
        evidence: [CONDITION, ...faults.map((f) => f.pointer)],
      });
      return out;
    }
    const open = [
      ...(consent.obtained === "unknown" ? [{ words: "whether consent was obtained", pointer: `${CONSENT}/obtained` }] : []),
      ...(consent.explicit === "unknown" ? [{ words: "whether it is explicit", pointer: `${CONSENT}/explicit` }] : []),
    ];
    if (open.length > 0) {
      out.push({
        message: `${name} relies on explicit consent under Art. 9(2)(a), but the profile does not say ${open.map((o) => o.words).join(" or ")}.`,
        evidence: [CONDITION, ...open.map((o) => o.pointer)],
        severity: "risk",
        basis: "unknown",
      });
    }
    return out;
  },
});
