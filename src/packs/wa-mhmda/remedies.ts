import type { PackRemedy } from "../../core/pack.js";

/** Remedies of the My Health My Data Act pack; `measure` is shared where other laws accept the same act. */
export const remedies: readonly PackRemedy[] = [
  {
    id: "wa-mhmda-consent-before-collection",
    measure: "consent-before-capture",
    title: "Get consent before collecting biometric data",
    requires:
      "Obtain each consumer's consent for a specified purpose before collecting biometric data, unless the collection is only what is necessary for a product or service the consumer asked for. A BIPA written release obtained before capture counts, if it also makes the disclosures below.",
    effect: "cures",
    why: "RCW 19.373.030. A cure works for collection after it; data already collected without consent stays a violation.",
    sources: ["wa-mhmda-19-373-030"],
  },
  {
    id: "wa-mhmda-consent-disclosures",
    measure: "wa-mhmda/consent-disclosures",
    title: "Make the consent request say what the Act requires",
    requires: "State in the consent request the categories of data collected, the purpose and specific uses, the categories of recipients, and how to withdraw consent.",
    effect: "cures",
    why: "RCW 19.373.030.",
    sources: ["wa-mhmda-19-373-030"],
  },
  {
    id: "wa-mhmda-separate-consent-to-share",
    measure: "separate-consent-to-share",
    title: "Get a separate consent before sharing",
    requires: "Obtain a consent to share that is separate and distinct from the consent to collect, before any sharing that is not necessary for a product or service the consumer asked for.",
    effect: "cures",
    why: "RCW 19.373.030. This is what Washington adds to a written release or a consent to collect.",
    sources: ["wa-mhmda-19-373-030"],
  },
  {
    id: "wa-mhmda-valid-sale-authorization",
    measure: "valid-sale-authorization",
    title: "Sell only under a valid authorization",
    requires:
      "Before any sale, get a signed authorization, separate from the consent to collect or share, in plain language, stating elements (a)-(i) of RCW 19.373.070, and expiring no later than one year from signature; stop selling when it expires.",
    effect: "cures",
    why: "RCW 19.373.070.",
    sources: ["wa-mhmda-19-373-070"],
  },
  {
    id: "wa-mhmda-stop-sale",
    measure: "stop-sale",
    title: "Stop selling consumer health data",
    requires: "End sales of biometric data that no valid authorization covers.",
    effect: "cures",
    why: "RCW 19.373.070.",
    sources: ["wa-mhmda-19-373-070"],
  },
];
