import type { PackRemedy } from "../../core/pack.js";

/** Remedies for the California pack; the measures are shared where other laws accept the same act. */
export const caCcpaRemedies: readonly PackRemedy[] = [
  {
    id: "ca-ccpa-give-notice-at-collection",
    measure: "notice-at-collection",
    title: "Give a notice at collection that names biometric information as sensitive personal information",
    requires:
      "At or before collection, tell each California consumer (employees included) the categories collected, naming biometric information as sensitive personal information, the purposes, and how long each category is kept or the criteria used.",
    effect: "cures",
    why: "Cal. Civ. Code §1798.100(a) makes the notice at collection, with the retention period or criteria, a condition of collecting.",
    sources: ["ca-ccpa-1798-100"],
  },
  {
    id: "ca-ccpa-offer-right-to-limit",
    measure: "offer-right-to-limit",
    title: "Offer the right to limit the use of sensitive personal information",
    requires:
      "Where biometric information is used beyond what is necessary for the service the consumer asked for, offer a way to limit its use to what is necessary, and honour requests.",
    effect: "cures",
    why: "Cal. Civ. Code §1798.121 and regs §7027 give consumers a right to limit the use of sensitive personal information.",
    sources: ["ca-ccpa-1798-121"],
  },
  {
    id: "ca-ccpa-keep-only-as-long-as-necessary",
    measure: "destroy-on-deadline",
    title: "Keep biometric information no longer than reasonably necessary for the disclosed purpose",
    requires:
      "Set a retention period (or criteria) for biometric information, state it in the notice at collection, and delete the data when the disclosed purpose no longer needs it.",
    effect: "cures",
    why: "Cal. Civ. Code §1798.100(a)(3): nothing may be kept longer than reasonably necessary for the disclosed purpose. The CCPA sets no fixed period.",
    sources: ["ca-ccpa-1798-100"],
    deadline: { after: "purpose-satisfied", text: "no longer than reasonably necessary for the disclosed purpose (no fixed period in the CCPA)" },
  },
  {
    id: "ca-ccpa-encrypt-and-secure",
    measure: "reasonable-security",
    title: "Encrypt biometric data and keep reasonable security",
    requires: "Encrypt stored biometric data (the store or the templates themselves) and maintain reasonable security procedures for it.",
    effect: "mitigates",
    why: "The private action of Cal. Civ. Code §1798.150 reaches breaches of non-encrypted personal information; encryption takes later breaches out of it. Breaches already suffered stay actionable.",
    sources: ["ca-ccpa-1798-150"],
  },
];
