import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RemediationPlan } from "../../src/plan/types.js";
import { getRemedy } from "../../src/packs/bipa/remedies/catalog.js";
import { CLEARVIEW_2021_MEASURES } from "../plan/clearview-like.js";
import { ROOT, runCli, useCli } from "./helpers/cli.js";

const cli = useCli();

const AS_OF = ["--as-of", "2026-11-22"];
const CLEARVIEW = "examples/clearview-2020.yaml";
const MEASURES_2021 = CLEARVIEW_2021_MEASURES.join(",");
const planCli = (args: string[], options: Parameters<typeof runCli>[2] = {}) => cli.run(["plan", ...args], { cwd: ROOT, ...options });
const parse = (stdout: string) => JSON.parse(stdout) as RemediationPlan;

describe("plan: formats", () => {
  it("text: the Clearview 2020 plan lists the 2021 measures, says they only mitigate, and shows the what-if (exit 0 despite violations)", () => {
    const r = planCli([CLEARVIEW, "--apply", MEASURES_2021, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("remediation plan for examples/clearview-2020.yaml as of 2026-11-22");
    // The accrued exposure is reported apart; measures rank by what they avoid going forward, then by violations cured.
    expect(r.stdout).toContain("Exposure already accrued (Sec. 20 estimate, unchanged by any measure): $200,000,000 to $4,846,995,000");
    expect(r.stdout).toMatch(/ {3}1\. Obtain consent before each disclosure \(obtain-disclosure-consent\)\n +cures · systems: face-search · new claims avoided going forward, applied alone: \$0/);
    for (const id of CLEARVIEW_2021_MEASURES) {
      expect(r.stdout, id).toMatch(new RegExp(`\\(${id}\\)\\n +mitigates · systems: face-search`));
      expect(r.stdout, id).toMatch(new RegExp(`mitigates  .*\\(${id}\\): cures 0, resolves \\d, mitigates`));
    }
    expect(r.stdout).toContain("What-if: 6 measures applied together");
    expect(r.stdout).toMatch(/resolved +risk +bipa\/15e-encryption \(face-search\)/);
    expect(r.stdout).toContain("avoided: $0");
    expect(r.stdout).toContain("Injunction risk: elevated → low");
    expect(r.stdout).toContain("No measure changes the exposure already accrued");
    expect(r.stdout).not.toMatch(/remov/i);
    expect(r.stdout).not.toContain("\u001b["); // not a terminal: no colour
  });

  it("json: the plan object, with the what-if of the measures given", () => {
    const r = planCli([CLEARVIEW, "--apply", MEASURES_2021, "--format", "json", ...AS_OF]);
    expect(r.code).toBe(0);
    const plan = parse(r.stdout);
    expect(plan.asOf).toBe("2026-11-22");
    expect(plan.steps.length).toBeGreaterThan(10);
    expect(plan.whatIf?.applied).toEqual([...CLEARVIEW_2021_MEASURES]);
    expect(plan.whatIf?.outcomes.filter((o) => o.outcome === "cured")).toEqual([]);
    expect(plan.whatIf?.forward.avoidedUsd).toEqual({ low: 0, high: 0 });
    expect(plan.whatIf?.accruedUsd).toEqual(plan.accruedUsd);
    expect(plan.whatIf?.after.injunctionRisk.level).toBe("low");
  });

  it("markdown: tables for a PR comment", () => {
    const r = planCli([CLEARVIEW, "--apply", MEASURES_2021, "--format", "markdown", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## bipa-check: remediation plan for `examples\/clearview-2020\.yaml` as of 2026-11-22/);
    expect(r.stdout).toContain(
      "| # | Measure | Effect | Systems | Violations it cures | Risks it resolves | Findings it only mitigates | New claims avoided going forward (applied alone) |",
    );
    expect(r.stdout).toContain("| Injunction risk | elevated | low |");
  });

  it("writes formats to files with format=file, and one to standard output", () => {
    const r = planCli([join(ROOT, CLEARVIEW), "--format", "markdown=out/plan.md", "--format", "json=out/plan.json", "--format", "text", ...AS_OF], {
      cwd: cli.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Measures, most new exposure avoided first");
    expect(readFileSync(join(cli.dir, "out/plan.md"), "utf8")).toContain("### Measures, most new exposure avoided first");
    expect(parse(readFileSync(join(cli.dir, "out/plan.json"), "utf8")).whatIf).toBeUndefined();
  });

  it("gives the same bytes on every run", () => {
    const args = [CLEARVIEW, "--apply", "cures", "--format", "json", ...AS_OF];
    expect(planCli(args).stdout).toBe(planCli(args).stdout);
  });
});

describe("plan: --apply", () => {
  it("cures: applies every modeled statutory cure, and the what-if shows findings cured and the accrued exposure unchanged", () => {
    const plan = parse(planCli([CLEARVIEW, "--apply", "cures", "--format", "json", ...AS_OF]).stdout);
    const whatIf = plan.whatIf!;
    expect(whatIf.applied.length).toBeGreaterThan(5);
    for (const id of whatIf.applied) expect(getRemedy(id).effect, id).toBe("cures");
    expect(whatIf.applied).toContain("stop-profiting");
    expect(whatIf.outcomes.some((o) => o.outcome === "cured" && o.ruleId === "bipa/15c-profit")).toBe(true);
    expect(whatIf.accruedUsd).toEqual(whatIf.before.exposure.totalUsd);
  });

  it("all: applies mitigating measures too", () => {
    const plan = parse(planCli([CLEARVIEW, "--apply", "all", "--format", "json", ...AS_OF]).stdout);
    expect(plan.whatIf!.applied).toEqual(expect.arrayContaining(["stop-profiting", "encrypt-templates-and-vectors", "train-employees-cybersecurity"]));
    expect(plan.whatIf!.notModeled).toEqual([]);
  });

  it("ids: repeatable and comma-separated; a measure no profile change expresses is listed, not applied", () => {
    const r = planCli([CLEARVIEW, "--apply", "stop-profiting,establish-unknown-facts", "--apply", "stop-profiting", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("What-if: 1 measure applied together");
    expect(r.stdout).toMatch(/cures +Stop selling, leasing, trading or otherwise profiting from biometric data \(stop-profiting\): cures 1, resolves 0, mitigates 0 findings/);
    expect(r.stdout).toContain("Not modeled (listed, not applied): establish-unknown-facts");
    expect(r.stdout).toMatch(/cured +violation +bipa\/15c-profit \(face-search\): .*; answered by stop-profiting/);
  });

  it("exits 2 for an unknown measure id, suggesting the nearest, before reading the profile", () => {
    const r = planCli(["missing.yaml", "--apply", "stop-profitting,encrypt-templates", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('bipa-check: --apply: unknown measure "stop-profitting" (did you mean "stop-profiting"?)');
    expect(r.stderr).toContain('unknown measure "encrypt-templates"');
    expect(r.stderr).not.toContain("missing.yaml");
  });

  it("exits 2 when cures or all is mixed with ids", () => {
    const r = planCli([CLEARVIEW, "--apply", "cures,stop-profiting", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"cures" and "all" stand alone');
  });
});

describe("plan: inputs and settings", () => {
  it("reads standard input with -, named by --stdin-filename", () => {
    const input = readFileSync(join(ROOT, CLEARVIEW), "utf8");
    const r = planCli(["-", "--stdin-filename", "profile.yaml", "--apply", "stop-profiting", ...AS_OF], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("remediation plan for profile.yaml as of 2026-11-22");
    expect(r.stdout).toContain("What-if: 1 measure applied together");
    expect(planCli(["-", "--format", "markdown", ...AS_OF], { input }).stdout).toContain("remediation plan for `<stdin>`");
  });

  it("exits 2 for a missing file", () => {
    const r = planCli(["nope.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe("nope.yaml: file not found");
  });

  it("exits 2 for an invalid profile, every problem as file:line:column", () => {
    const r = planCli(["bad/invalid-schema.yaml", ...AS_OF], { cwd: cli.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('bad/invalid-schema.yaml:12:5: unknown key "releese" (did you mean "release"?) (at /systems/0/releese)');
    expect(r.stderr.trim().split("\n").every((line) => /^bad\/invalid-schema\.yaml:\d+:\d+: /.test(line))).toBe(true);
    expect(planCli(["bad/invalid-yaml.yaml", ...AS_OF], { cwd: cli.dir }).stderr).toMatch(/^bad\/invalid-yaml\.yaml:\d+:\d+: /);
  });

  it("exits 2 for a bad format, date or rule, listing every mistake", () => {
    const r = planCli([CLEARVIEW, "--format", "sarif", "--as-of", "2026-13-01", "--rule", "bipa/15c-proft=off"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bipa-check: --format sarif: unknown format "sarif"; expected one of text, json, markdown');
    expect(r.stderr).toContain("bipa-check: --as-of 2026-13-01: expected a calendar date as YYYY-MM-DD");
    const rule = planCli([CLEARVIEW, "--rule", "bipa/15c-proft=off", ...AS_OF]);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?)');
  });

  it("applies --rule and the config file, and --no-config ignores the file", () => {
    // The config sits beside the profile, in a folder of its own so no other test finds it.
    mkdirSync(join(cli.dir, "configured"));
    cpSync(join(ROOT, CLEARVIEW), join(cli.dir, "configured/clearview.yaml"));
    writeFileSync(join(cli.dir, "configured/bipa-check.config.yaml"), "rules:\n  bipa/15c-profit: off\n");
    const steps = (args: string[]) =>
      parse(planCli(["configured/clearview.yaml", "--format", "json", ...AS_OF, ...args], { cwd: cli.dir }).stdout).steps.map((s) => s.remedyId);
    expect(steps([])).not.toContain("stop-profiting");
    expect(steps(["--no-config"])).toContain("stop-profiting");
    expect(parse(planCli([CLEARVIEW, "--rule", "bipa/15c-profit=off", "--format", "json", ...AS_OF]).stdout).steps.map((s) => s.remedyId)).not.toContain(
      "stop-profiting",
    );
  });

  it("passes --amendment-applies-to-pending, --forum and --assumed-filing-date to the estimate", () => {
    const plan = parse(
      planCli([CLEARVIEW, "--amendment-applies-to-pending", "yes", "--forum", "federal", "--assumed-filing-date", "2026-06-30", "--apply", "cures", "--format", "json", ...AS_OF]).stdout,
    );
    expect(plan.whatIf!.before.exposure).toMatchObject({ amendmentAppliesToPendingClaims: true, forum: "federal", assumedFilingDate: "2026-06-30", lookbackStart: "2021-06-30" });
  });

  it("--horizon-years sets the forward period, and a bad value exits 2", () => {
    const plan = parse(planCli([CLEARVIEW, "--horizon-years", "3", "--format", "json", ...AS_OF]).stdout);
    expect(plan.horizon).toEqual({ years: 3, from: "2026-11-23", to: "2029-11-22", isDefault: false });
    const bad = planCli([CLEARVIEW, "--horizon-years", "0", ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--horizon-years 0: expected a whole number of years from 1 to 10");
  });

  it("a clean profile: nothing to remedy, exit 0", () => {
    const r = planCli(["examples/compliant-employer.yaml", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No measures: the report has no violation or risk to remedy.");
  });

  it("--help gives usage, the options, examples and that a plan never fails on findings", () => {
    const r = planCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: bipa-check plan [options] <profile>");
    for (const option of ["--format", "--apply", "--as-of", "--rule", "--config", "--no-config", "--amendment-applies-to-pending", "--no-color"]) {
      expect(r.stdout, option).toContain(option);
    }
    expect(r.stdout).toContain("A plan never fails on findings");
    expect(r.stdout).toContain("$ bipa-check plan profile.yaml --apply cures");
  });
});
