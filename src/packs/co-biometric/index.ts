import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { coBiometricAuthorities } from "./authorities.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { deletionDeadlineOption } from "./deletion-option.js";
import { penalty } from "./penalty.js";
import { coBiometricRemedies } from "./remedies.js";
import { deletionDeadline } from "./rules/deletion-deadline.js";
import { employerConsentForm } from "./rules/employer-consent-form.js";
import { employerRequiredConsent } from "./rules/employer-required-consent.js";
import { employmentTrackingCondition } from "./rules/employment-tracking-condition.js";
import { noticeAndConsent } from "./rules/notice-and-consent.js";
import { publicPolicy } from "./rules/public-policy.js";
import { saleRestrictionUnverified } from "./rules/sale-restriction-unverified.js";
import { writtenPolicy } from "./rules/written-policy.js";

/** Colorado's biometric amendment to the Colorado Privacy Act, C.R.S. §6-1-1314 (bipa-reference.md §4.4). */
export const coBiometricPack = definePack({
  id: "co-biometric",
  title: "Colorado biometric identifiers (C.R.S. §6-1-1314, HB24-1130)",
  jurisdiction: "US-CO",
  citation: "C.R.S. §6-1-1314",
  effectiveFrom: EFFECTIVE_FROM,
  authorities: coBiometricAuthorities,
  remedies: coBiometricRemedies,
  rules: [writtenPolicy, publicPolicy, deletionDeadline, noticeAndConsent, employerRequiredConsent, employmentTrackingCondition, employerConsentForm, saleRestrictionUnverified],
  applicability,
  penalty,
  options: [deletionDeadlineOption],
  notes: [
    "The deletion deadline is reported three ways and the enrolled text was not checked: the pack applies a reading only when the option co-biometric/deletion-deadline names one.",
    "Restrictions on selling, leasing or trading biometric identifiers are reported but not confirmed ([UNVERIFIED]): a sale is a note, not a violation.",
    "The form and refresh of employer consent rest on one secondary source ([S]) and are graded as risks.",
    "The exceptions to publishing the written policy, the Attorney General's December 2024 rules and the rest of the Colorado Privacy Act (consumer rights, the usual thresholds for other data) are not covered.",
  ],
});
