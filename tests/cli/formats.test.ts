import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useColor } from "../../src/cli/io.js";
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
    expect(findAll(root, "testsuite").map((s) => s.attrs.name)).toEqual(PROFILES);
    expect(findAll(root, "failure").map((f) => f.attrs.type)).toEqual(["violation", "violation"]);
    const risky = parseXml(audit([...PROFILES, "--format", "junit", "--fail-on", "risk", ...AS_OF]).stdout);
    expect(findAll(risky, "failure").length).toBeGreaterThan(2);
  });

  it("JSON: one envelope with a report per file, the exit code and totals", () => {
    const env = JSON.parse(audit([...PROFILES, "--format", "json", ...AS_OF]).stdout);
    expect(env).toMatchObject({ reportVersion: 1, asOf: "2026-11-22", failOn: "violation", exitCode: 1 });
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
  it("is used only on a terminal, never with NO_COLOR or --no-color", () => {
    expect(useColor({ isTTY: true }, {}, true)).toBe(true);
    expect(useColor({ isTTY: false }, {}, true)).toBe(false);
    expect(useColor({}, {}, true)).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "" }, true)).toBe(true); // no-color.org: only a non-empty value counts
    expect(useColor({ isTTY: true }, {}, false)).toBe(false);
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
        env: { ...process.env, NO_COLOR: "", ...env },
      }).stdout;
    expect(tty("")).toContain("\u001b[31m");
    expect(tty("", { NO_COLOR: "1" })).not.toContain("\u001b[");
    expect(tty("--no-color")).not.toContain("\u001b[");
    // A file destination never gets colour, even from a terminal.
    tty("--format text=out/tty.txt");
    expect(readFileSync(join(cli.dir, "out/tty.txt"), "utf8")).not.toContain("\u001b[");
  });
});
