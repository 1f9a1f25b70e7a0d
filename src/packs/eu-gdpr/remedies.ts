import type { PackRemedy } from "../../core/pack.js";

/**
 * Remedies for the GDPR pack. The measures the Clearview orders imposed (bipa-reference.md §3.4)
 * are remedy templates, each citing the orders it comes from.
 */
export const euGdprRemedies: readonly PackRemedy[] = [
  {
    id: "eu-gdpr-rely-on-article-9-condition",
    measure: "special-category-condition",
    title: "Rely on an Art. 9(2) condition, such as explicit consent, before identifying people by biometrics",
    requires:
      "Before processing biometric data to identify people, establish an Art. 9(2) condition: explicit consent for specified purposes, or another listed ground (employment law with safeguards, for example), and record it.",
    effect: "cures",
    why: "Art. 9(1) prohibits the processing unless an Art. 9(2) condition applies.",
    sources: ["eu-gdpr-art-9", "eu-gdpr-art-9-2"],
  },
  {
    id: "eu-gdpr-stop-collection-without-basis",
    measure: "stop-collection-in-territory",
    title: "Stop collecting and processing the data of people in the EU without a legal basis",
    requires: "Stop collecting facial images or biometric data of people in the member state (and the EU) until a legal basis and an Art. 9(2) condition exist.",
    effect: "cures",
    why: "The Italian, Greek, French and Dutch authorities (and the UK ICO) ordered Clearview to stop collecting without a legal basis.",
    sources: ["eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-ap-2024", "eu-gdpr-ico-2022"],
  },
  {
    id: "eu-gdpr-delete-data-in-territory",
    measure: "delete-data-of-people-in-territory",
    title: "Delete the data of people in the territory, templates and vectors included",
    requires: "Delete the images and the biometric templates or vectors derived from them for people in the member state, after answering pending access requests.",
    effect: "cures",
    why: "The Italian, Greek and French authorities and the ICO ordered deletion including the derived biometric data, not only the images.",
    sources: ["eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-ico-2022"],
    deadline: {
      after: "purpose-satisfied",
      text: "at once: without an Art. 9(2) condition no purpose allows keeping it (the CNIL gave two months before its €100,000-a-day penalty ran)",
    },
  },
  {
    id: "eu-gdpr-answer-access-requests",
    measure: "answer-access-requests",
    title: "Answer access requests, before any deletion they concern",
    requires: "Answer each person's access request in full, and before deleting the data it concerns.",
    effect: "cures",
    why: "Art. 15; the Greek, French and Austrian authorities required access requests answered (the French order: before deleting).",
    sources: ["eu-gdpr-art-15", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-dsb-2023"],
  },
  {
    id: "eu-gdpr-appoint-eu-representative",
    measure: "appoint-representative",
    title: "Appoint a representative in the EU",
    requires: "Designate a representative established in the EU for people there, and name it in the information given to them.",
    effect: "cures",
    why: "Art. 27; the Italian and Austrian orders required an EU representative and the Greek decision found Art. 27 breached.",
    sources: ["eu-gdpr-art-27", "eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-dsb-2023"],
  },
  {
    id: "eu-gdpr-carry-out-impact-assessment",
    measure: "impact-assessment",
    title: "Carry out a data protection impact assessment",
    requires: "Before large-scale processing of biometric data, assess the risks to people and the measures that address them, and keep the assessment.",
    effect: "cures",
    why: "Art. 35(3)(b) makes the assessment mandatory for large-scale processing of special-category data.",
    sources: ["eu-gdpr-art-35-3-b"],
  },
  {
    id: "eu-gdpr-limit-storage",
    measure: "destroy-on-deadline",
    title: "Keep biometric data no longer than necessary for its purpose",
    requires: "Set when biometric data is no longer needed for its purpose and delete it then, backups and vendors' copies included.",
    effect: "cures",
    why: "Art. 5(1)(e) storage limitation; the Italian order found it breached. The GDPR sets no fixed period.",
    sources: ["eu-gdpr-art-5-1-e", "eu-gdpr-garante-2022"],
    deadline: { after: "purpose-satisfied", text: "no longer than necessary for the purposes (Art. 5(1)(e)); no fixed period" },
  },
  {
    id: "eu-gdpr-comply-within-order-deadline",
    measure: "eu-gdpr/comply-within-order-deadline",
    title: "Comply with an authority's order within its deadline",
    requires: "Carry out an order to stop and delete within the period it sets; periodic penalties run from the deadline.",
    effect: "mitigates",
    why: "The CNIL backed its order with €100,000 a day after two months and liquidated €5.2M; the Dutch authority set up to €5.1M in penalties for non-compliance.",
    sources: ["eu-gdpr-cnil-2022", "eu-gdpr-cnil-2023-liquidation", "eu-gdpr-ap-2024"],
  },
];
