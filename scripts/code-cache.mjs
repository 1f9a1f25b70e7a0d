// Writes V8's code cache for the CLI bundle, for src/cli/bin.ts to compile it with:
//   node scripts/code-cache.mjs dist/cli-bundle.cjs      → dist/cli-bundle.v8cache
// Run by the build (tsup.config.ts) after the bundle is written. The cache holds the bytecode of every
// function a warm-up compiled: the audit of a small profile, as YAML in text and as JSON in JSON, the
// runs a cold start is measured on (docs/performance.md). The warm-up runs in a fresh Node process
// with no flags, like a user's run: V8 accepts a cache only under the flags it was made with.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { parse } from "yaml";

const AS_OF = "2026-11-22";
const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "white-castle-timeclock.yaml");

if (process.argv[2] === "--warm") warm(process.argv[3]);
else make(process.argv[2]);

/** Runs the warm-up in a child process with standard output discarded, and checks it wrote the cache. */
function make(bundle) {
  if (!bundle) fail("usage: node scripts/code-cache.mjs <cli-bundle.cjs>");
  // Without NODE_OPTIONS too: flags the build was run with are not the flags a user's run has.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--warm", resolve(bundle)], { stdio: ["ignore", "ignore", "inherit"], env });
  if (child.status !== 0) fail(`the warm-up exited ${child.status ?? child.signal}`);
}

/** Compiles the bundle, runs the warm-up audits one after another in this process, and writes the cache. */
function warm(bundle) {
  const source = readFileSync(bundle, "utf8");
  const script = new Script(source, { filename: bundle });
  const cli = script.runInThisContext();
  const dir = mkdtempSync(join(tmpdir(), "bipa-code-cache-"));
  const json = join(dir, "profile.json");
  writeFileSync(json, JSON.stringify(parse(readFileSync(EXAMPLE, "utf8"))));
  const runs = [
    ["audit", EXAMPLE, "--format", "text", "--as-of", AS_OF, "--no-config"],
    ["audit", json, "--format", "json", "--as-of", AS_OF, "--no-config"],
  ];
  // Each run is the CLI's main, which ends by setting the exit code; the next starts once the event loop is empty.
  const next = () => {
    const code = process.exitCode ?? 0;
    if (code !== 0 && code !== 1) fail(`a warm-up run exited ${code}`);
    process.exitCode = 0;
    const argv = runs.shift();
    if (!argv) {
      process.off("beforeExit", next);
      writeFileSync(join(dirname(bundle), "cli-bundle.v8cache"), script.createCachedData());
      rmSync(dir, { recursive: true, force: true });
      return;
    }
    process.argv = [process.execPath, bundle, ...argv];
    // From an immediate, so the loop is alive again and empties again after the run.
    setImmediate(() => cli(createRequire(bundle), pathToFileURL(bundle).href));
  };
  process.on("beforeExit", next);
  next();
}

function fail(message) {
  process.stderr.write(`code-cache: ${message}\n`);
  process.exit(1);
}
