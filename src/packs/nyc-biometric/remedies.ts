import type { PackRemedy } from "../../core/pack.js";
import { CURE_DAYS } from "./dates.js";

/* New York City remedies, on the shared measures where the act is the one other laws accept. */
export const nycBiometricRemedies: readonly PackRemedy[] = [
  {
    id: "nyc-biometric-entrance-signage",
    measure: "entrance-signage",
    title: "Post a clear and conspicuous sign near every customer entrance",
    requires: "A plain-language sign, in the form the city prescribes (its model sign), near every customer entrance, saying customers' biometric identifier information is collected.",
    effect: "cures",
    why: "N.Y.C. Admin. Code §22-1202(a) requires the sign; no consent is needed.",
    sources: ["nyc-biometric-22-1202a", "nyc-biometric-mallouk-2024"],
    cureWindow: {
      days: CURE_DAYS,
      after: "written-notice",
      text: "A signage claim needs 30 days' written notice and a chance to cure before suit (Mallouk v. Amazon.com): signs posted within those 30 days are the cure the law offers before a signage suit. The sale and profit ban (22-1202(b)) has no cure period.",
    },
  },
  {
    id: "nyc-biometric-stop-sale",
    measure: "stop-sale",
    title: "Stop selling, leasing, trading, sharing for value or otherwise profiting from customers' biometric data",
    requires: "No sale, lease, trade, sharing in exchange for anything of value, or other profit from biometric identifier information. Paying a vendor to run the system is not profiting (Gross).",
    effect: "cures",
    why: "N.Y.C. Admin. Code §22-1202(b) bans it outright, with no cure period; stopping works only going forward, and claims already accrued remain.",
    sources: ["nyc-biometric-22-1202b", "nyc-biometric-gross-2024"],
  },
  {
    id: "nyc-biometric-establish-facts",
    measure: "nyc-biometric/establish-facts",
    title: "Establish the facts the New York City assessment needs",
    requires: "Record the facts the finding names in the profile.",
    effect: "mitigates",
    why: "An unknown that decides a New York City duty is a risk until it is established.",
    sources: ["nyc-biometric-22-1201"],
  },
];
