import type { Rule } from "../../rule.js";
import { breachHistory } from "./15e-breach-history.js";
import { encryption } from "./15e-encryption.js";
import { parity } from "./15e-parity.js";
import { safeguards } from "./15e-safeguards.js";

/** The 15(e) rules, in evaluation order: the first limb's measures, the second limb, then breaches. */
export const rules: readonly Rule[] = [encryption, safeguards, parity, breachHistory];
