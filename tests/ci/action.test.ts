import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCli, ROOT } from "../cli/helpers/cli.js";
import { sarifSchemaErrors } from "../report/helpers/sarif.js";
import { condition, parseOutputFile, readAction, resolveInputs, runStep, type ActionStep } from "./runner.js";

/*
 * The GitHub Action (action.yml), run as the runner runs a composite action: its bash steps with
 * their env and expressions, GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, on
 * the examples. The action's checkout is a scratch copy of action.yml and scripts/action/ with the
 * CLI the tests build in dist/, so the build step finds it built and the audit step runs it.
 */

const action = readAction(join(ROOT, "action.yml"));
let actionPath = "";
let scratch = "";

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bipa-action-"));
  actionPath = join(scratch, "action");
  mkdirSync(join(actionPath, "scripts"), { recursive: true });
  cpSync(join(ROOT, "action.yml"), join(actionPath, "action.yml"));
  cpSync(join(ROOT, "scripts", "action"), join(actionPath, "scripts", "action"), { recursive: true });
  cpSync(dirname(await ensureCli()), join(actionPath, "dist"), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A repository checkout with the given profiles (copied from examples/ or written). */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, "ws-"));
  mkdirSync(join(dir, ".git"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const example = (name: string) => readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8");

/** Runs every step the runner would, in order; `uses` steps are checked, not run. */
function runAction(ws: string, given: Record<string, string>) {
  const inputs = resolveInputs(action, given);
  const output = join(ws, "..", `${ws.split("/").pop()}.output`);
  const summary = join(ws, "..", `${ws.split("/").pop()}.summary`);
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env = { GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTION_PATH: actionPath, GITHUB_ACTIONS: "true", CI: "true" };
  let last: ReturnType<typeof runStep> | undefined;
  for (const step of action.runs.steps as ActionStep[]) {
    if (!condition(step.if, inputs)) continue;
    if (step.uses !== undefined) {
      expect(step.uses).toMatch(/^actions\/setup-node@v\d+$/);
      continue;
    }
    last = runStep(step, { inputs, actionPath, cwd: ws, env });
    if (last.code !== 0) break; // the runner stops at a failing step
  }
  return { ...last!, outputs: parseOutputFile(readFileSync(output, "utf8")), summary: readFileSync(summary, "utf8") };
}

describe("action.yml", () => {
  it("is a composite action whose expressions name only its own inputs, and whose outputs come from the audit step", () => {
    expect(action.runs.using).toBe("composite");
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    for (const [, name] of text.matchAll(/inputs\.([A-Za-z0-9_-]+)/g)) expect(Object.keys(action.inputs)).toContain(name);
    const audit = action.runs.steps.find((s) => s.id === "audit")!;
    expect(audit.run).toContain("scripts/action/run.mjs");
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description.length, name).toBeGreaterThan(10);
      if (name !== "node-version") expect(audit.env?.[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`], name).toBe(`\${{ inputs.${name} }}`);
    }
    for (const [name, spec] of Object.entries(action.outputs)) expect(spec.value, name).toBe(`\${{ steps.audit.outputs.${name} }}`);
    // Built from the action's checkout; nothing installed by the package's name.
    expect(text).not.toMatch(/npx (?!--no-install)|npm (i|install) bipa-check/);
  });
});

describe("the action on the examples", () => {
  it("failing profiles: writes the SARIF, the job summary and every output, annotates each finding, then fails the step", () => {
    const ws = workspace({
      "profiles/white-castle.yaml": example("white-castle-timeclock"),
      "profiles/compliant.yaml": example("compliant-employer"),
    });
    const r = runAction(ws, { profiles: "profiles/*.yaml", "as-of": "2026-11-22", formats: "junit gitlab" });
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(ws, "bipa-check-reports/bipa.json"), "utf8"));
    expect(r.outputs).toMatchObject({
      "exit-code": "1",
      violations: String(json.summary.violation),
      risks: String(json.summary.risk),
      info: String(json.summary.info),
      failing: String(json.summary.failing),
      waived: "0",
      baselined: "0",
      sarif: "bipa-check-reports/bipa.sarif",
      markdown: "bipa-check-reports/bipa.md",
      json: "bipa-check-reports/bipa.json",
      junit: "bipa-check-reports/bipa-junit.xml",
      gitlab: "bipa-check-reports/gl-code-quality-report.json",
    });
    const low = json.reports.reduce((n: number, rep: { exposure?: { totalUsd: { low: number } } }) => n + (rep.exposure?.totalUsd.low ?? 0), 0);
    expect(Number(r.outputs["exposure-low"])).toBe(low);
    expect(Number(r.outputs["exposure-high"])).toBeGreaterThanOrEqual(low);
    // Every declared output is set, except the reports not asked for.
    expect(Object.keys(action.outputs).filter((o) => !(o in r.outputs))).toEqual(["text"]);
    const sarif = JSON.parse(readFileSync(join(ws, r.outputs.sarif!), "utf8"));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("profiles/white-castle.yaml");
    expect(r.summary).toContain("## bipa-check: BIPA (740 ILCS 14) audit as of 2026-11-22");
    expect(r.summary).toContain("**❌ Fails:**");
    expect(r.summary).toBe(readFileSync(join(ws, r.outputs.markdown!), "utf8"));
    expect(r.stdout).toMatch(/^::error file=profiles\/white-castle\.yaml,line=\d+,col=\d+,title=bipa\//m);
  });

  it("a subfolder: paths in SARIF from the repository root, report paths from the workspace", () => {
    const ws = workspace({ "teams/hr/profiles/timeclock.yaml": example("white-castle-timeclock") });
    const r = runAction(ws, { profiles: "profiles/timeclock.yaml", "working-directory": "teams/hr", "as-of": "2026-11-22", annotations: "false" });
    expect(r.code).toBe(1);
    expect(r.outputs.sarif).toBe("teams/hr/bipa-check-reports/bipa.sarif");
    const sarif = JSON.parse(readFileSync(join(ws, r.outputs.sarif!), "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("teams/hr/profiles/timeclock.yaml");
    expect(r.stdout).not.toContain("::error");
  });

  it("a clean profile: passes, with the summary written", () => {
    const ws = workspace({ "bipa-profile.yaml": example("compliant-employer") });
    const r = runAction(ws, { profiles: "bipa-profile.yaml", "as-of": "2026-11-22" });
    expect(r.code).toBe(0);
    expect(r.outputs["exit-code"]).toBe("0");
    expect(r.summary).toContain("**✅ Passes:**");
  });

  it("fail-on never and max-risks reach the CLI", () => {
    const ws = workspace({ "p.yaml": example("white-castle-timeclock") });
    expect(runAction(ws, { profiles: "p.yaml", "as-of": "2026-11-22", "fail-on": "never" }).code).toBe(0);
    const strict = runAction(ws, { profiles: "p.yaml", "as-of": "2026-11-22", "fail-on": "never", "max-risks": "0" });
    expect(strict.code).toBe(1);
    expect(strict.summary).toContain("more than `--max-risks 0`");
  });

  it("an unusable profile: exit 2, the problems in the summary, and no report outputs (so no empty SARIF is uploaded)", () => {
    const ws = workspace({ "bad.yaml": "version: 2\n" });
    const r = runAction(ws, { profiles: "bad.yaml" });
    expect(r.code).toBe(2);
    expect(r.outputs).toEqual({ "exit-code": "2" });
    expect(r.summary).toContain("## bipa-check could not run (exit 2)");
    expect(r.summary).toContain("bad.yaml:1:1:");
    expect(existsSync(join(ws, "bipa-check-reports/bipa.sarif"))).toBe(false);
  });

  it("a bad input is said in the summary too", () => {
    const ws = workspace({ "p.yaml": example("compliant-employer") });
    const r = runAction(ws, { profiles: "p.yaml", formats: "html" });
    expect(r.code).toBe(2);
    expect(r.summary).toContain('formats: unknown format "html"');
  });
});
