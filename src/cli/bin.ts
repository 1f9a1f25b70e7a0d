import { createRequire } from "node:module";

/*
 * The bin entry (dist/cli.js). Most of a one-profile run is V8 compiling code: the bundle's source
 * on load, then each function the first time it runs. The bundle (dist/cli-bundle.cjs, one function
 * expression) is compiled here with the code cache the build wrote beside it (scripts/code-cache.mjs:
 * V8's bytecode after a warm-up audit), so a run skips most of that work. V8 checks the cache against
 * its own version and flags and the source's length (the build deletes the old cache before it writes
 * a bundle: tsup.config.ts); a cache it rejects, or none at all, only means the code is compiled from
 * source, like a script without one. Node 20 has no compile cache for ES modules, hence a script. (Node 22's
 * `module.enableCompileCache` does the same for modules.)
 */

// Built-ins by require: an ES import of each would build its module facade at start-up.
const require = createRequire(import.meta.url);
const { readFileSync } = require("node:fs") as typeof import("node:fs");
const { fileURLToPath, pathToFileURL } = require("node:url") as typeof import("node:url");
const { Script } = require("node:vm") as typeof import("node:vm");

/** What the bundle's one expression evaluates to: the CLI, given the require and URL of its own file. */
type Bundle = (require: NodeJS.Require, url: string) => void;

const bundlePath = fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url));
const cachePath = fileURLToPath(new URL("./cli-bundle.v8cache", import.meta.url));

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cachePath);
} catch {
  // No cache (a build that skipped it): compile from source.
}
const script = new Script(readFileSync(bundlePath, "utf8"), { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
(script.runInThisContext() as Bundle)(createRequire(bundlePath), pathToFileURL(bundlePath).href);
