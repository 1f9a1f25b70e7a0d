import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCli, ROOT } from "../cli/helpers/cli.js";
import { findAll, parseXml } from "../report/helpers/xml.js";

/*
 * The GitLab CI template (ci/gitlab/bipa-check.gitlab-ci.yml), run as a runner runs a job: its
 * variables as the environment, its script lines in one bash with `set -eo pipefail`, in a checkout
 * with profiles; then the artifacts it declares are read as GitLab would read them. The package it
 * installs is a local package directory holding the CLI the tests build (npm links it offline).
 */

const TEMPLATE = join(ROOT, "ci", "gitlab", "bipa-check.gitlab-ci.yml");
type Job = { image: string; stage: string; script: string[]; artifacts: { when: string; paths: string[]; reports: { junit: string; codequality: string } } };
const template = parse(readFileSync(TEMPLATE, "utf8")) as { variables: Record<string, string> } & Record<string, unknown>;
const job = template["bipa-check"] as Job;

let scratch = "";
let pkg = "";
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bipa-gitlab-"));
  pkg = join(scratch, "bipa-check-pkg");
  cpSync(dirname(await ensureCli()), join(pkg, "dist"), { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "bipa-check", version: "0.0.0-test", type: "module", bin: { "bipa-check": "dist/cli.js" } }));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runJob(files: Record<string, string>, variables: Record<string, string>) {
  const dir = mkdtempSync(join(scratch, "checkout-"));
  mkdirSync(join(dir, ".git"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    npm_config_cache: join(scratch, "npm-cache"),
    npm_config_offline: "true",
    CI: "true",
    GITLAB_CI: "true",
    CI_PROJECT_DIR: dir,
    ...template.variables,
    ...variables,
  };
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", job.script.join("\n")], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  return { dir, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const example = (name: string) => readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8");

describe("the GitLab CI template", () => {
  it("declares a job on node:20 whose reports GitLab reads (JUnit, Code Quality), kept even when the job fails", () => {
    expect(job.image).toBe("node:20");
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.reports).toEqual({ junit: "bipa-check-reports/bipa-junit.xml", codequality: "bipa-check-reports/gl-code-quality-report.json" });
    expect(template.variables.BIPA_CHECK_PACKAGE).toBe(""); // no default that could name a registry package
    expect(job.script.join("\n")).not.toMatch(/npx (?!--no-install)/);
  });

  it("fails the job on violations and writes the reports it declares, readable by GitLab", () => {
    const r = runJob({ "profiles/timeclock.yaml": example("white-castle-timeclock"), "profiles/ok.yaml": example("compliant-employer") }, {
      BIPA_CHECK_PACKAGE: pkg,
      BIPA_CHECK_ARGS: "--as-of 2026-11-22",
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Summary: 2 files");
    for (const path of [job.artifacts.reports.junit, job.artifacts.reports.codequality, ...job.artifacts.paths]) expect(existsSync(join(r.dir, path)), path).toBe(true);
    const issues = JSON.parse(readFileSync(join(r.dir, job.artifacts.reports.codequality), "utf8")) as Array<Record<string, unknown> & { location: { path: string; lines: { begin: number } } }>;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(["description", "check_name", "fingerprint", "severity", "location"]));
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.path).toBe("profiles/timeclock.yaml");
      expect(issue.location.lines.begin).toBeGreaterThan(0);
    }
    const suites = findAll(parseXml(readFileSync(join(r.dir, job.artifacts.reports.junit), "utf8")), "testsuite");
    expect(suites.map((s) => s.attrs.name)).toEqual(["profiles/ok.yaml [bipa]", "profiles/timeclock.yaml [bipa]"]);
  });

  it("passes a clean estate", () => {
    const r = runJob({ "profiles/ok.yaml": example("compliant-employer") }, { BIPA_CHECK_PACKAGE: pkg, BIPA_CHECK_ARGS: "--as-of 2026-11-22" });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(r.dir, job.artifacts.reports.codequality), "utf8"))).toEqual([]);
  });

  it("stops with a message, before installing anything, when BIPA_CHECK_PACKAGE is not set", () => {
    const r = runJob({ "profiles/ok.yaml": example("compliant-employer") }, {});
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("bipa-check: set BIPA_CHECK_PACKAGE to the packed tarball or a git URL");
    expect(existsSync(join(r.dir, "node_modules"))).toBe(false);
  });
});
