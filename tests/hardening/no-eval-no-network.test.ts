import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { build, type Options } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import tsupConfig from "../../tsup.config.js";
import { ensureCli, ROOT, runCli } from "../cli/helpers/cli.js";

/**
 * No code generation and no network, checked twice: in the text of the source and of the built
 * bundles, and at run time (the CLI under --disallow-code-generation-from-strings, and with every
 * network entry point replaced by one that records the attempt).
 */

const FORBIDDEN: Array<[string, RegExp]> = [
  ["eval(", /\beval\(/],
  ["new Function", /new Function\b/],
  ["node:http", /["']node:http["']/],
  ["node:https", /["']node:https["']/],
  ["node:net", /["']node:net["']/],
  ["fetch(", /\bfetch\(/],
];

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

function offenders(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [label, pattern] of FORBIDDEN) if (pattern.test(text)) found.push(`${relative(ROOT, file)}: ${label}`);
  }
  return found;
}

let cli: string;
let libDir: string;
beforeAll(async () => {
  cli = await ensureCli();
  // The library bundles (ESM and CJS) as tsup.config.ts builds them, without types (not needed here).
  // Built inside the repository so that its dependencies resolve from node_modules.
  mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
  libDir = mkdtempSync(join(ROOT, "node_modules", ".cache", "bipa-lib-"));
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const lib = configs.find((c) => typeof c.entry === "object" && c.entry !== null && "index" in c.entry);
  if (!lib) throw new Error("tsup.config.ts has no `index` entry");
  await build({ ...lib, outDir: libDir, dts: false, sourcemap: false, clean: true, silent: true, config: false });
}, 120_000);
afterAll(() => rmSync(libDir, { recursive: true, force: true }));

describe("no eval, no network: in the text", () => {
  it("src/ has none of them", () => {
    expect(offenders(filesUnder(join(ROOT, "src"), /\.ts$/))).toEqual([]);
  });

  it("the built library (ESM and CJS) has none of them", () => {
    const files = filesUnder(libDir, /\.(c?js)$/);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(offenders(files)).toEqual([]);
  });

  it("the built CLI, with its bundled dependencies, has none of them", () => {
    expect(offenders(filesUnder(dirname(cli), /\.js$/))).toEqual([]);
  });
});

describe("no eval, no network: at run time", () => {
  const profiles = ["tests/fixtures/profiles/violating.yaml", "tests/fixtures/profiles/risky.json"];
  const formats = ["text", "json", "sarif", "junit", "markdown", "html"];

  it("the CLI gives the same bytes with code generation from strings disallowed, in every format", () => {
    for (const format of formats) {
      const args = ["audit", ...profiles, "--as-of", "2026-11-22", "--format", format];
      const plain = runCli(cli, args);
      const strict = runCli(cli, args, { nodeArgs: ["--disallow-code-generation-from-strings"] });
      expect(plain.code).toBe(1);
      expect(strict).toEqual(plain);
    }
  });

  it("the CLI never calls the Function constructor (zod's JIT and even its capability probe stay off)", () => {
    // --disallow-code-generation-from-strings alone cannot show this: zod catches the refusal and falls
    // back quietly. A Function that reports every call can.
    const dir = mkdtempSync(join(tmpdir(), "bipa-fn-"));
    try {
      const guard = join(dir, "no-function.mjs");
      writeFileSync(
        guard,
        [
          "const Real = globalThis.Function;",
          'const report = () => process.stderr.write("FUNCTION CONSTRUCTOR CALLED\\n");',
          "globalThis.Function = new Proxy(Real, { construct(t, a) { report(); return Reflect.construct(t, a); }, apply(t, self, a) { report(); return Reflect.apply(t, self, a); } });",
        ].join("\n"),
      );
      for (const format of formats) {
        const r = runCli(cli, ["audit", ...profiles, "--as-of", "2026-11-22", "--format", format], { nodeArgs: ["--import", guard] });
        expect(r.stderr).not.toContain("FUNCTION CONSTRUCTOR CALLED");
        expect(r.code).toBe(1);
      }
      // The guard itself works: the library, which leaves zod's setting to its host, trips it.
      const script = `require(${JSON.stringify(join(libDir, "index.cjs"))}).parseProfile({});`;
      expect(runCli("-e", [script], { nodeArgs: ["--import", guard] }).stderr).toContain("FUNCTION CONSTRUCTOR CALLED");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the CLI opens no connection: every network entry point is replaced by one that records the attempt", () => {
    const dir = mkdtempSync(join(tmpdir(), "bipa-net-"));
    try {
      const guard = join(dir, "no-network.mjs");
      writeFileSync(
        guard,
        [
          'import net from "node:net"; import tls from "node:tls"; import dns from "node:dns"; import http from "node:http"; import https from "node:https";',
          'const trip = (what) => () => { process.stderr.write(`NETWORK ATTEMPT: ${what}\\n`); throw new Error("network disabled"); };',
          'net.Socket.prototype.connect = trip("net.connect"); tls.connect = trip("tls.connect"); dns.lookup = trip("dns.lookup");',
          'http.request = trip("http.request"); http.get = trip("http.get"); https.request = trip("https.request"); https.get = trip("https.get");',
          'globalThis.fetch = trip("fetch");',
        ].join("\n"),
      );
      for (const command of [["audit", ...profiles, "--as-of", "2026-11-22", "--format", "sarif"], ["rules"], ["explain", "bipa/15b-written-release"], ["schema"]]) {
        const r = runCli(cli, command, { nodeArgs: ["--import", guard] });
        expect(r.stderr).not.toContain("NETWORK ATTEMPT");
        expect([0, 1]).toContain(r.code);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the library loads and audits with code generation disallowed (zod falls back to its interpreter)", () => {
    const script = `const b = require(${JSON.stringify(join(libDir, "index.cjs"))});
const r = b.loadProfile(require("node:fs").readFileSync(${JSON.stringify(join(ROOT, profiles[0]!))}, "utf8"));
if (!r.ok) process.exit(3);
process.stdout.write(String(b.audit(r, { asOf: "2026-11-22" }).findings.length));`;
    const strict = runCli("-e", [script], { nodeArgs: ["--disallow-code-generation-from-strings"] });
    const plain = runCli("-e", [script]);
    expect(strict.stderr).toBe("");
    expect(Number(strict.stdout)).toBeGreaterThan(0);
    expect(strict.stdout).toBe(plain.stdout);
  });
});
