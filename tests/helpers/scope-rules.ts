import { bipaRules } from "../../src/rules/bipa/index.js";

/** The pack's scope rules, for tests that need real applicability decisions. */
export const scopeRules = bipaRules.filter((r) => r.kind === "scope");
