import type { PackRemedy } from "../../core/pack.js";

/** Remedies of the Texas pack; `measure` is shared where other laws accept the same act. */
export const remedies: readonly PackRemedy[] = [
  {
    id: "tx-cubi-inform-before-capture",
    measure: "notice-before-capture",
    title: "Inform each person before capture",
    requires: "Tell each person, before the first capture, that a biometric identifier is captured and for what purpose.",
    effect: "cures",
    why: "§503.001(b) requires informing the person before capture; it does not require the notice to be written.",
    sources: ["tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-consent-before-capture",
    measure: "consent-before-capture",
    title: "Get each person's consent before capture",
    requires:
      "Obtain each person's consent before the first capture. Texas does not require the consent to be written: a BIPA written release obtained before capture satisfies it, and so does any other consent the person gives before capture.",
    effect: "cures",
    why: "§503.001(b) requires consent before capture. A cure works for captures after it; captures already made without consent stay violations.",
    sources: ["tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-consent-not-public-images",
    measure: "consent-before-capture",
    title: "Get consent from the person, not from a public image",
    requires:
      "Stop treating an image or other media found on the internet or another public source as notice or consent, unless the person made it public; get the person's own consent before capture.",
    effect: "cures",
    why: "§503.001(b-1), in force from 1 Jan 2026 (HB 149).",
    sources: ["tx-cubi-hb-149-2025", "tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-stop-sale",
    measure: "stop-sale",
    title: "Stop selling or leasing biometric identifiers",
    requires: "End every sale, lease, trade or licence of access to biometric identifiers that none of the (A)-(D) exceptions covers.",
    effect: "cures",
    why: "§503.001(c)(1) bars selling, leasing or otherwise disclosing a biometric identifier except under (A)-(D).",
    sources: ["tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-stop-unexcepted-disclosure",
    measure: "stop-unexcepted-disclosure",
    title: "Disclose only under an (A)-(D) exception",
    requires:
      "Disclose a biometric identifier only (A) with consent to identification if the person disappears or dies, (B) to complete a financial transaction the person asked for or authorised, (C) where a federal statute or a state statute other than Gov't Code ch. 552 requires or permits it, or (D) by or to law enforcement, for a law-enforcement purpose, in response to a warrant.",
    effect: "cures",
    why: "§503.001(c)(1).",
    sources: ["tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-reasonable-care",
    measure: "reasonable-security",
    title: "Protect biometric identifiers at least as well as other confidential information",
    requires: "Store, transmit and protect biometric identifiers with reasonable care, in a way at least as protective as the company's other confidential information.",
    effect: "cures",
    why: "§503.001(c)(2).",
    sources: ["tx-cubi-503-001"],
  },
  {
    id: "tx-cubi-destroy-by-first-anniversary",
    measure: "destroy-on-deadline",
    title: "Destroy within a reasonable time, and within a year of the purpose expiring",
    requires:
      "Destroy each biometric identifier within a reasonable time, and no later than the first anniversary of the date the purpose for collecting it expires; where it is used with a document that must legally be kept longer, the clock runs from when that duty ends ((c-1)).",
    effect: "cures",
    why: "§503.001(c)(3) and (c-1).",
    sources: ["tx-cubi-503-001"],
    deadline: {
      after: "purpose-satisfied",
      months: 12,
      text: "within a reasonable time, and no later than the first anniversary of the date the purpose expires (Tex. Bus. & Com. Code §503.001(c)(3))",
    },
  },
];
