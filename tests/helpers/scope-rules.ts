import { bipaRules } from "../../src/packs/bipa/rules/index.js";

/** The pack's scope rules, for tests that need real applicability decisions. */
export const scopeRules = bipaRules.filter((r) => r.kind === "scope");
