import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { cliBuilds } from "../../tsup.config.js";
import { FIXTURES, runCli, useCli } from "./helpers/cli.js";

/*
 * The bin entry compiles the CLI bundle with the V8 code cache the build wrote beside it
 * (src/cli/bin.ts, scripts/code-cache.mjs). The cache changes how fast a run starts, never what it
 * does: without it, or with one V8 refuses, the run compiles from source and says the same.
 * Nothing here times anything (the cold start is a bench row, docs/performance.md).
 */
const cli = useCli();
const scratch = mkdtempSync(join(tmpdir(), "bipa-code-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const AUDIT = [join(FIXTURES, "profiles", "violating.yaml"), "--format", "json", "--as-of", "2026-11-22", "--no-config"];

/** A copy of the built CLI whose code cache is changed by `alter`. */
function copyWith(name: string, alter: (cacheFile: string) => void): string {
  const dir = join(scratch, name);
  cpSync(dirname(cli.path), dir, { recursive: true });
  alter(join(dir, "cli-bundle.v8cache"));
  return join(dir, "cli.js");
}

describe("the CLI's code cache", () => {
  it("is written by the build and accepted by this Node (made under the same V8 and flags)", () => {
    // In a fresh `node` with no flags, as a user runs the CLI: a test worker's own flags (or flags a
    // test set at run time) would make V8 refuse a cache that a user's run accepts.
    const dir = dirname(cli.path);
    const check = `const { readFileSync } = require("node:fs"); const { Script } = require("node:vm");
      const s = new Script(readFileSync(process.argv[1], "utf8"), { filename: process.argv[1], cachedData: readFileSync(process.argv[2]) });
      process.stdout.write(String(s.cachedDataRejected));`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const result = spawnSync(process.execPath, ["-e", check, join(dir, "cli-bundle.cjs"), join(dir, "cli-bundle.v8cache")], { encoding: "utf8", env });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("false");
  });

  it("holds the bundle as one strict function of `require` and the file's URL", () => {
    const source = readFileSync(join(dirname(cli.path), "cli-bundle.cjs"), "utf8");
    expect(source.startsWith('(function (require, __bipaUrl) {\n"use strict";')).toBe(true);
    expect(typeof new Script(source).runInThisContext()).toBe("function");
    // import.meta.url is defined away (a script has none); package-files.ts reads the URL instead.
    expect(source).not.toContain("import.meta");
  });

  it("changes nothing a run prints or returns: the same audit with the cache, without it, and with a corrupt one", () => {
    const withCache = cli.run(["audit", ...AUDIT]);
    expect(withCache.code).toBe(1); // violating.yaml has violations: findings at or above --fail-on
    expect(withCache.stdout).toContain('"reportVersion"');
    const without = copyWith("none", (file) => rmSync(file));
    const corrupt = copyWith("corrupt", (file) => writeFileSync(file, Buffer.alloc(4096, 7)));
    for (const other of [without, corrupt]) {
      const result = runCli(other, ["audit", ...AUDIT]);
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: withCache.code, stdout: withCache.stdout, stderr: withCache.stderr });
    }
  });

  it("finds the package's own files from the bundle's URL: `init` points its modeline at the running package's schema", () => {
    const dir = mkdtempSync(join(scratch, "init-"));
    expect(cli.run(["init"], { cwd: dir }).code).toBe(0);
    // The test build lives under the repository's node_modules/.cache, so the running package is the repository.
    const modeline = readFileSync(join(dir, "bipa-profile.yaml"), "utf8").split("\n")[0]!;
    const target = modeline.replace("# yaml-language-server: $schema=", "");
    expect(readFileSync(join(dir, target), "utf8")).toContain('"$schema"');
    expect(target).toMatch(/docs\/profile\.schema\.json$/);
  });

  it("is deleted when a build of the bundle starts, so a failed build leaves none that could pass for the new bundle's", async () => {
    // V8 matches a cache to its source by length only; a stale cache of a same-length bundle would run old code.
    const plugin = cliBuilds[0]!.plugins?.find((p) => p.name === "code-cache");
    const outDir = join(scratch, "rebuild");
    mkdirSync(outDir);
    writeFileSync(join(outDir, "cli-bundle.v8cache"), "stale");
    await plugin!.buildStart!.call({ options: { outDir } } as never);
    expect(existsSync(join(outDir, "cli-bundle.v8cache"))).toBe(false);
  });
});
