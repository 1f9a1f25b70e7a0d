import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../report/helpers/sarif.js";
import { useCli } from "./helpers/cli.js";

/*
 * The CI-facing outputs and conventions of `bipa-check audit`, run as a process: GitHub workflow
 * annotations, GitLab Code Quality, paths relative to the repository root from a subfolder, -o,
 * --max-risks, --print-config, the Markdown budget, and shell completion.
 */

const cli = useCli();
const AS_OF = ["--as-of", "2026-11-22"];
const audit = (args: string[], options: Parameters<typeof cli.run>[1] = {}) => cli.run(["audit", ...args, ...AS_OF], { cwd: cli.dir, ...options });

/** A workflow command parsed as the runner does: `::name k=v,...::data`, properties and data unescaped. */
function parseCommand(line: string): { name: string; props: Record<string, string>; message: string } | undefined {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const unescape = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const props = Object.fromEntries(
    (m[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((kv) => {
        const eq = kv.indexOf("=");
        return [kv.slice(0, eq), unescape(kv.slice(eq + 1))];
      }),
  );
  return { name: m[1]!, props, message: unescape(m[3]!) };
}

type Finding = { ruleId: string; severity: string; message: string; evidence: Array<{ line?: number; column?: number }> };
const findingsOf = (args: string[]) =>
  (JSON.parse(audit([...args, "--format", "json"]).stdout) as { reports: Array<{ file: string; findings: Finding[] }> }).reports;

describe("--format github (workflow annotations)", () => {
  it("writes one annotation per active finding, at its file, line and column, then the summary", () => {
    const r = audit(["profiles/violating.yaml", "profiles/risky.json", "--format", "github"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    const commands = lines.map(parseCommand);
    const expected = findingsOf(["profiles/violating.yaml", "profiles/risky.json"]).flatMap((rep) => rep.findings.map((f) => ({ file: rep.file, f })));
    expect(commands.filter(Boolean)).toHaveLength(expected.length);
    expected.forEach(({ file, f }, i) => {
      const c = commands[i]!;
      expect(c.name).toBe({ violation: "error", risk: "warning", info: "notice" }[f.severity]);
      expect(c.props).toMatchObject({ file, line: String(f.evidence[0]!.line), col: String(f.evidence[0]!.column ?? 1) });
      expect(c.props.title).toContain(f.ruleId);
      expect(c.message.startsWith(f.message)).toBe(true);
    });
    expect(lines.at(-1)).toMatch(/^bipa-check: 2 files, 2 violations, 2 risks, 0 info, 0 waived, 0 baselined: FAIL: 2 findings at or above violation/);
  });

  it("escapes what a profile says, so no value can end a command or start another", () => {
    const hostile = readFileSync(join(cli.dir, "profiles/violating.yaml"), "utf8").replace(
      /name: Fingerprint timeclock\n/,
      'name: "Scanner, 100%: line\\n::add-mask::secret\\r::stop-commands::x"\n',
    );
    writeFileSync(join(cli.dir, "hostile.yaml"), hostile);
    const r = audit(["hostile.yaml", "--format", "github"]);
    for (const line of r.stdout.trimEnd().split("\n")) expect(line.startsWith("::error ") || line.startsWith("bipa-check: "), line).toBe(true);
    expect(r.stdout).not.toContain("\r");
    const first = parseCommand(r.stdout.split("\n")[0]!)!;
    // The runner unescapes %, , and : back; the newline and CR stay visible, as in the text format.
    expect(first.message).toContain("Scanner, 100%: line\\n::add-mask::secret\\r::stop-commands::x");
  });

  it("shows ANSI escapes and bidi controls from the profile and the file name visibly, as the text format does", () => {
    const ESC = "\u001b";
    const name = `Clock ${ESC}[8mHIDDEN${ESC}[0m \u202ekcolc 50%0A \\x1B`;
    const hostile = readFileSync(join(cli.dir, "profiles/violating.yaml"), "utf8").replace(/name: Fingerprint timeclock\n/, `name: ${JSON.stringify(name)}\n`);
    const file = `evil${ESC}[31m\u202e,x.yaml`;
    writeFileSync(join(cli.dir, file), hostile);
    const r = audit([file, "--format", "github"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain("\u202e");
    const first = parseCommand(r.stdout.split("\n")[0]!)!;
    // ESC and U+202E as the text format writes them; the profile's own backslash doubled, so its
    // "\x1B" is not read as an escaped ESC; "%0A" in the profile comes back as the text "%0A".
    expect(first.message).toContain("Clock \\x1B[8mHIDDEN\\x1B[0m \\u{202E}kcolc 50%0A \\\\x1B");
    expect(first.props.file).toBe("evil\\x1B[31m\\u{202E},x.yaml");
    expect(r.stdout.split("\n").filter((l) => l.includes("applies to"))[0]).toContain("evil\\x1B[31m\\u{202E}");
  });
});

describe("--format gitlab (Code Quality)", () => {
  it("writes GitLab's Code Quality fields for every active finding, with unique fingerprints", () => {
    const r = audit(["profiles/violating.yaml", "profiles/risky.json", "profiles/compliant.yaml", "--format", "gitlab=gl-code-quality-report.json"]);
    expect(r.code).toBe(1);
    const issues = JSON.parse(readFileSync(join(cli.dir, "gl-code-quality-report.json"), "utf8")) as Array<Record<string, unknown>>;
    const expected = findingsOf(["profiles/violating.yaml", "profiles/risky.json", "profiles/compliant.yaml"]).flatMap((rep) =>
      rep.findings.map((f) => ({ file: rep.file, f })),
    );
    expect(issues).toHaveLength(expected.length);
    expected.forEach(({ file, f }, i) => {
      const issue = issues[i]!;
      expect(issue).toMatchObject({
        check_name: f.ruleId,
        severity: { violation: "critical", risk: "major", info: "info" }[f.severity],
        location: { path: file, lines: { begin: f.evidence[0]!.line } },
      });
      expect(issue.description).toContain(f.message);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(readFileSync(join(cli.dir, "gl-code-quality-report.json"), "utf8").charCodeAt(0)).not.toBe(0xfeff); // GitLab refuses a BOM
  });

  it("is an empty array when nothing is found", () => {
    const r = audit(["profiles/compliant.yaml", "--format", "gitlab"]);
    expect(r).toMatchObject({ code: 0, stdout: "[]\n" });
  });
});

describe("paths relative to the repository root, from a subfolder", () => {
  const repo = join(cli.dir, "repo");
  const team = join(repo, "teams", "a");
  mkdirSync(join(repo, ".git"), { recursive: true });
  mkdirSync(team, { recursive: true });
  cpSync(join(cli.dir, "profiles"), join(team, "profiles"), { recursive: true });

  it("SARIF, GitLab and GitHub name the profile from the git top level; SARIF says so in originalUriBaseIds", () => {
    const sarif = JSON.parse(audit(["profiles/violating.yaml", "--format", "sarif"], { cwd: team }).stdout);
    const run = sarif.runs[0];
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`${pathToFileURL(repo).href}/`);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "teams/a/profiles/violating.yaml", uriBaseId: "%SRCROOT%" });
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const gitlab = JSON.parse(audit(["profiles/violating.yaml", "--format", "gitlab"], { cwd: team }).stdout);
    expect(gitlab[0].location.path).toBe("teams/a/profiles/violating.yaml");
    expect(audit(["profiles/violating.yaml", "--format", "github"], { cwd: team }).stdout).toContain("file=teams/a/profiles/violating.yaml,");
    // Reports for people keep the path as typed.
    expect(audit(["profiles/violating.yaml"], { cwd: team }).stdout).toContain("profiles/violating.yaml:");
  });

  it("--root sets the root; a root that is not a directory is an error", () => {
    const sarif = JSON.parse(audit(["profiles/violating.yaml", "--format", "sarif", "--root", ".."], { cwd: team }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("a/profiles/violating.yaml");
    const bad = audit(["profiles/violating.yaml", "--format", "sarif", "--root", "nowhere"], { cwd: team });
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toBe("bipa-check: --root nowhere: not a directory\n");
  });

  it("without a .git above, the working directory is the root", () => {
    const loose = join(cli.dir, "loose");
    cpSync(join(cli.dir, "profiles"), join(loose, "profiles"), { recursive: true });
    // cli.dir lives in the temp directory, with no repository above it
    const gitlab = JSON.parse(audit(["profiles/violating.yaml", "--format", "gitlab"], { cwd: loose }).stdout);
    expect(gitlab[0].location.path).toBe("profiles/violating.yaml");
  });
});

describe("SARIF limits from the command line", () => {
  it("--sarif-max-results cuts the run to the most severe, says so in the run and on stderr", () => {
    const r = audit(["profiles/violating.yaml", "profiles/risky.json", "--format", "sarif=out/cut.sarif", "--format", "json=out/all.json", "--sarif-max-results", "2"]);
    expect(r.code).toBe(1);
    const run = JSON.parse(readFileSync(join(cli.dir, "out/cut.sarif"), "utf8")).runs[0];
    expect(run.results.map((x: { level: string }) => x.level)).toEqual(["error", "error"]);
    const note = run.invocations[0].toolExecutionNotifications.find((n: { descriptor: { id: string } }) => n.descriptor.id === "sarif-results-left-out");
    expect(note.message.text).toBe(
      "2 results of 4 left out (2 risks): --sarif-max-results is 2, so the 2 most severe were kept; the complete report is in out/all.json.",
    );
    expect(r.stderr).toContain("bipa-check: SARIF: 2 results of 4 left out (2 risks): --sarif-max-results is 2, so the 2 most severe were kept; the complete report is in out/all.json\n");
  });

  it("refuses more than GitHub accepts", () => {
    const r = audit(["profiles/violating.yaml", "--format", "sarif", "--sarif-max-results", "25001"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--sarif-max-results 25001: GitHub rejects a run of more than 25000 results");
  });
});

describe("-o, --output-file", () => {
  it("sends the one format without =file to the file", () => {
    const r = audit(["profiles/violating.yaml", "--format", "sarif", "-o", "out/o.sarif"]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(join(cli.dir, "out/o.sarif"), "utf8")).version).toBe("2.1.0");
    expect(audit(["profiles/violating.yaml", "--output-file", "out/o.txt"]).stdout).toBe("");
    expect(readFileSync(join(cli.dir, "out/o.txt"), "utf8")).toContain("Summary: 1 file");
  });

  it("is an error when every format already names its file", () => {
    const r = audit(["profiles/violating.yaml", "--format", "json=out/a.json", "-o", "out/b.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output-file out/b.json: every --format already names its file; drop -o or one "=file"');
  });

  it("works for plan too", () => {
    const r = cli.run(["plan", "profiles/violating.yaml", ...AS_OF, "--format", "json", "-o", "out/plan.json"], { cwd: cli.dir });
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(existsSync(join(cli.dir, "out/plan.json"))).toBe(true);
  });
});

describe("--max-risks", () => {
  it("fails the run when the active risks exceed it, whatever --fail-on says, and the summary says why", () => {
    const over = audit(["profiles/risky.json", "--max-risks", "1"]);
    expect(over.code).toBe(1);
    expect(over.stdout.trimEnd().split("\n").at(-1)).toMatch(/FAIL: 2 risks, more than --max-risks 1$/);
    expect(audit(["profiles/risky.json", "--max-risks", "2"]).code).toBe(0);
    expect(audit(["profiles/risky.json", "--max-risks", "1", "--fail-on", "never"]).code).toBe(1);
    const md = audit(["profiles/risky.json", "--max-risks", "0", "--format", "markdown"]).stdout;
    expect(md).toContain("**❌ Fails:** 2 risks, more than `--max-risks 0`.");
  });

  it("the SARIF exit code description and the JUnit report give the cap as the reason, in the summary's words", () => {
    const description = (args: string[]) =>
      (JSON.parse(audit(["profiles/risky.json", ...args, "--format", "sarif"]).stdout) as { runs: Array<{ invocations: Array<{ exitCodeDescription: string }> }> })
        .runs[0]!.invocations[0]!.exitCodeDescription;
    expect(description(["--max-risks", "1", "--fail-on", "never"])).toBe("2 risks, more than --max-risks 1.");
    expect(description(["--max-risks", "1", "--fail-on", "risk"])).toBe("2 findings at or above risk; 2 risks, more than --max-risks 1.");
    expect(description(["--fail-on", "risk"])).toBe("2 findings at or above risk.");

    const junit = audit(["profiles/risky.json", "--max-risks", "1", "--fail-on", "never", "--format", "junit"]);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/<testsuites name="bipa-check" tests="\d+" failures="1"/);
    expect(junit.stdout).toContain(
      [
        '  <testsuite name="bipa-check --max-risks" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase name="risk cap (--max-risks 1)" classname="bipa-check">',
        '      <failure message="2 risks, more than --max-risks 1" type="max-risks"/>',
        "    </testcase>",
      ].join("\n"),
    );
    const within = audit(["profiles/risky.json", "--max-risks", "2", "--fail-on", "never", "--format", "junit"]);
    expect(within.code).toBe(0);
    expect(within.stdout).toMatch(/<testsuites name="bipa-check" tests="\d+" failures="0"/);
    expect(within.stdout).toContain('<testcase name="risk cap (--max-risks 2)" classname="bipa-check"/>');
    expect(audit(["profiles/risky.json", "--format", "junit"]).stdout).not.toContain("--max-risks");
  });

  it("takes a whole number", () => {
    const r = audit(["profiles/risky.json", "--max-risks", "-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-risks -1: expected a whole number of 0 or more");
  });
});

describe("--print-config", () => {
  it("prints the settings the run would use, with the config file it found, and reads no profile", () => {
    mkdirSync(join(cli.dir, "cfg"), { recursive: true });
    writeFileSync(join(cli.dir, "cfg/bipa-check.config.yaml"), "failOn: risk\nrules:\n  bipa/15e-parity: info\nwaivers: w.yaml\n");
    const r = audit(["cfg/not-read.yaml", "--print-config", "--rule", "bipa/15c-profit=off", "--format", "sarif=out/x.sarif"]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      config: "cfg/bipa-check.config.yaml",
      failOn: "risk",
      rules: { "bipa/15c-profit": "off", "bipa/15e-parity": "info" },
      waivers: "cfg/w.yaml",
      baseline: null,
      asOf: "2026-11-22",
      outputs: [{ format: "sarif", file: "out/x.sarif" }],
      markdownBudget: 1048576,
      sarifMaxResults: 25000,
    });
    expect(existsSync(join(cli.dir, "out/x.sarif"))).toBe(false);
  });
});

describe("--markdown-budget", () => {
  it("keeps the ten examples' Markdown within a pull-request comment, says how much was left out, on stderr too", () => {
    const r = cli.run(["audit", "examples/*.yaml", ...AS_OF, "--format", "markdown", "--markdown-budget", "comment", "--format", "json=/dev/null"]);
    expect(r.code).toBe(1);
    expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(65_536);
    expect(r.stdout).toMatch(/> \*\*Truncated to fit 65,536 bytes:\*\* [\d,]+ findings of [\d,]+ are not listed below/);
    expect(r.stdout).toContain("The complete report is in `/dev/null`.");
    expect(r.stderr).toMatch(/^bipa-check: Markdown: [\d,]+ findings of [\d,]+ left out to fit 65,536 bytes; the complete report is in \/dev\/null$/m);
    const whole = cli.run(["audit", "examples/*.yaml", ...AS_OF, "--format", "markdown", "--markdown-budget", "none"]);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(65_536);
    expect(whole.stdout).not.toContain("Truncated");
    expect(whole.stderr).toBe("");
  });

  it("refuses a budget too small to hold the totals", () => {
    const r = audit(["profiles/violating.yaml", "--format", "markdown", "--markdown-budget", "100"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--markdown-budget 100: expected a whole number of 4096 or more, or summary, comment or none");
  });
});

describe("bipa-check completion", () => {
  const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
  /** What bash offers for the words typed so far (the last one is being completed). */
  const complete = (script: string, words: string[]) => {
    writeFileSync(join(cli.dir, "completion.bash"), script);
    const cmd = `source completion.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _bipa_check; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return spawnSync("bash", ["-c", cmd], { cwd: cli.dir, encoding: "utf8" }).stdout.trim().split("\n");
  };

  it.runIf(hasBash)("bash: commands, options and their values, from the command tree (runs where bash exists)", () => {
    const r = cli.run(["completion", "bash"]);
    expect(r.code).toBe(0);
    expect(complete(r.stdout, ["bipa-check", "au"])).toEqual(["audit"]);
    expect(complete(r.stdout, ["bipa-check", "audit", "--fail"])).toEqual(["--fail-on"]);
    expect(complete(r.stdout, ["bipa-check", "audit", "--fail-on", ""])).toEqual(["violation", "risk", "info", "never"]);
    expect(complete(r.stdout, ["bipa-check", "audit", "-f", "git"])).toEqual(["github", "gitlab"]);
    expect(complete(r.stdout, ["bipa-check", "audit", "--max-r"])).toEqual(["--max-risks"]);
    expect(complete(r.stdout, ["bipa-check", "completion", ""])).toEqual(["bash", "zsh"]);
    expect(complete(r.stdout, ["bipa-check", "explain", "bipa/15c"])).toEqual(["bipa/15c-profit"]);
  });

  const hasZsh = spawnSync("zsh", ["-c", "true"]).status === 0;
  it.runIf(hasZsh)("zsh: a script zsh parses (runs where zsh exists)", () => {
    const r = cli.run(["completion", "zsh"]);
    writeFileSync(join(cli.dir, "_bipa_check"), r.stdout);
    expect(spawnSync("zsh", ["-n", join(cli.dir, "_bipa_check")], { encoding: "utf8" }).status).toBe(0);
  });

  it("zsh: names every command and option", () => {
    const r = cli.run(["completion", "zsh"]);
    expect(r.stdout.startsWith("#compdef bipa-check\n")).toBe(true);
    for (const word of ["'audit:", "'plan:", "'completion:", "--max-risks", "--print-config", "(violation risk info never)"]) expect(r.stdout).toContain(word);
  });

  it("exits 2 for another shell", () => {
    expect(cli.run(["completion", "fish"])).toMatchObject({ code: 2, stderr: "bipa-check: completion fish: expected bash or zsh\n" });
  });
});
