import { defineConfig } from "vitest/config";
import base from "../vitest.config.js";

/**
 * Runs the example and docs tests in update mode: generated files (expected example reports, rule
 * pages, the profile reference, generated regions) are rewritten instead of compared, and stale
 * generated pages are deleted. `npm run examples:update` and `npm run docs` use it. (The include list
 * replaces the base one: mergeConfig would append to it and run every test.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/examples/**/*.test.ts", "tests/docs/**/*.test.ts", "tests/remedies/docs.test.ts"],
    env: { ...base.test?.env, BIPA_UPDATE: "1" },
  },
});
