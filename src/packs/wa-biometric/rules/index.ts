import type { PackRule } from "../../../core/pack.js";
import { commercialDisclosure } from "./commercial-disclosure.js";
import { enrollmentConsent } from "./enrollment-consent.js";
import { reasonableCare } from "./reasonable-care.js";
import { retention } from "./retention.js";

/** The RCW 19.375 rules, in the order of the section. */
export const rules: readonly PackRule[] = [enrollmentConsent, commercialDisclosure, retention, reasonableCare];
