import type { Rule } from "../../../engine/rule.js";

/** The nexus rules, in evaluation order. */
export const rules: readonly Rule[] = [];
