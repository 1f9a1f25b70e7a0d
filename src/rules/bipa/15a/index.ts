import type { Rule } from "../../../engine/rule.js";

/** The 15a rules, in evaluation order. */
export const rules: readonly Rule[] = [];
