import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCli, ROOT } from "../cli/helpers/cli.js";

/*
 * The pre-commit hook (.pre-commit-hooks.yaml), run as pre-commit runs it: the staged files filtered
 * by `files`, `exclude` and `types_or`, the entry split like a shell command, the hook's args, then
 * the file names, in one batch (require_serial), with the installed package's bin on PATH (as the
 * node language's `npm install -g` of the packed repository leaves it). Its exit code is the verdict.
 */

type Hook = {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types_or?: string[];
  pass_filenames?: boolean;
  require_serial?: boolean;
};
const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = hooks.find((h) => h.id === "bipa-check")!;

/** identify's tags for the types the hook filters on, by extension. */
const TYPES: Record<string, string> = { ".yaml": "yaml", ".yml": "yaml", ".json": "json" };

/** The staged files pre-commit would pass: `files` and `exclude` are searched (re.search), `types_or` any-of. */
function selected(files: string[]): string[] {
  const include = new RegExp(hook.files ?? "");
  const exclude = new RegExp(hook.exclude ?? "^$");
  return files.filter((f) => include.test(f) && !exclude.test(f) && (!hook.types_or || hook.types_or.includes(TYPES[extname(f)] ?? "")));
}

let scratch = "";
let bin = "";
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bipa-pre-commit-"));
  bin = join(scratch, "node_env", "bin");
  mkdirSync(bin, { recursive: true });
  const cli = await ensureCli();
  chmodSync(cli, 0o755);
  symlinkSync(cli, join(bin, "bipa-check"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function commit(files: Record<string, string>, args: string[] = []) {
  const dir = mkdtempSync(join(scratch, "repo-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const passed = selected(Object.keys(files));
  // shlex.split(entry) + args + filenames, as pre-commit's xargs runs it (one batch: require_serial).
  const argv = [...hook.entry.split(/\s+/), ...args, ...(hook.pass_filenames === false ? [] : passed)];
  if (passed.length === 0) return { passed, code: 0, stdout: "", stderr: "" }; // pre-commit skips a hook with no files
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, env: { PATH: `${bin}:${process.env.PATH ?? ""}`, HOME: process.env.HOME ?? "" }, encoding: "utf8" });
  return { passed, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const example = (name: string) => readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8");

describe(".pre-commit-hooks.yaml", () => {
  it("declares a node hook that pre-commit installs from this repository, on profiles only, in one batch", () => {
    expect(hook).toMatchObject({ language: "node", pass_filenames: true, require_serial: true });
    expect(hook.entry.split(/\s+/)[0]).toBe("bipa-check");
    expect(hook.name.length).toBeGreaterThan(5);
    expect(selected(["bipa-profile.yaml", "teams/hr/bipa-profile.json", "profiles/acme.yml", "x/acme.bipa.yaml"])).toHaveLength(4);
    expect(selected(["README.md", ".github/workflows/ci.yml", "package.json", "profiles/readme.md", "docs/profile.schema.json"])).toEqual([]);
  });

  it("fails the commit on a violating profile, naming the finding; other files are not passed", () => {
    const r = commit({
      "profiles/timeclock.yaml": example("white-castle-timeclock"),
      "profiles/ok.yaml": example("compliant-employer"),
      ".github/workflows/ci.yml": "on: push\n",
      "README.md": "# repo\n",
    });
    expect(r.passed).toEqual(["profiles/timeclock.yaml", "profiles/ok.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/profiles\/timeclock\.yaml:\d+:\d+ {2}violation {2}bipa\//);
    expect(r.stdout).toContain("Summary: 2 files");
  });

  it("lets a compliant profile through, and a change that touches no profile is skipped", () => {
    expect(commit({ "bipa-profile.yaml": example("compliant-employer") }).code).toBe(0);
    expect(commit({ "README.md": "# repo\n" })).toMatchObject({ passed: [], code: 0 });
  });

  it("takes args from .pre-commit-config.yaml (here --fail-on risk) and stops on a profile it cannot read", () => {
    const risky = readFileSync(join(ROOT, "tests/fixtures/profiles/risky.json"), "utf8");
    expect(commit({ "profiles/risky.json": risky }).code).toBe(0);
    expect(commit({ "profiles/risky.json": risky }, ["--fail-on", "risk"]).code).toBe(1);
    const bad = commit({ "bipa-profile.yaml": "version: 2\n" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bipa-profile.yaml:1:1:");
  });
});
