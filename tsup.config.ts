import { defineConfig } from "tsup";

// The library ships ESM + CJS with types; the CLI is ESM only (it is run, not imported).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    splitting: true,
    // Dependencies are bundled into the CLI: resolving them from node_modules was a fifth of the cold
    // start. The require shim serves the CommonJS code among them.
    noExternal: [/.*/],
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __bipaCreateRequire } from "node:module";\nconst require = __bipaCreateRequire(import.meta.url);',
    },
  },
]);
