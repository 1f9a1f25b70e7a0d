import type { Rule } from "../../../engine/rule.js";

/** The 15b rules, in evaluation order. */
export const rules: readonly Rule[] = [];
