import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DiffJson } from "../../src/diff/format/json.js";
import { ROOT, runCli, useCli } from "./helpers/cli.js";

const cli = useCli();
const AS_OF = ["--as-of", "2026-11-22"];
const BEFORE = "examples/clearview-2020.yaml";
const AFTER = "examples/clearview-2021.yaml";
// Against BIPA: the diff tells BIPA's Clearview story (the 2021 profile also states facts other laws read).
const diffCli = (args: string[], options: Parameters<typeof runCli>[2] = {}) => cli.run(["diff", ...args, "--pack", "bipa"], { cwd: ROOT, ...options });
const parse = (stdout: string) => JSON.parse(stdout) as DiffJson;

describe("diff: two files", () => {
  it("text by default: added, resolved, remaining, exposure per section, measures taken; exit 0 (no added violation)", () => {
    const r = diffCli([BEFORE, AFTER, ...AS_OF]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Resolved: the private-customer disclosure, and the storage-encryption risk (2021 encrypts the vectors).
    expect(r.stdout).toContain("Findings: 5 added, 2 resolved, 15 unchanged");
    // 15(d), 2 recipients → 1, each 100,000 Illinois people: low 100,000 × $1,000 per recipient (the
    // amendment's count); high per recipient (100,000 before + 100,000 after 2 Aug 2024) × $5,000 = $1,000,000,000.
    expect(r.stdout).toContain("740 ILCS 14/15(d): $200,000,000 to $2,000,000,000 → $100,000,000 to $1,000,000,000 (-$100,000,000 to -$1,000,000,000)");
    expect(r.stdout).toContain("Measures taken (in place after, not before):");
    expect(r.stdout).toContain("Passes: no added finding at or above violation");
  });

  it("--fail-on applies to the added findings only: risk fails (five added risks), violation passes though violations remain", () => {
    expect(diffCli([BEFORE, AFTER, ...AS_OF, "--fail-on", "risk", "--format", "json"]).code).toBe(1);
    expect(diffCli([BEFORE, AFTER, ...AS_OF, "--fail-on", "violation"]).code).toBe(0);
    // The reverse change adds the private-customer disclosure back, a violation.
    const back = diffCli([AFTER, BEFORE, ...AS_OF, "--format", "json"]);
    expect(back.code).toBe(1);
    expect(parse(back.stdout).added.map((f) => f.ruleId)).toEqual(["bipa/15d-disclosure", "bipa/15e-encryption"]);
    expect(parse(back.stdout).exitCode).toBe(1);
    expect(diffCli([AFTER, BEFORE, ...AS_OF, "--fail-on", "never"]).code).toBe(0);
  });

  it("writes several formats in one run, the same bytes as the golden files", () => {
    const md = join(cli.dir, "out", "diff.md");
    const json = join(cli.dir, "out", "diff.json");
    const r = diffCli([BEFORE, AFTER, ...AS_OF, "--format", `markdown=${md}`, "--format", `json=${json}`, "--format", "text", "--fail-on", "risk"]);
    expect(r.code).toBe(1);
    expect(readFileSync(md, "utf8")).toBe(readFileSync(join(ROOT, "tests/diff/golden/clearview-2020-2021.md"), "utf8"));
    expect(readFileSync(json, "utf8")).toBe(readFileSync(join(ROOT, "tests/diff/golden/clearview-2020-2021.json"), "utf8"));
    expect(r.stdout).toBe(readFileSync(join(ROOT, "tests/diff/golden/clearview-2020-2021.txt"), "utf8").replace("Passes: no added finding at or above violation (--fail-on violation).", "Fails: 5 added findings at or above risk (--fail-on risk)."));
  });

  it("reads one side from standard input", () => {
    const r = diffCli(["-", AFTER, ...AS_OF, "--stdin-filename", "before.yaml", "--format", "json"], { input: readFileSync(join(ROOT, BEFORE)) });
    expect(r.code).toBe(0);
    expect(parse(r.stdout).before.file).toBe("before.yaml");
  });
});

describe("diff: one profile on two dates", () => {
  it("--as-of and --as-of-after: the amendment and the look-back in the notes", () => {
    const r = diffCli(["--as-of", "2024-08-01", "--as-of-after", "2026-11-22", "examples/white-castle-timeclock.yaml", "--format", "json"]);
    expect(r.stderr).toBe("");
    const diff = parse(r.stdout);
    expect([diff.before.asOf, diff.after.asOf]).toEqual(["2024-08-01", "2026-11-22"]);
    expect(diff.notes.some((n) => n.startsWith("PA 103-0769 took effect on 2024-08-02, between the two dates"))).toBe(true);
    expect(diff.newDuties).toEqual([]);
  });
});

describe("diff: git refs", () => {
  it("git:<ref>:<path> reads a committed version with git show; the change adds a recipient and a population", () => {
    const repo = join(cli.dir, "repo");
    mkdirSync(repo, { recursive: true });
    const git = (...args: string[]) => {
      const r = spawnSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.invalid" } });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stdout;
    };
    git("init", "-q", "-b", "main");
    copyFileSync(join(ROOT, "examples/compliant-employer.yaml"), join(repo, "bipa-profile.yaml"));
    git("add", "bipa-profile.yaml");
    git("commit", "-q", "-m", "profile");
    const text = readFileSync(join(repo, "bipa-profile.yaml"), "utf8");
    const changed = text
      .replace("\n    disclosures:\n", "\n    disclosures:\n      - { recipient: Payroll Cloud Inc., type: processor, frequency: daily, exception: none }\n")
      .replace(/(\n {6}- population: employees)/, "\n      - { population: minors, count: 5, illinoisCount: 5, relationship: direct }$1");
    expect(changed).not.toBe(text);
    writeFileSync(join(repo, "bipa-profile.yaml"), changed);
    git("commit", "-q", "-am", "add a vendor and minors");

    const r = cli.run(["diff", "git:HEAD~1:bipa-profile.yaml", "git:main:bipa-profile.yaml", ...AS_OF, "--format", "json", "--no-config"], { cwd: repo });
    expect(r.stderr).toBe("");
    const diff = parse(r.stdout);
    expect(diff.before.file).toBe("git:HEAD~1:bipa-profile.yaml");
    expect(diff.newDuties?.map((d) => [d.trigger, d.subject])).toEqual([
      ["new-recipient", "Payroll Cloud Inc."],
      ["new-population", "minors"],
    ]);
    expect(diff.added.some((f) => f.ruleId === "bipa/15d-disclosure")).toBe(true);
    expect(r.code).toBe(1);
    // The working-tree file against a ref gives the same diff.
    expect(parse(cli.run(["diff", "git:HEAD~1:bipa-profile.yaml", "bipa-profile.yaml", ...AS_OF, "--format", "json", "--no-config"], { cwd: repo }).stdout).newDuties).toEqual(diff.newDuties);

    // Unknown revisions and paths are exit 2, each named.
    const bad = cli.run(["diff", "git:nope:bipa-profile.yaml", "git:HEAD:missing.yaml", ...AS_OF], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('git:nope:bipa-profile.yaml: unknown git revision "nope"\ngit:HEAD:missing.yaml: "missing.yaml" does not exist at HEAD\n');
  });

  it("refuses refs that would read as options or ranges, and paths that climb, before running git", () => {
    const r = diffCli(["git:--output=/tmp/x:a.yaml", "git:HEAD..main:a.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git:--output=/tmp/x:a.yaml: "--output=/tmp/x" is not a git ref bipa-check accepts');
    expect(r.stderr).toContain('git:HEAD..main:a.yaml: "HEAD..main" is not a git ref bipa-check accepts');
    const climb = diffCli(["git:HEAD:../etc/passwd", BEFORE, ...AS_OF]);
    expect(climb.stderr).toContain('"../etc/passwd" is not a path bipa-check accepts');
    expect(diffCli(["git:HEAD", BEFORE, ...AS_OF]).stderr).toContain("expected git:<ref>:<path>");
  });
});

describe("diff: bad arguments and input exit 2", () => {
  it("one profile without --as-of-after, bad dates, bad formats, all at once", () => {
    const r = diffCli([BEFORE, "--as-of-after", "2026-13-01", "--format", "sarif", "--as-of", "yesterday"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'bipa-check: --format sarif: unknown format "sarif"; expected one of text, json, markdown',
        "bipa-check: --as-of yesterday: expected a calendar date as YYYY-MM-DD",
        "bipa-check: --as-of-after 2026-13-01: expected a calendar date as YYYY-MM-DD",
        "",
      ].join("\n"),
    );
    const failOn = diffCli([BEFORE, AFTER, "--fail-on", "worst"]);
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain("argument 'worst' is invalid. Allowed choices are violation, risk, info, never.");
    expect(diffCli([BEFORE, ...AS_OF]).stderr).toBe(
      "bipa-check: diff: give two profiles (before and after), or one profile with --as-of and --as-of-after to compare two dates\n",
    );
  });

  it("an invalid or missing profile names the file and line", () => {
    const r = diffCli(["tests/fixtures/bad/invalid-schema.yaml", "examples/missing.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tests\/fixtures\/bad\/invalid-schema\.yaml:\d+:\d+: /m);
    expect(r.stderr).toContain("examples/missing.yaml: file not found");
  });
});

describe("audit --format html", () => {
  it("writes the self-contained report with the plan, beside the other formats", () => {
    const html = join(cli.dir, "out", "report.html");
    const r = cli.run(["audit", BEFORE, ...AS_OF, "--format", `html=${html}`, "--fail-on", "never"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const page = readFileSync(html, "utf8");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain('<tr class="measure" data-remedy="obtain-disclosure-consent"');
    expect(page).not.toContain("<script");
  });
});
