import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "./helpers/cli.js";

/*
 * The CLI bundle carries only what a run can use (its cold start is mostly Node reading and compiling
 * it; docs/performance.md). Each check guards one measure in tsup.config.ts, by what it keeps out.
 * Sizes, not times: nothing here measures speed.
 */
const cli = useCli();
/** The bundle the bin entry (cli.js) compiles: all of the CLI's code. */
const bundleSource = () => readFileSync(join(dirname(cli.path), "cli-bundle.cjs"), "utf8");

describe("the CLI bundle", () => {
  it("is one file, with no zod locale but English", () => {
    const source = bundleSource();
    // Each zod locale module defines a `localeError`: with all of them the word appears 60-odd times;
    // with English alone, three (the English locale, and zod's code that installs and reads it).
    expect(source.match(/localeError/g)?.length ?? 0).toBeLessThan(5);
    expect(source).not.toMatch(/from\s*"\.\/chunk-/);
  });

  it("keeps zod's unused parts out (JSON Schema import, the JIT compiler), so zod is imported as a namespace", () => {
    const source = bundleSource();
    expect(source).not.toContain("fromJSONSchema");
    expect(source).not.toContain("ZodCompileUnsupportedError");
  });

  it("uses yaml's ES module build (no CommonJS wrapper, no per-token process.env read)", () => {
    const source = bundleSource();
    expect(source).not.toContain("LOG_TOKENS");
    expect(source).not.toContain("LOG_STREAM");
  });

  it("loads Node's built-ins with require where they are used, so no run imports crypto, zlib or child_process up front", () => {
    const importsOf = (source: string) => [...source.matchAll(/\bimport\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+)\s*from\s*"([^"]+)"/g)].map((m) => m[1]);
    // The bundle is a script (no ES imports at all); the bin entry imports only what makes its `require`.
    expect(importsOf(bundleSource())).toEqual([]);
    expect(importsOf(readFileSync(cli.path, "utf8"))).toEqual(["node:module"]);
    expect(bundleSource()).toContain('require("node:crypto")');
  });

  it("loads node:tty, node:net and node:child_process only when a run needs them: not for JSON to a file or pipe", () => {
    // A preload that lists, as the process exits, which of them Node loaded (written without process.stderr, which would load them).
    const probe = join(cli.dir, "loaded-builtins.cjs");
    writeFileSync(probe, 'process.on("exit", () => require("node:fs").writeSync(2, `LOADED[${process.moduleLoadList.filter((m) => /^NativeModule (tty|net|child_process)$/.test(m)).join(",")}]`));\n');
    const loaded = (args: string[]) => /LOADED\[([^\]]*)\]/.exec(cli.run(args, { nodeArgs: ["-r", probe] }).stderr)?.[1];
    const audit = ["audit", join(cli.dir, "profiles", "risky.json"), "--as-of", "2026-11-22", "--no-config"];
    expect(loaded([...audit, "--format", "json"])).toBe("");
    expect(loaded(["--version"])).toBe("");
    // Text asks whether standard output is a terminal (colour), which is what node:tty is for.
    expect(loaded([...audit, "--format", "text"])).toContain("tty");
  });

  // 714 kB when this was written; 1.23 MB with the nine jurisdiction packs (issue 11), whose texts are
  // most of the growth. A backstop against a dependency pulled in by mistake, not a size target.
  it("stays under 1.5 MB (1.23 MB with the jurisdiction packs; 1.45 MB across the files an audit loaded before the bundle)", () => {
    // A backstop, with room for new formats: the checks above name what must stay out.
    expect(Buffer.byteLength(bundleSource())).toBeLessThan(1_500_000);
  });

  it("still runs the commands that are loaded on demand", () => {
    expect(cli.run(["schema"]).code).toBe(0);
    expect(cli.run(["rules"]).code).toBe(0);
  });
});
