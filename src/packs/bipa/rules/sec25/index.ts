import type { Rule } from "../../rule.js";
import { fingerprintVendor } from "./25d-fingerprint-vendor.js";

/** Sec. 25 rules of construction that are not scope exclusions (those are in scope/). */
export const rules: readonly Rule[] = [fingerprintVendor];
