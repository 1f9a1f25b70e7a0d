import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli, ROOT } from "../cli/helpers/cli.js";

/*
 * The VS Code problem matcher docs/ci.md ships, applied to the real text output with its own regular
 * expressions, as VS Code applies a multi-line pattern: the first regexp on a line, the second on the
 * next; each match is a problem with the captured file, line, column, code and message.
 */

type Pattern = { regexp: string; file?: number; line?: number; column?: number; code?: number; message?: number };
type Matcher = { owner: string; severity: string; fileLocation: [string, string]; pattern: Pattern[] };

function shippedMatchers(): Matcher[] {
  const doc = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
  const block = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('"problemMatcher"'));
  if (!block) throw new Error("docs/ci.md has no tasks.json with a problemMatcher");
  const tasks = JSON.parse(block) as { tasks: Array<{ command: string; problemMatcher: Matcher[] }> };
  return tasks.tasks[0]!.problemMatcher;
}

interface Problem {
  severity: string;
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

function apply(matchers: readonly Matcher[], output: string): Problem[] {
  const lines = output.split("\n");
  const problems: Problem[] = [];
  for (const m of matchers) {
    const [first, second] = m.pattern.map((p) => ({ ...p, re: new RegExp(p.regexp) }));
    for (let i = 0; i + 1 < lines.length; i++) {
      const a = first!.re.exec(lines[i]!);
      if (!a) continue;
      const b = second!.re.exec(lines[i + 1]!);
      if (!b) continue;
      problems.push({
        severity: m.severity,
        file: a[first!.file!]!,
        line: Number(a[first!.line!]),
        column: Number(a[first!.column!]),
        code: a[first!.code!]!,
        message: b[second!.message!]!,
      });
    }
  }
  return problems.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line || x.code.localeCompare(y.code));
}

const cli = useCli();

describe("the VS Code problem matcher in docs/ci.md", () => {
  const matchers = shippedMatchers();

  it("runs a --no-color audit that never reaches for a registry", () => {
    const doc = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
    expect(doc).toContain('"command": "npx --no-install bipa-check audit \'profiles/**/*.yaml\' --no-color"');
    expect(matchers.map((m) => m.severity)).toEqual(["error", "warning", "info"]);
  });

  it("finds every active finding of the real output, with its file, line, column, rule, severity and message", () => {
    const profiles = ["examples/white-castle-timeclock.yaml", "examples/glba-bank-voiceprint.yaml", "tests/fixtures/profiles/risky.json"];
    const text = cli.run(["audit", ...profiles, "--as-of", "2026-11-22", "--no-color"]).stdout;
    const json = JSON.parse(cli.run(["audit", ...profiles, "--as-of", "2026-11-22", "--format", "json"]).stdout) as {
      reports: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; message: string; evidence: Array<{ line?: number; column?: number }> }> }>;
    };
    const expected = json.reports
      .flatMap((r) =>
        r.findings.map((f) => ({
          severity: { violation: "error", risk: "warning", info: "info" }[f.severity]!,
          file: r.file,
          line: f.evidence[0]!.line!,
          column: f.evidence[0]!.column ?? 1,
          code: f.ruleId,
          message: f.message,
        })),
      )
      .sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line || x.code.localeCompare(y.code));
    expect(expected.length).toBeGreaterThan(10);
    expect(new Set(expected.map((e) => e.severity))).toEqual(new Set(["error", "warning", "info"]));
    expect(apply(matchers, text)).toEqual(expected);
  });

  it("does not take waived or baselined findings, or the summary, for problems", () => {
    const text = cli.run(
      ["audit", "profiles/violating.yaml", "--as-of", "2026-11-22", "--no-color", "--waivers", "waivers/valid.yaml"],
      { cwd: cli.dir },
    ).stdout;
    expect(text).toContain("[waived]");
    const waived = text.split("\n").filter((l) => l.includes("[waived]")).length;
    const active = (JSON.parse(cli.run(["audit", "profiles/violating.yaml", "--as-of", "2026-11-22", "--format", "json", "--waivers", "waivers/valid.yaml"], { cwd: cli.dir }).stdout) as { summary: { violation: number; risk: number; info: number } }).summary;
    expect(waived).toBeGreaterThan(0);
    expect(apply(matchers, text)).toHaveLength(active.violation + active.risk + active.info);
  });
});
