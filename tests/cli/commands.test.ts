import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/practices/load.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { SHIPPED_PACKS } from "../../src/packs/index.js";
import { VERSION } from "../../src/version.js";
import { ROOT, useCli } from "./helpers/cli.js";

const cli = useCli();

describe("bipa-check (program)", () => {
  it("--version prints the package version", () => {
    expect(cli.run(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it.each([[[]], [["audit"]], [["schema"]], [["rules"]], [["explain"]], [["init"]]])("--help works on %j", (cmd) => {
    const r = cli.run([...cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: bipa-check");
    expect(r.stderr).toBe("");
  });

  it("lists the exit codes in the help", () => {
    const r = cli.run(["audit", "--help"]);
    for (const line of ["0  clean", "1  findings at or above --fail-on", "2  unusable input", "3  internal error"]) expect(r.stdout).toContain(line);
  });

  it("exits 2 with usage for no command, an unknown command, an unknown option or a missing argument", () => {
    for (const args of [[], ["frobnicate"], ["audit", "x.yaml", "--frobnicate"], ["audit"], ["explain"], ["audit", "x.yaml", "--fail-on", "error"]]) {
      const r = cli.run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it("exits 3 on an internal error, with a report-this message and no stack unless BIPA_CHECK_DEBUG is set", () => {
    // A preload that breaks JSON.stringify stands in for a bug inside bipa-check.
    const breakJson = ["--import", "data:text/javascript,JSON.stringify=()=>{throw new Error('simulated bug')}"];
    const r = cli.run(["schema"], { nodeArgs: breakJson });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("bipa-check: internal error: simulated bug");
    expect(r.stderr).toContain("Please report it to its maintainers");
    expect(r.stderr).not.toMatch(/https?:\/\//); // no link to a home the project does not have
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = cli.run(["schema"], { nodeArgs: breakJson, env: { BIPA_CHECK_DEBUG: "1" } });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe("a reader that closes the pipe early", () => {
  const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
  it.runIf(hasBash)("ends with exit 2 and one line: the report did not arrive (runs where bash exists)", () => {
    // Large output (every example as JSON) so the pipe fills and the writer sees EPIPE.
    const cmd = `"${process.execPath}" "${cli.path}" audit 'examples/*.yaml' --as-of 2026-11-22 --format json --fail-on never | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync("bash", ["-c", cmd], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("bipa-check: cannot write standard output: the reader closed the pipe before the output was complete (EPIPE); the output is incomplete\n");
    expect(r.stdout.trim()).toBe("2");
  });
});

describe("bipa-check schema", () => {
  it("prints the profile JSON Schema", () => {
    const r = cli.run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).not.toHaveProperty("$id"); // no schema home to point at; editors use the shipped file
    expect(r.stdout).toBe(readFileSync(join(ROOT, "docs/profile.schema.json"), "utf8"));
    expect(schema.properties.systems).toBeDefined();
  });

  it("writes it to --out", () => {
    const r = cli.run(["schema", "--out", "out/profile.schema.json"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cli.dir, "out/profile.schema.json"), "utf8")).title).toContain("profile");
  });

  it("prints the JSON Schema of the JSON output with --report (report version 3, docs/report.schema.json)", () => {
    const r = cli.run(["schema", "--report"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "docs/report.schema.json"), "utf8"));
    expect(JSON.parse(r.stdout).properties.reportVersion.const).toBe(3);
  });
});

describe("bipa-check rules", () => {
  it("prints a table with every rule's id, section, severity and title", () => {
    const r = cli.run(["rules"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RULE\s+SECTION\s+SEVERITY\s+TITLE$/);
    // BIPA's rules, then every other pack's (issue 11): one line each under the header.
    const packRules = SHIPPED_PACKS.filter((p) => p.id !== "bipa").flatMap((p) => p.rules);
    expect(lines).toHaveLength(bipaRules.length + packRules.length + 1);
    for (const rule of packRules) expect(lines.some((l) => l.startsWith(`${rule.id} `) && l.endsWith(rule.title)), rule.id).toBe(true);
    for (const rule of bipaRules) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toContain(rule.section);
      expect(line).toContain(rule.severity);
      expect(line!.endsWith(rule.title)).toBe(true);
    }
  });

  it("prints JSON with --json", () => {
    const rows = JSON.parse(cli.run(["rules", "--json"]).stdout) as Array<{ id: string; docs: string }>;
    expect(rows.map((r) => r.id)).toEqual([...bipaRules.map((r) => r.id), ...SHIPPED_PACKS.filter((p) => p.id !== "bipa").flatMap((p) => p.rules.map((r) => r.id))]);
    expect(rows[0]!.docs).toMatch(/^docs\/rules\/.+\.md$/);
    for (const row of rows) expect(existsSync(join(ROOT, row.docs)), row.docs).toBe(true);
  });
});

describe("bipa-check explain", () => {
  it.each(bipaRules.map((r) => [r.id]))("explains %s: summary, plain words, authorities, remedies, examples as YAML", (id) => {
    const rule = bipaRules.find((r) => r.id === id)!;
    const r = cli.run(["explain", id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${rule.id}: ${rule.title}`);
    expect(r.stdout).toContain(rule.summary);
    expect(r.stdout).toContain(rule.plainLanguage);
    expect(r.stdout).toContain("Authorities");
    expect(r.stdout).toContain(`(${rule.remedies[0]})`);
    expect(r.stdout).not.toContain("\u001b["); // not a terminal: no colour
    // Both examples are printed as YAML that parses back to the example patch.
    const blocks = r.stdout.split(/\n(?:Fails|Passes): [^\n]*\n/).slice(1);
    expect(blocks).toHaveLength(2);
    const yamlOf = (block: string) =>
      parse(
        block
          .split("\n\n")[0]!
          .split("\n")
          .map((l) => l.slice(4))
          .join("\n"),
      ) as Record<string, unknown>;
    expect(yamlOf(blocks[0]!).systems ?? yamlOf(blocks[0]!).organization).toBeDefined();
    if (rule.examples.failing.system) expect(yamlOf(blocks[0]!).systems).toEqual([rule.examples.failing.system]);
    if (rule.examples.passing.system) expect(yamlOf(blocks[1]!).systems).toEqual([rule.examples.passing.system]);
  });

  it("accepts an id without the bipa/ prefix", () => {
    const id = bipaRules[0]!.id;
    expect(cli.run(["explain", id.replace(/^bipa\//, "")]).stdout).toBe(cli.run(["explain", id]).stdout);
  });

  it("exits 2 for an unknown rule, suggesting the nearest", () => {
    const id = bipaRules.find((r) => r.id === "bipa/15c-profit") ? "bipa/15c-proft" : `${bipaRules[0]!.id}x`;
    const r = cli.run(["explain", id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule ".+" \(did you mean "bipa\/.+"\?\)/);
  });
});

describe("bipa-check init", () => {
  it("writes a commented starter profile that validates, and a config that gates on risks", () => {
    const r = cli.run(["init"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote bipa-profile.yaml and bipa-check.config.yaml.");
    expect(r.stdout).toContain("failOn: risk");
    const text = readFileSync(join(cli.dir, "bipa-profile.yaml"), "utf8");
    expect(text.split("\n")[1]).toMatch(/^# bipa-check practices profile/);
    const loaded = loadProfile(text, { file: "bipa-profile.yaml" });
    expect(loaded.ok && loaded.profile.systems).toHaveLength(1);
    const config = parse(readFileSync(join(cli.dir, "bipa-check.config.yaml"), "utf8")) as Record<string, unknown>;
    expect(config).toEqual({ failOn: "risk" });
  });

  it("then `bipa-check audit` fails the gate until the facts are established, and says so", () => {
    const audit = cli.run(["audit", "bipa-profile.yaml", "--as-of", "2026-11-22"], { cwd: cli.dir });
    expect(audit.code).toBe(1);
    const summary = audit.stdout.trimEnd().split("\n").at(-1)!;
    expect(summary).toMatch(/FAIL: \d+ findings? at or above risk; \d+ facts must still be established \(\d+ findings? rests? on them\)$/);
    const json = JSON.parse(cli.run(["audit", "bipa-profile.yaml", "--as-of", "2026-11-22", "--format", "json"], { cwd: cli.dir }).stdout);
    expect(json.failOn).toBe("risk");
    expect(json.reports[0].summary.risk).toBeGreaterThan(0);
    expect(json.reports[0].summary.violation).toBe(0);
    // Without the config's failOn, the summary still never says a bare "pass".
    const lax = cli.run(["audit", "bipa-profile.yaml", "--as-of", "2026-11-22", "--no-config"], { cwd: cli.dir });
    expect(lax.code).toBe(0);
    expect(lax.stdout.trimEnd().split("\n").at(-1)).toMatch(/NOT ESTABLISHED: nothing at or above violation, but \d+ facts must still be established/);
    expect(lax.stdout).not.toMatch(/· pass/);
  });

  it("points editors at the shipped schemas with modelines that resolve, after install and in a checkout", () => {
    // In the checkout the CLI runs from: the paths lead to this repository's docs/.
    const modeline = (file: string) => /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(file, "utf8").split("\n")[0]!)?.[1];
    const schemaOf = (file: string) => join(dirname(file), modeline(file)!);
    expect(readFileSync(schemaOf(join(cli.dir, "bipa-profile.yaml")), "utf8")).toBe(cli.run(["schema"]).stdout);
    expect(JSON.parse(readFileSync(schemaOf(join(cli.dir, "bipa-check.config.yaml")), "utf8")).title).toBe("bipa-check config file");
    // Installed: a project with node_modules/bipa-check gets ./node_modules/bipa-check/docs/... paths.
    const project = join(cli.dir, "project");
    mkdirSync(join(project, "node_modules", "bipa-check", "docs"), { recursive: true });
    writeFileSync(join(project, "node_modules", "bipa-check", "package.json"), JSON.stringify({ name: "bipa-check" }));
    for (const f of ["profile.schema.json", "config.schema.json"]) cpSync(join(ROOT, "docs", f), join(project, "node_modules", "bipa-check", "docs", f));
    expect(cli.run(["init", "profiles/team.yaml"], { cwd: project }).code).toBe(0);
    expect(modeline(join(project, "profiles/team.yaml"))).toBe("../node_modules/bipa-check/docs/profile.schema.json");
    expect(existsSync(schemaOf(join(project, "profiles/team.yaml")))).toBe(true);
    expect(modeline(join(project, "profiles/bipa-check.config.yaml"))).toBe("../node_modules/bipa-check/docs/config.schema.json");
  });

  it("keeps a config that is already there, and says which applies", () => {
    const dir = join(cli.dir, "kept");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "bipa-check.config.json"), '{ "failOn": "violation" }\n');
    const r = cli.run(["init", "kept/profile.yaml"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote kept/profile.yaml; kept kept/bipa-check.config.json as it is.");
    expect(existsSync(join(dir, "bipa-check.config.yaml"))).toBe(false);
  });

  it("refuses to overwrite without --force, and overwrites with it", () => {
    const file = join(cli.dir, "custom.yaml");
    writeFileSync(file, "keep me\n");
    const refused = cli.run(["init", "custom.yaml"], { cwd: cli.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("bipa-check: custom.yaml already exists; pass --force to overwrite it\n");
    expect(readFileSync(file, "utf8")).toBe("keep me\n");
    expect(cli.run(["init", "custom.yaml", "--force"], { cwd: cli.dir }).code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^# yaml-language-server: \$schema=\S+\n# bipa-check practices profile/);
  });

  it("creates missing directories", () => {
    expect(cli.run(["init", "new/dir/profile.yaml"], { cwd: cli.dir }).code).toBe(0);
    expect(existsSync(join(cli.dir, "new/dir/profile.yaml"))).toBe(true);
    expect(existsSync(join(cli.dir, "new/dir/bipa-check.config.yaml"))).toBe(true);
  });
});
