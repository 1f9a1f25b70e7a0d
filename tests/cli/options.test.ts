import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, useCli } from "./helpers/cli.js";

/*
 * Pack options (a point the legal reference leaves open, stated by the user) from the command line
 * (`--option ID=VALUE`) and the config file (`assumptions: { ID: VALUE }`), on every command that
 * audits: legal-sweep-6 ERROR 3 found the Colorado deletion deadline reachable from the library only.
 */

const cli = useCli();
const AS_OF = ["--as-of", "2026-11-22"];
const DEADLINE = "co-biometric/deletion-deadline";
/** A Colorado store timeclock whose schedule keeps data three years after the last interaction. */
const PROFILE = join(ROOT, "examples/multi-state-employer.yaml");
const ALLOWED = "expected unset, two-years-of-collection or earliest-of-24-months";

type Finding = { ruleId: string; severity: string; message: string };
type Out = { reports: Array<{ findings: Finding[]; packs: Array<{ id: string; estimate?: { lines: Array<{ label: string; low: number }> } }> }> };
const auditJson = (args: string[]) => {
  const r = cli.run(["audit", PROFILE, "--pack", "co-biometric", "--format", "json", "--fail-on", "never", ...AS_OF, ...args], { cwd: cli.dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Out).reports[0]!;
};
const deletion = (report: Out["reports"][number]) => report.findings.filter((f) => f.ruleId === DEADLINE).map((f) => f.severity);
const counted = (report: Out["reports"][number]) => (report.packs[0]!.estimate?.lines ?? []).filter((l) => l.label.startsWith(`${DEADLINE} on `) && l.low === 20_000).length;
const config = (name: string, text: string) => {
  writeFileSync(join(cli.dir, name), text);
  return ["--config", name];
};

describe("audit: pack options", () => {
  it("with no option the deadline finding is a risk, uncounted; --option chooses a reading, which makes it a counted violation", () => {
    const unset = auditJson(["--no-config"]);
    expect(deletion(unset)).toEqual(["risk"]);
    expect(counted(unset)).toBe(0);
    for (const reading of ["two-years-of-collection", "earliest-of-24-months"]) {
      const chosen = auditJson(["--no-config", "--option", `${DEADLINE}=${reading}`]);
      expect(deletion(chosen), reading).toEqual(["violation"]);
      expect(counted(chosen), reading).toBe(1);
      expect(chosen.findings.find((f) => f.ruleId === DEADLINE)!.message).toContain("On the reading chosen in the option");
    }
    // `unset` may be stated too: the default reading.
    expect(deletion(auditJson(["--no-config", "--option", `${DEADLINE}=unset`]))).toEqual(["risk"]);
  });

  it("the config's assumptions set it (the form legal-sweep-6 saw refused), and --option wins over the config", () => {
    const flow = config("flow.yaml", `assumptions: { ${DEADLINE}: two-years-of-collection }\n`);
    const fromConfig = auditJson(flow);
    expect(deletion(fromConfig)).toEqual(["violation"]);
    expect(fromConfig.findings.find((f) => f.ruleId === DEADLINE)!.message).toContain("two years after collection");
    const overridden = auditJson([...flow, "--option", `${DEADLINE}=unset`]);
    expect(deletion(overridden)).toEqual(["risk"]);
    // Per key: the config's BIPA assumption stays when only the option comes from the command line.
    const both = config("both.yaml", `assumptions:\n  amendmentAppliesToPendingClaims: true\n  ${DEADLINE}: unset\n`);
    const printed = cli.run(["audit", PROFILE, ...both, "--option", `${DEADLINE}=earliest-of-24-months`, "--print-config", ...AS_OF], { cwd: cli.dir });
    expect(printed.code).toBe(0);
    expect((JSON.parse(printed.stdout) as { assumptions: unknown }).assumptions).toEqual({ amendmentAppliesToPendingClaims: true, [DEADLINE]: "earliest-of-24-months" });
  });

  it("a config value outside the readings, or an unknown option id, exits 2 with file:line:column and what is allowed", () => {
    const bad = config("bad.yaml", `failOn: risk\nassumptions:\n  ${DEADLINE}: three-years\n  co-biometric/deletion-dedline: unset\n`);
    const r = cli.run(["audit", PROFILE, ...bad, ...AS_OF], { cwd: cli.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `bad.yaml:3:3: ${ALLOWED} (at /assumptions/co-biometric~1deletion-deadline)`,
      `bad.yaml:4:3: unknown key "co-biometric/deletion-dedline" (did you mean "${DEADLINE}"?); known assumptions: amendmentAppliesToPendingClaims, ${DEADLINE} (at /assumptions/co-biometric~1deletion-dedline)`,
    ]);
  });

  it("a bad --option exits 2 before any file is read, every mistake listed", () => {
    const r = cli.run(["audit", "missing.yaml", "--no-config", "--option", `${DEADLINE}=three-years`, "--option", "co-biometric/deadline=unset", "--option", DEADLINE, ...AS_OF], { cwd: cli.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `bipa-check: --option ${DEADLINE}=three-years: ${ALLOWED}`,
      `bipa-check: --option co-biometric/deadline=unset: unknown pack option "co-biometric/deadline"; known pack options: ${DEADLINE}`,
      `bipa-check: --option ${DEADLINE}: expected OPTION=VALUE, e.g. --option ${DEADLINE}=earliest-of-24-months`,
    ]);
  });

  it("is in the help of audit, plan, diff and stream", () => {
    for (const command of ["audit", "plan", "diff", "stream"]) {
      const help = cli.run([command, "--help"], { cwd: cli.dir });
      expect(help.stdout, command).toMatch(/--option <option=value> +state a pack option/);
    }
  });
});

describe("plan, diff and stream: pack options", () => {
  it("plan: with a reading chosen the plan no longer asks for one, and the deletion measure cures", () => {
    type Plan = { measures: Array<{ measure: string; packs: Array<{ packId: string; remedyIds: string[]; effect: string }> }> };
    const plan = (args: string[]) => {
      const r = cli.run(["plan", PROFILE, "--format", "json", ...AS_OF, ...args], { cwd: cli.dir });
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as Plan;
    };
    const deletionEffects = (p: Plan) =>
      p.measures.flatMap((m) => m.packs.filter((x) => x.packId === "co-biometric" && x.remedyIds.some((id) => id.startsWith("co-biometric-destroy-"))).map((x) => [x.remedyIds, x.effect]));
    const unset = plan(["--no-config"]);
    expect(unset.measures.map((m) => m.measure)).toContain("co-biometric/confirm-deletion-deadline");
    expect(deletionEffects(unset)).toEqual([[["co-biometric-destroy-reading-unset"], "mitigates"]]);
    const chosen = plan([...config("plan.yaml", `assumptions:\n  ${DEADLINE}: unset\n`), "--option", `${DEADLINE}=two-years-of-collection`]);
    expect(chosen.measures.map((m) => m.measure)).not.toContain("co-biometric/confirm-deletion-deadline");
    expect(deletionEffects(chosen)).toEqual([[["co-biometric-destroy-two-years-of-collection"], "cures"]]);
    const bad = cli.run(["plan", PROFILE, "--no-config", "--option", `${DEADLINE}=yes`, ...AS_OF], { cwd: cli.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`bipa-check: --option ${DEADLINE}=yes: ${ALLOWED}\n`);
  });

  it("diff: the option applies to both sides", () => {
    type Diff = { added: Finding[] };
    const diff = (args: string[]) => {
      const r = cli.run(["diff", PROFILE, "--as-of", "2025-06-30", "--as-of-after", "2026-11-22", "--pack", "co-biometric", "--no-config", "--format", "json", "--fail-on", "never", ...args], { cwd: cli.dir });
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as Diff).added.filter((f) => f.ruleId === DEADLINE).map((f) => f.severity);
    };
    expect(diff([])).toEqual(["risk"]);
    expect(diff(["--option", `${DEADLINE}=earliest-of-24-months`])).toEqual(["violation"]);
    expect(cli.run(["diff", PROFILE, "--no-config", "--option", "nope=1", ...AS_OF], { cwd: cli.dir }).code).toBe(2);
  });

  it("stream: each line is audited with the option, from the command line or the config", () => {
    const line = JSON.stringify(parse(readFileSync(PROFILE, "utf8")));
    writeFileSync(join(cli.dir, "co.ndjson"), `${line}\n`);
    const severities = (args: string[]) => {
      const r = cli.run(["stream", "co.ndjson", "--pack", "co-biometric", "--fail-on", "never", ...AS_OF, ...args], { cwd: cli.dir });
      expect(r.code).toBe(0);
      const results = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { kind: string; report?: { findings: Finding[] } });
      return results.flatMap((x) => (x.report ? x.report.findings.filter((f) => f.ruleId === DEADLINE).map((f) => f.severity) : []));
    };
    expect(severities(["--no-config"])).toEqual(["risk"]);
    expect(severities(["--no-config", "--option", `${DEADLINE}=two-years-of-collection`])).toEqual(["violation"]);
    expect(severities(config("stream.yaml", `assumptions:\n  ${DEADLINE}: earliest-of-24-months\n`))).toEqual(["violation"]);
    const bad = cli.run(["stream", "co.ndjson", "--no-config", "--option", `${DEADLINE}=2y`, ...AS_OF], { cwd: cli.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--option ${DEADLINE}=2y: ${ALLOWED}`);
  });
});
