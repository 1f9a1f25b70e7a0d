import type { PackRemedy } from "../../core/pack.js";

/** Remedies of the RCW 19.375 pack; `measure` is shared where other laws accept the same act. */
export const remedies: readonly PackRemedy[] = [
  {
    id: "wa-biometric-consent-before-enrollment",
    measure: "consent-before-capture",
    title: "Get consent before enrolling the identifier",
    requires:
      "Obtain each person's consent before enrolling their biometric identifier for a commercial purpose, in a form suited to the context. Washington does not require the consent to be written: a BIPA written release obtained before capture satisfies it, and so does any other affirmative consent.",
    effect: "cures",
    why: "RCW 19.375.020: notice alone is not affirmative consent. A cure works for enrollments after it; those already made stay violations.",
    sources: ["wa-biometric-19-375-020"],
  },
  {
    id: "wa-biometric-notice-before-enrollment",
    measure: "notice-before-capture",
    title: "Give notice before enrolling the identifier",
    requires: "Tell people, before enrollment, that their biometric identifier is enrolled and for what commercial purpose.",
    effect: "mitigates",
    why: "RCW 19.375.020 lists notice among the conditions of enrollment; on its own it is not affirmative consent.",
    sources: ["wa-biometric-19-375-020"],
  },
  {
    id: "wa-biometric-commercial-use-opt-out",
    measure: "wa-biometric/commercial-use-opt-out",
    title: "Give people a way to stop later commercial use",
    requires: "Provide a mechanism, honoured before any such use, that prevents the later use of a person's biometric identifier for a commercial purpose.",
    effect: "cures",
    why: "RCW 19.375.020 accepts such a mechanism in place of consent to enroll.",
    sources: ["wa-biometric-19-375-020"],
  },
  {
    id: "wa-biometric-consent-before-disclosure",
    measure: "consent-before-disclosure",
    title: "Get consent before selling or disclosing for a commercial purpose",
    requires:
      "Sell, lease or disclose a biometric identifier for a commercial purpose only with the person's consent, or where a listed case applies: a product or service the person asked for, a financial transaction, a statute or court order, a recipient who contractually promises not to disclose or enroll it further, or litigation and judicial process.",
    effect: "cures",
    why: "RCW 19.375.020.",
    sources: ["wa-biometric-19-375-020"],
  },
  {
    id: "wa-biometric-stop-sale",
    measure: "stop-sale",
    title: "Stop selling or leasing biometric identifiers",
    requires: "End sales, leases and licences of biometric identifiers that no consent or listed case covers.",
    effect: "cures",
    why: "RCW 19.375.020.",
    sources: ["wa-biometric-19-375-020"],
  },
  {
    id: "wa-biometric-retain-only-as-necessary",
    measure: "destroy-on-deadline",
    title: "Keep identifiers only as long as reasonably necessary",
    requires: "Delete each biometric identifier once it is no longer reasonably necessary to comply with law, protect against fraud or security threats, or provide the service.",
    effect: "cures",
    why: "RCW 19.375.020 sets no fixed period.",
    sources: ["wa-biometric-19-375-020"],
    deadline: {
      after: "purpose-satisfied",
      text: "no longer than reasonably necessary to comply with law, protect against fraud or security threats, or provide the service (RCW 19.375.020)",
    },
  },
  {
    id: "wa-biometric-reasonable-care",
    measure: "reasonable-security",
    title: "Guard identifiers against unauthorised access and acquisition",
    requires: "Take reasonable care against unauthorised access to and acquisition of biometric identifiers: restricted access, encryption at rest and in transit.",
    effect: "cures",
    why: "RCW 19.375.020.",
    sources: ["wa-biometric-19-375-020"],
  },
];
