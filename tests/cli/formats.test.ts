import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorEnabled } from "../../src/cli/color.js";
import { findAll, parseXml } from "../report/helpers/xml.js";
import { multitoolPath, multitoolValidate, sarifSchemaErrors } from "../report/helpers/sarif.js";
import { runCli, useCli } from "./helpers/cli.js";

const cli = useCli();

const AS_OF = ["--as-of", "2026-11-22"];
const PROFILES = ["profiles/violating.yaml", "profiles/risky.json", "profiles/compliant.yaml"];
const audit = (args: string[], options: Parameters<typeof runCli>[2] = {}) => cli.run(["audit", ...args], { cwd: cli.dir, ...options });
const bin = multitoolPath();

type Sarif = {
  runs: Array<{
    invocations: Array<{ exitCode: number; executionSuccessful: boolean }>;
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
  }>;
};

describe("audit --format: every format, several at once, each to its destination", () => {
  it("writes sarif, junit, markdown and json to files and text to stdout in one run", () => {
    const r = audit([
      ...PROFILES,
      "--format",
      "sarif=out/bipa.sarif",
      "--format",
      "junit=out/junit.xml",
      "--format",
      "markdown=out/summary.md",
      "--format",
      "json=out/report.json",
      "--format",
      "text",
      ...AS_OF,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Summary: 3 files");
    for (const f of ["bipa.sarif", "junit.xml", "summary.md", "report.json"]) expect(existsSync(join(cli.dir, "out", f)), f).toBe(true);
  });

  it("SARIF: one run with the results of every file, valid by the 2.1.0 schema, exit code recorded", () => {
    const r = audit([...PROFILES, "--format", "sarif", ...AS_OF]);
    const log = JSON.parse(r.stdout) as Sarif;
    expect(log.runs).toHaveLength(1);
    const uris = new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(["profiles/violating.yaml", "profiles/risky.json"]));
    const release = log.runs[0]!.results.find((x) => x.ruleId === "bipa/15b-written-release")!;
    expect(release.locations[0]!.physicalLocation.region.startLine).toBe(53);
    expect(log.runs[0]!.invocations[0]).toMatchObject({ exitCode: 1, executionSuccessful: true });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it.runIf(bin)("SARIF from the CLI passes the SARIF Multitool with zero errors (skipped only where the platform binary is absent)", () => {
    const log = JSON.parse(audit([...PROFILES, "--format", "sarif", ...AS_OF]).stdout) as unknown;
    expect(multitoolValidate(log, bin!)).toEqual({ analyzed: true, errors: [] });
  });

  it("JUnit: well-formed, a testsuite per profile, failures only for findings at or above --fail-on", () => {
    const root = parseXml(audit([...PROFILES, "--format", "junit", ...AS_OF]).stdout);
    expect(findAll(root, "testsuite").map((s) => s.attrs.name)).toEqual(PROFILES.map((p) => `${p} [bipa]`));
    expect(findAll(root, "failure").map((f) => f.attrs.type)).toEqual(["violation", "violation"]);
    const risky = parseXml(audit([...PROFILES, "--format", "junit", "--fail-on", "risk", ...AS_OF]).stdout);
    expect(findAll(risky, "failure").length).toBeGreaterThan(2);
  });

  it("JSON: one envelope with a report per file, the exit code and totals", () => {
    const env = JSON.parse(audit([...PROFILES, "--format", "json", ...AS_OF]).stdout);
    expect(env).toMatchObject({ reportVersion: 3, asOf: "2026-11-22", failOn: "violation", exitCode: 1 });
    expect(env.reports).toHaveLength(3);
    expect(env.summary.files).toBe(3);
  });

  it("Markdown: verdict, summary table and findings, fit for $GITHUB_STEP_SUMMARY", () => {
    const md = audit([...PROFILES, "--format", "markdown", ...AS_OF]).stdout;
    expect(md.split("\n")[0]).toBe("## bipa-check: BIPA (740 ILCS 14) audit as of 2026-11-22");
    expect(md).toContain("**❌ Fails:** 2 findings at or above `violation`");
    expect(md).toContain("| `profiles/violating.yaml` | Violet Manufacturing Inc. |");
    expect(md).toContain("`bipa/15c-profit`");
  });

  it("is byte-for-byte deterministic across runs", () => {
    for (const format of ["text", "json", "sarif", "junit", "markdown", "html"]) {
      const a = audit([...PROFILES, "--format", format, ...AS_OF]).stdout;
      expect(audit([...PROFILES, "--format", format, ...AS_OF]).stdout, format).toBe(a);
    }
  });
});

describe("colour", () => {
  it("is used only on a terminal by default, never with NO_COLOR or --no-color", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "" })).toBe(true); // no-color.org: only a non-empty value counts
    expect(colorEnabled({ isTTY: true }, {}, false)).toBe(false);
  });

  it("FORCE_COLOR and --color turn it on where it would be off; --no-color and FORCE_COLOR=0 turn it off", () => {
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "" })).toBe(true); // force-color.org: present is enough
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "3" })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: "false" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true); // as in Node: the more specific request wins
    expect(colorEnabled({ isTTY: false }, { NO_COLOR: "1" }, true)).toBe(true); // the command line wins over both
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: "1" }, false)).toBe(false);
  });

  it("on a pipe: --color and FORCE_COLOR colour the text, NO_COLOR and --no-color do not; files never", () => {
    const has = (r: { stdout: string }) => r.stdout.includes("\u001b[31m");
    expect(has(audit(["profiles/violating.yaml", ...AS_OF, "--color"]))).toBe(true);
    expect(has(audit(["profiles/violating.yaml", ...AS_OF], { env: { FORCE_COLOR: "1" } }))).toBe(true);
    expect(has(audit(["profiles/violating.yaml", ...AS_OF], { env: { FORCE_COLOR: "0" } }))).toBe(false);
    expect(has(audit(["profiles/violating.yaml", ...AS_OF, "--no-color"], { env: { FORCE_COLOR: "1" } }))).toBe(false);
    expect(has(audit(["profiles/violating.yaml", ...AS_OF], { env: { NO_COLOR: "1" } }))).toBe(false);
    audit(["profiles/violating.yaml", ...AS_OF, "--color", "--format", "text=out/color.txt"]);
    expect(readFileSync(join(cli.dir, "out/color.txt"), "utf8")).not.toContain("\u001b[");
    // plan and explain follow the same switches
    expect(cli.run(["plan", "profiles/violating.yaml", ...AS_OF, "--color"], { cwd: cli.dir }).stdout).toContain("\u001b[");
    expect(cli.run(["explain", "15c-profit"], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[1m");
  });

  it("is absent when stdout is a pipe", () => {
    expect(audit(["profiles/violating.yaml", ...AS_OF]).stdout).not.toContain("\u001b[");
  });

  const hasScript = process.platform === "linux" && spawnSync("script", ["--version"]).status === 0;
  it.runIf(hasScript)("on a real terminal (util-linux script): coloured, unless NO_COLOR or --no-color (runs where `script` exists)", () => {
    const tty = (extra: string, env: Record<string, string> = {}) =>
      spawnSync("script", ["-qec", `"${process.execPath}" "${cli.path}" audit profiles/violating.yaml --as-of 2026-11-22 ${extra}`, "/dev/null"], {
        cwd: cli.dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "", FORCE_COLOR: undefined, ...env },
      }).stdout;
    expect(tty("")).toContain("\u001b[31m");
    expect(tty("", { NO_COLOR: "1" })).not.toContain("\u001b[");
    expect(tty("--no-color")).not.toContain("\u001b[");
    // A file destination never gets colour, even from a terminal.
    tty("--format text=out/tty.txt");
    expect(readFileSync(join(cli.dir, "out/tty.txt"), "utf8")).not.toContain("\u001b[");
  });
});
