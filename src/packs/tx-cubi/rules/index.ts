import type { PackRule } from "../../../core/pack.js";
import { consentBeforeCapture } from "./consent-before-capture.js";
import { destructionDeadline } from "./destruction-deadline.js";
import { disclosureExceptions } from "./disclosure-exceptions.js";
import { informBeforeCapture } from "./inform-before-capture.js";
import { noSaleOrLease } from "./no-sale-or-lease.js";
import { publicImagesNotConsent } from "./public-images-not-consent.js";
import { reasonableCare } from "./reasonable-care.js";

/** The Texas rules, in the order of §503.001. */
export const rules: readonly PackRule[] = [
  informBeforeCapture,
  consentBeforeCapture,
  publicImagesNotConsent,
  noSaleOrLease,
  disclosureExceptions,
  reasonableCare,
  destructionDeadline,
];
