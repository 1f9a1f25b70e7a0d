import type { Rule } from "../../rule.js";
import { disclosure } from "./15d-disclosure.js";

/** The 15(d) rules, in evaluation order. */
export const rules: readonly Rule[] = [disclosure];
