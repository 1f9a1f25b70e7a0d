import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";

const NOTICE = "/dataProtection/noticeAtCollection";

const PARTS = [
  { key: "listsCategories", words: "the categories collected, including biometric information as sensitive personal information" },
  { key: "statesPurposes", words: "the purposes" },
  { key: "statesRetention", words: "how long the data is kept, or the criteria used" },
] as const;

/** 1798.100(a): a notice at collection with categories, purposes and retention. No consent duty. */
export const noticeAtCollection = definePackRule({
  id: "ca-ccpa/notice-at-collection",
  title: "Notice at collection listing categories, purposes and retention",
  section: "Cal. Civ. Code §1798.100(a)",
  severity: "violation",
  summary:
    "Checks that a notice is given at or before collection and that it lists the categories (biometric information as sensitive personal information), the purposes, and the retention period or criteria. A missing notice or part is a violation; an unknown one is a risk.",
  plainLanguage:
    "Before or when it collects biometric information from Californians, a business must tell them what it collects, why, and how long it keeps it. The CCPA does not ask for consent before collection.",
  authorities: ["ca-ccpa-1798-100", "ca-ccpa-1798-140"],
  remedies: ["ca-ccpa-give-notice-at-collection"],
  tags: ["notice", "retention", "sensitive-personal-information"],
  check({ system }) {
    const notice = system.dataProtection.noticeAtCollection;
    const name = system.name;
    if (notice.given === false) {
      return [
        {
          message: `${name} collects biometric information from people in California without a notice at collection. 1798.100(a) requires one that lists the categories (biometric information as sensitive personal information), the purposes and how long each category is kept.`,
          evidence: [`${NOTICE}/given`],
        },
      ];
    }
    const missing = PARTS.filter((p) => notice[p.key] === false);
    const unknown = PARTS.filter((p) => notice[p.key] === "unknown");
    const out: PackFindingDraft[] = [];
    if (missing.length > 0) {
      out.push({
        message: `${name}'s notice at collection does not state ${missing.map((p) => p.words).join("; ")}. 1798.100(a) requires each of them.`,
        evidence: missing.map((p) => `${NOTICE}/${p.key}`),
      });
    }
    const unknownGiven = notice.given === "unknown";
    if (unknownGiven || unknown.length > 0) {
      const what = unknownGiven ? ["whether a notice is given at collection", ...unknown.map((p) => `whether it states ${p.words}`)] : unknown.map((p) => `whether the notice states ${p.words}`);
      out.push({
        message: `For ${name} the profile does not say ${what.join("; ")}. 1798.100(a) requires a notice at collection with categories, purposes and retention.`,
        evidence: [...(unknownGiven ? [`${NOTICE}/given`] : []), ...unknown.map((p) => `${NOTICE}/${p.key}`)],
        severity: "risk",
        basis: "unknown",
        key: "unknown",
      });
    }
    return out;
  },
});
