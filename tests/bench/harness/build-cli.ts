/*
 * Builds dist/cli.js and its bundle the way tsup.config.ts does, without the library and its type declarations (the
 * slow part of `npm run build`), for scripts/bench.mjs. Bundled and run by the bench runner.
 */
import { build } from "tsup";
import { cliBuilds } from "../../../tsup.config.js";

// In order: the bundle (and its code cache), then the bin entry that loads it.
for (const config of cliBuilds) await build({ ...config, config: false, silent: true });
