import type { Rule } from "../../rule.js";
import { profit } from "./15c-profit.js";

/** The 15(c) rules, in evaluation order. */
export const rules: readonly Rule[] = [profit];
