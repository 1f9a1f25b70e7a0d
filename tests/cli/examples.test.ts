import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProfile } from "../../src/practices/load.js";
import { findAll, parseXml } from "../report/helpers/xml.js";
import { multitoolPath, multitoolValidate, sarifSchemaErrors } from "../report/helpers/sarif.js";
import { FIXTURES, ROOT, runCli, useCli } from "./helpers/cli.js";

/** Every example profile (examples/*.yaml|json, not the expected reports) and every valid test fixture profile. */
const profiles = [
  ...readdirSync(join(ROOT, "examples"))
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.includes(".expected."))
    .map((f) => `examples/${f}`),
  ...readdirSync(join(FIXTURES, "profiles")).map((f) => `tests/fixtures/profiles/${f}`),
].sort();

const cli = useCli();
const bin = multitoolPath();

describe("every example profile through the CLI", () => {
  it("finds the examples and fixtures", () => {
    expect(profiles).toContain("tests/fixtures/profiles/violating.yaml");
  });

  describe.each(profiles.map((p) => [p]))("%s", (profile) => {
    const out = (name: string) => join(cli.dir, "out", `${profile.replace(/[/.]/g, "_")}.${name}`);
    let run: ReturnType<typeof runCli>;
    beforeAll(() => {
      run = cli.run([
        "audit",
        profile,
        "--as-of",
        "2026-11-22",
        "--fail-on",
        "never",
        "--format",
        "json",
        "--format",
        `sarif=${out("sarif")}`,
        "--format",
        `junit=${out("xml")}`,
        "--format",
        `markdown=${out("md")}`,
      ]);
    });

    it("is a valid profile", () => {
      expect(loadProfile(readFileSync(join(ROOT, profile), "utf8")).ok).toBe(true);
    });

    it("exits 0 with --fail-on never", () => {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    });

    it("exits 1 without it exactly when it has a violation", () => {
      const violations = (JSON.parse(run.stdout) as { summary: { violation: number } }).summary.violation;
      expect(cli.run(["audit", profile, "--as-of", "2026-11-22", "--quiet"]).code).toBe(violations > 0 ? 1 : 0);
    });

    it("writes SARIF that validates against the SARIF 2.1.0 schema", () => {
      expect(sarifSchemaErrors(JSON.parse(readFileSync(out("sarif"), "utf8")))).toEqual([]);
    });

    it.runIf(bin)("writes SARIF that passes the SARIF Multitool with zero errors (skipped only where the platform binary is absent)", () => {
      expect(multitoolValidate(JSON.parse(readFileSync(out("sarif"), "utf8")), bin!)).toEqual({ analyzed: true, errors: [] });
    });

    it("writes JUnit that parses as XML, one testsuite for the profile and each law that ran", () => {
      const root = parseXml(readFileSync(out("xml"), "utf8"));
      const ran = (JSON.parse(run.stdout) as { reports: Array<{ packs: Array<{ id: string }> }> }).reports[0]!.packs.map((p) => p.id);
      expect(ran[0]).toBe("bipa");
      expect(findAll(root, "testsuite").map((s) => s.attrs.name)).toEqual(ran.map((id) => `${profile} [${id}]`));
      expect(findAll(root, "testcase").length).toBeGreaterThan(0);
    });
  });

  it("at least one example violates BIPA and exits 1", () => {
    expect(cli.run(["audit", "tests/fixtures/profiles/violating.yaml", "--as-of", "2026-11-22", "--quiet"]).code).toBe(1);
  });
});
