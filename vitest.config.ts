import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // Test files share one module graph per worker instead of re-importing the sources for each
    // file: the suite's cost was mostly imports (a third of the time on the rules and engine tests).
    // No test mocks modules or changes global state (checked: no vi.mock, vi.stubGlobal or chdir).
    isolate: false,
  },
});
