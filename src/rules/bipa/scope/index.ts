import type { Rule } from "../../../engine/rule.js";

/** The scope rules, in evaluation order. */
export const rules: readonly Rule[] = [];
