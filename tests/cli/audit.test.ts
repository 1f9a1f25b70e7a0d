import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useCli } from "./helpers/cli.js";

const cli = useCli();

const AS_OF = ["--as-of", "2026-11-22"];
const audit = (args: string[], options: Parameters<typeof runCli>[2] = {}) => cli.run(["audit", ...args], { cwd: cli.dir, ...options });
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    exitCode: number;
    failOn: string;
    asOf: string;
    summary: Record<string, number>;
    notices: Array<{ code: string; message: string }>;
    reports: Array<{
      file: string;
      asOf: string;
      notes: string[];
      findings: Array<{ ruleId: string; severity: string; evidence: Array<{ line?: number }> }>;
      suppressed: Array<{ ruleId: string; suppression: { kind: string } }>;
      exposure?: { amendmentAppliesToPendingClaims: unknown; forum?: string; assumedFilingDate?: string; lookbackStart?: string };
    }>;
  };

describe("audit: exit codes", () => {
  it("exits 0 for a compliant profile", () => {
    const r = audit(["profiles/compliant.yaml", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pass: nothing at or above violation");
    expect(r.stderr).toBe("");
  });

  it("exits 1 for a violating profile and prints each finding as file:line:column with rule, severity and section", () => {
    const r = audit(["profiles/violating.yaml", ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/profiles\/violating\.yaml:53:7 +violation +bipa\/15b-written-release +740 ILCS 14\/15\(b\)\(3\)/);
    expect(r.stdout).toMatch(/profiles\/violating\.yaml:82:7 +violation +bipa\/15c-profit +740 ILCS 14\/15\(c\)/);
    expect(r.stdout).toContain("Remedies: ");
    expect(r.stdout).toMatch(/Summary: 1 file · 1 system \(1 in scope\) · 2 violations.* · FAIL: 2 findings at or above violation/);
  });

  it("follows --fail-on: never reports only, risk fails on risks, violation ignores them", () => {
    expect(audit(["profiles/violating.yaml", "--fail-on", "never", ...AS_OF]).code).toBe(0);
    expect(audit(["profiles/risky.json", ...AS_OF]).code).toBe(0);
    expect(audit(["profiles/risky.json", "--fail-on", "risk", ...AS_OF]).code).toBe(1);
    expect(audit(["profiles/compliant.yaml", "--fail-on", "info", ...AS_OF]).code).toBe(0);
  });
});

describe("audit: options", () => {
  it("prints the --as-of date, and defaults it to today's date in UTC", () => {
    expect(audit(["profiles/compliant.yaml", ...AS_OF]).stdout).toContain("audit as of 2026-11-22");
    const before = new Date().toISOString().slice(0, 10);
    const r = audit(["profiles/compliant.yaml", "--format", "json"]);
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(json(r.stdout).asOf);
  });

  it("rejects a date that is not a calendar date", () => {
    for (const d of ["2026-02-30", "22/11/2026", "today"]) {
      const r = audit(["profiles/compliant.yaml", "--as-of", d]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`bipa-check: --as-of ${d}: expected a calendar date as YYYY-MM-DD\n`);
    }
  });

  it("--rule turns a rule off or changes its severity; unknown rules and bad syntax exit 2", () => {
    const off = json(audit(["profiles/violating.yaml", "--rule", "bipa/15c-profit=off", "--format", "json", ...AS_OF]).stdout);
    expect(off.reports[0]!.findings.map((f) => f.ruleId)).toEqual(["bipa/15b-written-release"]);
    const both = audit(["profiles/violating.yaml", "--rule", "bipa/15c-profit=info", "--rule", "bipa/15b-written-release=risk", ...AS_OF]);
    expect(both.code).toBe(0);
    const unknown = audit(["profiles/violating.yaml", "--rule", "bipa/15c-proft=off", ...AS_OF]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('bipa-check: --rule: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?)\n');
    const syntax = audit(["profiles/violating.yaml", "--rule", "bipa/15c-profit:off", ...AS_OF]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain("expected RULE=off|violation|risk|info");
  });

  it("--amendment-applies-to-pending sets the assumption the report states", () => {
    const yes = json(audit(["profiles/violating.yaml", "--amendment-applies-to-pending", "yes", "--format", "json", ...AS_OF]).stdout);
    expect(yes.reports[0]!.notes.join(" ")).toContain("Assumed that PA 103-0769 applies");
    const no = json(audit(["profiles/violating.yaml", "--amendment-applies-to-pending", "no", "--format", "json", ...AS_OF]).stdout);
    expect(no.reports[0]!.notes.join(" ")).toContain("does not apply");
    const unknown = json(audit(["profiles/violating.yaml", "--format", "json", ...AS_OF]).stdout);
    expect(unknown.reports[0]!.notes.join(" ")).toContain("unsettled");
    expect(audit(["profiles/violating.yaml", "--amendment-applies-to-pending", "maybe", ...AS_OF]).code).toBe(2);
  });

  it("--forum and --assumed-filing-date set the estimate's forum and look-back (bipa-reference.md §2.2, §1.7)", () => {
    const r = json(audit(["profiles/violating.yaml", "--forum", "illinois-state", "--assumed-filing-date", "2026-01-15", "--format", "json", ...AS_OF]).stdout);
    expect(r.reports[0]!.exposure).toMatchObject({ forum: "illinois-state", assumedFilingDate: "2026-01-15", lookbackStart: "2021-01-15" });
    const bad = audit(["profiles/violating.yaml", "--assumed-filing-date", "2026-02-30", ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--assumed-filing-date 2026-02-30: expected a calendar date as YYYY-MM-DD, 1970-2200");
    expect(audit(["profiles/violating.yaml", "--forum", "moon", ...AS_OF]).code).toBe(2);
  });

  it("--quiet prints only failing findings and the summary", () => {
    const r = audit(["profiles/violating.yaml", "profiles/risky.json", "--quiet", ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("risky.json:");
    expect(r.stdout).not.toContain("assessment aid");
    expect(r.stdout).toContain("bipa/15c-profit");
  });

  it("--explain shows the fields read, their values and lines; with JSON on stdout it goes to stderr", () => {
    const r = audit(["profiles/violating.yaml", "--explain", ...AS_OF]);
    expect(r.stdout).toContain("Fields read:");
    expect(r.stdout).toContain('/systems/0/release/type = "none" (line 53, column 7)');
    expect(r.stdout).toContain("Fails the run: yes (--fail-on violation)");
    const j = audit(["profiles/violating.yaml", "--explain", "--format", "json", ...AS_OF]);
    expect(() => JSON.parse(j.stdout)).not.toThrow();
    expect(j.stderr).toContain("/systems/0/commerce/sells = true (line 82, column 7)");
  });
});

describe("audit: inputs", () => {
  it("expands globs, one report per file, sorted, without duplicates", () => {
    const r = audit(["profiles/*.{yaml,json}", "profiles/compliant.yaml", "--format", "json", ...AS_OF]);
    expect(r.code).toBe(1);
    expect(json(r.stdout).reports.map((x) => x.file)).toEqual(["profiles/compliant.yaml", "profiles/risky.json", "profiles/violating.yaml"]);
    const deep = audit(["**/risky.json", "profiles/**/*.yaml", "--format", "json", ...AS_OF]);
    expect(json(deep.stdout).reports.map((x) => x.file)).toEqual(["profiles/risky.json", "profiles/compliant.yaml", "profiles/violating.yaml"]);
  });

  it("exits 2 when a glob matches nothing", () => {
    const r = audit(["profiles/*.toml", ...AS_OF]);
    expect(r).toMatchObject({ code: 2, stderr: "profiles/*.toml: no files match this pattern\n" });
  });

  it("reads standard input with -, named by --stdin-filename", () => {
    const text = readFileSync(join(cli.dir, "profiles/violating.yaml"));
    const r = audit(["-", "--format", "json", ...AS_OF], { input: text });
    expect(r.code).toBe(1);
    expect(json(r.stdout).reports[0]!.file).toBe("<stdin>");
    const named = audit(["-", "--stdin-filename", "ci/profile.yaml", "--format", "json", ...AS_OF], { input: text });
    expect(json(named.stdout).reports[0]!.file).toBe("ci/profile.yaml");
    expect(json(named.stdout).reports[0]!.findings[0]!.evidence[0]!.line).toBe(53);
  });

  it("reports paths relative to the working directory, also for absolute arguments", () => {
    const r = audit([join(cli.dir, "profiles/violating.yaml"), "--format", "json", ...AS_OF]);
    expect(json(r.stdout).reports[0]!.file).toBe("profiles/violating.yaml");
  });
});

describe("audit: config file", () => {
  it("finds bipa-check.config.* upward from the first profile and applies it; flags win", () => {
    const dir = join(cli.dir, "team");
    mkdirSync(join(dir, "nested"), { recursive: true });
    writeFileSync(join(dir, "nested", "p.yaml"), readFileSync(join(cli.dir, "profiles/violating.yaml")));
    writeFileSync(join(dir, "bipa-check.config.yaml"), "failOn: never\nrules:\n  bipa/15c-profit: off\n");
    const r = audit(["team/nested/p.yaml", "--format", "json", ...AS_OF]);
    expect(r.code).toBe(0);
    const env = json(r.stdout);
    expect(env.failOn).toBe("never");
    expect(env.reports[0]!.findings.map((f) => f.ruleId)).toEqual(["bipa/15b-written-release"]);
    expect(audit(["team/nested/p.yaml", "--fail-on", "violation", ...AS_OF]).code).toBe(1);
    expect(audit(["team/nested/p.yaml", "--no-config", "--format", "json", ...AS_OF]).stdout).toContain("bipa/15c-profit");
  });

  it("uses --config when given, with paths in it relative to the config file", () => {
    writeFileSync(join(cli.dir, "waivers", "cfg.json"), JSON.stringify({ waivers: "valid.yaml", failOn: "violation" }));
    const r = audit(["profiles/violating.yaml", "--config", "waivers/cfg.json", "--format", "json", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(json(r.stdout).reports[0]!.suppressed.map((s) => s.ruleId)).toEqual(["bipa/15b-written-release", "bipa/15c-profit"]);
  });

  it("exits 2 for a bad config file, each problem as file:line:column", () => {
    writeFileSync(join(cli.dir, "bad-config.yaml"), "failOn: sometimes\nrules:\n  bipa/15c-proft: off\n");
    const r = audit(["profiles/violating.yaml", "--config", "bad-config.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    // Both problems in one round: the schema's and the unknown rule id.
    expect(r.stderr).toBe(
      'bad-config.yaml:1:1: expected violation, risk, info or never (at /failOn)\nbad-config.yaml:3:3: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /rules/bipa~115c-proft)\n',
    );
    writeFileSync(join(cli.dir, "bad-config.yaml"), "rules:\n  bipa/15c-proft: off\n");
    expect(audit(["profiles/violating.yaml", "--config", "bad-config.yaml", ...AS_OF]).stderr).toBe(
      'bad-config.yaml:2:3: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /rules/bipa~115c-proft)\n',
    );
    expect(audit(["profiles/violating.yaml", "--config", "missing.yaml", ...AS_OF])).toMatchObject({
      code: 2,
      stderr: "missing.yaml: file not found\n",
    });
  });

  it("exits 2 when one directory holds two config files", () => {
    const dir = join(cli.dir, "two");
    mkdirSync(dir);
    writeFileSync(join(dir, "p.yaml"), readFileSync(join(cli.dir, "profiles/compliant.yaml")));
    writeFileSync(join(dir, "bipa-check.config.json"), "{}");
    writeFileSync(join(dir, "bipa-check.config.yml"), "{}");
    const r = audit(["two/p.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("bipa-check: found two/bipa-check.config.json and two/bipa-check.config.yml; keep one config file per directory\n");
  });
});
