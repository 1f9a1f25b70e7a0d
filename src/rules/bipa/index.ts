import type { Rule } from "../../engine/rule.js";
import { rules as scope } from "./scope/index.js";
import { rules as retention } from "./15a/index.js";
import { rules as collection } from "./15b/index.js";
import { rules as profit } from "./15c/index.js";
import { rules as disclosure } from "./15d/index.js";
import { rules as care } from "./15e/index.js";
import { rules as nexus } from "./nexus/index.js";

/**
 * The BIPA rule pack. Scope rules run first, in order; the first that excludes a system ends its
 * evaluation with one info finding. Section rules then run on every in-scope system.
 */
export const bipaRules: readonly Rule[] = [
  ...scope,
  ...retention,
  ...collection,
  ...profit,
  ...disclosure,
  ...care,
  ...nexus,
];
