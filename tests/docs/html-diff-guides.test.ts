import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, useCli } from "../cli/helpers/cli.js";

/*
 * Every command in the shell blocks of the HTML report and diff guides, run as a process in a scratch
 * repository holding the examples (and a bipa-profile.yaml committed on a branch that stands for
 * origin/main): none may be unusable (exit 2) or crash (exit 3), and the output the diff guide shows
 * must be what the command prints.
 */

const PAGES = ["docs/html-report.md", "docs/diff.md"];
const cli = useCli();

function commandsIn(page: string): string[] {
  const text = readFileSync(join(ROOT, page), "utf8");
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("bipa-check ")),
  );
}

function scratchRepository(): string {
  const dir = join(cli.dir, "docs-repo");
  cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  cpSync(join(ROOT, "examples", "compliant-employer.yaml"), join(dir, "bipa-profile.yaml"));
  const git = (...args: string[]) => {
    const r = spawnSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "d", GIT_AUTHOR_EMAIL: "d@example.invalid", GIT_COMMITTER_NAME: "d", GIT_COMMITTER_EMAIL: "d@example.invalid" } });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  git("init", "-q", "-b", "work");
  git("add", ".");
  git("commit", "-q", "-m", "examples");
  git("update-ref", "refs/remotes/origin/main", "HEAD");
  return dir;
}

describe("the commands in the HTML report and diff guides run", () => {
  let repo: string | undefined;
  const inRepo = () => (repo ??= scratchRepository());

  for (const page of PAGES) {
    const commands = commandsIn(page);
    it(`${page} shows commands`, () => expect(commands.length).toBeGreaterThan(0));
    for (const command of commands) {
      it(`${page}: ${command}`, () => {
        expect(command, "no quoting in these commands: words split on spaces").not.toMatch(/["'\\$|<>;&]/);
        const args = command.split(/\s+/).slice(1);
        const r = cli.run(args, { cwd: inRepo() });
        expect(r.stderr, command).toBe("");
        expect([0, 1], command).toContain(r.code);
        for (const spec of args.filter((a, i) => args[i - 1] === "--format" && a.includes("="))) {
          expect(existsSync(join(inRepo(), spec.slice(spec.indexOf("=") + 1))), spec).toBe(true);
        }
      });
    }
  }

  it("docs/diff.md shows what the Clearview diff prints", () => {
    const text = readFileSync(join(ROOT, "docs/diff.md"), "utf8");
    const shown = /```text\n([\s\S]*?)```/.exec(text)![1]!.split("\n").filter((l) => l.trim() !== "" && l.trim() !== "...");
    const r = cli.run(["diff", "examples/clearview-2020.yaml", "examples/clearview-2021.yaml", "--as-of", "2026-11-22", "--pack", "bipa"], { cwd: ROOT });
    for (const line of shown) expect(r.stdout.split("\n"), line).toContain(line);
  });
});
