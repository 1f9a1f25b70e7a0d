import type { PackRule } from "../../../core/pack.js";
import { consentDisclosures } from "./consent-disclosures.js";
import { consentToCollect } from "./consent-to-collect.js";
import { separateConsentToShare } from "./separate-consent-to-share.js";
import { validSaleAuthorization } from "./valid-sale-authorization.js";

/** The My Health My Data Act rules, in the order of the Act. */
export const rules: readonly PackRule[] = [consentToCollect, consentDisclosures, separateConsentToShare, validSaleAuthorization];
