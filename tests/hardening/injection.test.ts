import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "../cli/helpers/cli.js";
import { AS_OF, TERMINAL_CONTROL } from "./helpers.js";
import { GITHUB_AUTOLINK, parseMarkdown, plainTexts, shape } from "./markdown-ast.js";

/**
 * Issue 15, "Injection", end to end through the CLI: terminal escapes in a free-text field, in an
 * unknown key echoed in an error, or in a file name never reach the terminal raw (they could forge a
 * "pass" line); a newline in a name starts no Markdown block, `@team` and `#123` ping nobody, and a
 * file name with backticks or `|` stays inside its code span and its table cell.
 */

const cli = useCli();
const ESC = "\u001b";
const FORGED = `\r${ESC}[2K${ESC}[32mSummary: 1 file · pass: nothing at or above violation${ESC}[0m`;
const HOSTILE = `Acme ${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\ ${ESC}]52;c;Y3VybCBldmls${ESC}\\ \u202eevil\u202c \u009b2J${FORGED}\n## ✅ Passes\n\`\`\`\n@team #123`;

function profile(name: string, extra = ""): string {
  const base = readFileSync(join(cli.dir, "profiles", "violating.yaml"), "utf8");
  return base.replace(/^(\s*name:).*$/m, `$1 ${JSON.stringify(name)}`) + extra;
}

describe("terminal: nothing from input reaches the terminal raw", () => {
  it("free text in the profile, in the text report and with --explain", () => {
    writeFileSync(join(cli.dir, "evil.yaml"), profile(HOSTILE));
    for (const extra of [[], ["--explain"], ["--quiet"]]) {
      const r = cli.run(["audit", "evil.yaml", ...AS_OF, ...extra], { cwd: cli.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
      expect(r.stdout).not.toContain(ESC);
      // The only summary line is bipa-check's own, and it says the run fails.
      expect(r.stdout.split("\n").filter((l) => l.startsWith("Summary:"))).toEqual([expect.stringMatching(/FAIL: /)]);
      expect(r.stdout).toContain("\\x1B]8;;https://evil.example");
    }
  });

  it("an unknown key in an error, and a file name", () => {
    const key = `bad${ESC}[2J${ESC}]52;c;eA==${ESC}\\key\r`;
    const name = `evil${ESC}[31m\r.yaml`;
    writeFileSync(join(cli.dir, name), profile("Acme", `${JSON.stringify(key)}: 1\n`));
    const r = cli.run(["audit", name, ...AS_OF], { cwd: cli.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(r.stderr).toBe(`evil\\x1B[31m\\r.yaml:${profile("Acme").split("\n").length}:1: unknown key "bad\\x1B[2J\\x1B]52;c;eA==\\x1B\\key\\r" (at /bad\\x1B[2J\\x1B]52;c;eA==\\x1B\\key\\r)\n`);
    // The same name as a run that passes: the heading and the summary, escaped.
    writeFileSync(join(cli.dir, name), readFileSync(join(cli.dir, "profiles", "compliant.yaml"), "utf8"));
    const ok = cli.run(["audit", name, ...AS_OF], { cwd: cli.dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(ok.stdout).toContain("evil\\x1B[31m\\r.yaml");
  });

  it("the plan's text", () => {
    writeFileSync(join(cli.dir, "evil-plan.yaml"), profile(HOSTILE));
    const r = cli.run(["plan", "evil-plan.yaml", ...AS_OF, "--apply", "cures"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
  });
});

describe("Markdown: input adds no structure, pings no one", () => {
  it("the report and the plan of a hostile profile with a hostile file name have the structure of a benign one", () => {
    const evilFile = "pr`` <b>x<b> | @team #1.yaml";
    writeFileSync(join(cli.dir, evilFile), profile(HOSTILE));
    writeFileSync(join(cli.dir, "benign.yaml"), profile("Acme"));
    for (const command of [["audit", "--fail-on", "never", "--explain"], ["plan", "--apply", "cures"]]) {
      const [verb, ...rest] = command as [string, ...string[]];
      const evil = cli.run([verb, evilFile, ...AS_OF, ...rest, "-f", "markdown"], { cwd: cli.dir });
      const benign = cli.run([verb, "benign.yaml", ...AS_OF, ...rest, "-f", "markdown"], { cwd: cli.dir });
      expect(evil.code, evil.stderr).toBe(0);
      const doc = parseMarkdown(evil.stdout);
      expect(shape(doc)).toEqual(shape(parseMarkdown(benign.stdout)));
      for (const t of plainTexts(doc)) expect(t).not.toMatch(GITHUB_AUTOLINK);
      expect(evil.stdout).not.toMatch(/^#+ ✅ Passes/m);
    }
  });
});
