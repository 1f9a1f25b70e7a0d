import { readFileSync, rmSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/*
 * The CLI bundle is built for a fast cold start (docs/performance.md, "CLI cold start"): most of a
 * one-profile `bipa-check audit` is Node reading and compiling the bundle, so it carries as little
 * code as it can. The library build is left alone: its dependencies stay external, as users expect.
 */

/**
 * zod re-exports every locale (`z.locales`, 40-odd languages, about half of zod's bundled bytes).
 * bipa-check writes its own messages and uses English only (zod's default, which zod imports by
 * itself), so the CLI gets a `locales` namespace holding English alone.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), "..", "locales", "en.js"), namespace: "zod-english-only" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * `import { z } from "zod"` hands the bundler zod's whole `z` namespace object, which it cannot
 * shake: every schema type, the JSON Schema converters and the JIT compiler are read and set up on
 * every run. `import * as z from "zod"` (the form zod's documentation uses) lets the bundler keep
 * only what is called. The sources are rewritten to that form for the CLI build; the statement
 * means the same either way. (Once every file imports zod that way, this plugin does nothing.)
 */
const zodNamespaceImport: Plugin = {
  name: "zod-namespace-import",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/^import \{ z \} from "zod";$/gm, 'import * as z from "zod";'),
      loader: "ts",
    }));
  },
};

/**
 * The `yaml` package's ES module build (the one it ships for bundlers, same version and source)
 * instead of its CommonJS build for Node: the bundler can shake it, nothing is wrapped to emulate
 * CommonJS at start-up, and its parser does not read `process.env` for a debug switch on every token.
 */
const yamlEsm: Plugin = {
  name: "yaml-esm",
  setup(build) {
    const require = createRequire(import.meta.url);
    const esm = join(dirname(require.resolve("yaml/package.json")), "browser", "index.js");
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
  },
};

/**
 * Node's built-in modules through `require` instead of `import`. The bundler hoists every
 * `import ... from "node:*"` to the top of the one file, so a run would load `crypto`, `zlib`,
 * `child_process` and the rest even when only a SARIF, GitLab or git-side run uses them, and Node
 * builds an ES module facade for each (reading every export: `fs`'s lazy `ReadStream` loads the
 * streams). A `require` runs where the module that imports it is first initialised: a run loads
 * only the built-ins it reaches. (The `require` is the one the banner makes.)
 */
const builtinsByRequire: Plugin = {
  name: "builtins-by-require",
  setup(build) {
    const builtins = new Set(builtinModules);
    build.onResolve({ filter: /^(node:)?[a-z0-9_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, "");
      if (args.kind !== "import-statement" || !builtins.has(name)) return undefined;
      return { path: name, namespace: "builtin-by-require" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin-by-require" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)});`,
      loader: "js",
    }));
  },
};

/**
 * commander requires `node:child_process` when it loads, for subcommands that are separate
 * executables, which bipa-check has none of; loading it costs a few milliseconds of every start. Its
 * one use (`childProcess.spawn`) gets the module on the first call instead.
 */
const commanderSpawnOnUse: Plugin = {
  name: "commander-spawn-on-use",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.kind === "require-call" && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "spawn-on-use" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "spawn-on-use" }, () => ({
      contents: 'let loaded; module.exports = { spawn: (...args) => (loaded ??= require("node:child_process")).spawn(...args) };',
      loader: "js",
    }));
  },
};

/**
 * After the CLI bundle is written: V8's code cache for it, from a warm-up audit run in a fresh Node
 * process (scripts/code-cache.mjs), so that bin.ts starts without compiling most of the code.
 */
const codeCache: NonNullable<Options["plugins"]>[number] = {
  name: "code-cache",
  // V8 matches a cache to its source by length only: the old cache goes before a new bundle is written,
  // so a build that fails after it leaves no cache that could pass for the new bundle's.
  buildStart() {
    rmSync(join(resolve(this.options.outDir), "cli-bundle.v8cache"), { force: true });
  },
  // Like the entries above, relative to the directory tsup runs in (the bench runs a bundled copy of
  // this config from elsewhere, so not relative to this file).
  buildEnd({ writtenFiles }) {
    const bundle = writtenFiles.find((f) => /cli-bundle\.cjs$/.test(f.name));
    if (!bundle) throw new Error("code-cache: the build wrote no cli-bundle.cjs");
    const made = spawnSync(process.execPath, [resolve("scripts", "code-cache.mjs"), resolve(bundle.name)], { stdio: ["ignore", "inherit", "inherit"] });
    if (made.status !== 0) throw new Error(`code-cache: scripts/code-cache.mjs exited ${made.status}`);
  },
};

// The CLI's bin entry (src/cli/bin.ts): compiles the bundle below with its code cache.
const cliBin: Options = {
  entry: { cli: "src/cli/bin.ts" },
  format: ["esm"],
  target: "node20",
  splitting: false,
  minifyWhitespace: true,
  removeNodeProtocol: false,
  banner: { js: "#!/usr/bin/env node" },
};

// The CLI itself: one file with its dependencies bundled, as one function expression (a script,
// not a module: Node 20 caches compiled code for scripts only) that bin.ts calls with `require`
// and the file's URL. One file, not chunks: each extra module cost more to open, read and link
// than the pre-parse of the code it would have left out (commands and formats that a run does
// not use are still initialised only when imported). Whitespace and syntax are minified; names
// are kept (stack traces, and libraries that read `constructor.name`). After the build, V8's code
// cache for it is written beside it (scripts/code-cache.mjs).
const cliBundle: Options = {
  entry: { "cli-bundle": "src/cli/main.ts" },
  format: ["cjs"],
  sourcemap: true,
  target: "node20",
  splitting: false,
  noExternal: [/.*/],
  minifyWhitespace: true,
  minifySyntax: true,
  // tsup's own plugin would take the `node:` built-ins first (to strip the prefix) and keep them as imports.
  removeNodeProtocol: false,
  esbuildPlugins: [zodEnglishOnly, zodNamespaceImport, yamlEsm, commanderSpawnOnUse, builtinsByRequire],
  // The one place the sources read their own location (src/cli/package-files.ts).
  define: { "import.meta.url": "__bipaUrl" },
  // `require` serves the CommonJS code among the dependencies (commander) and the built-ins. (The
  // bundler starts the CommonJS output with "use strict": ES module code is strict.)
  banner: { js: "(function (require, __bipaUrl) {" },
  footer: { js: "})" },
  plugins: [codeCache],
};

/** The CLI's two builds in the order they run: the bundle (and its code cache), then the bin that loads it. Tests and the bench build these. */
export const cliBuilds: readonly Options[] = [cliBundle, cliBin];

export default defineConfig([
  // The library: ESM + CJS with types.
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
  },
  cliBin,
  cliBundle,
]);
