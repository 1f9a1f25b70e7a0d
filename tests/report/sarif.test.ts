import { describe, expect, it } from "vitest";
import { formatSarif, sarifFingerprint, sarifRuleName, sarifUri, toSarifLog } from "../../src/format/sarif.js";
import type { FormatOptions } from "../../src/format/types.js";
import { acmeReport, fixtureNotices, fixtureReports, fixtureRules } from "./fixtures/report.js";
import { multitoolPath, multitoolValidate, sarifSchemaErrors } from "./helpers/sarif.js";

type Log = {
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, unknown> & { id: string }> } };
    invocations: Array<{ exitCode?: number; executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
    results: Array<Record<string, unknown> & { ruleId: string; ruleIndex: number; level: string }>;
    properties: Record<string, unknown>;
  }>;
};

const options: FormatOptions = { exitCode: 1, notices: fixtureNotices, rules: fixtureRules };
const variants: Array<[string, FormatOptions]> = [
  ["default", options],
  ["with suppressed results and a baseline", { ...options, includeSuppressed: true, baselineApplied: true }],
  ["with the live rule pack and no exit code", {}],
  ["rooted in a repository above the working directory, cut to one result", { ...options, paths: { root: "/repo", cwd: "/repo/teams/a" }, sarifMaxResults: 1 }],
];
const bin = multitoolPath();

describe("SARIF conformance", () => {
  describe.each(variants)("%s", (_name, opts) => {
    const log = JSON.parse(formatSarif(fixtureReports, opts)) as Log;
    it("validates against the SARIF 2.1.0 JSON schema", () => {
      expect(sarifSchemaErrors(log)).toEqual([]);
    });
    it.runIf(bin)("passes the SARIF Multitool with zero errors (skipped only where the platform binary is absent)", () => {
      expect(multitoolValidate(log, bin!)).toEqual({ analyzed: true, errors: [] });
    });
  });

  it.runIf(bin)("the Multitool harness reports errors when there are some (skipped only where the platform binary is absent)", () => {
    const log = toSarifLog(fixtureReports, options) as unknown as Log;
    const location = (log.runs[0]!.results[0]!.locations as Array<{ physicalLocation: { region: Record<string, number> } }>)[0]!;
    location.physicalLocation.region.endLine = 1; // before startLine 21
    const { analyzed, errors } = multitoolValidate(log, bin!);
    expect(analyzed).toBe(true);
    expect(errors.join("\n")).toContain("SARIF1007");
  });

  it("the schema check catches what the Multitool accepts (a result without a message, an unknown level)", () => {
    const log = toSarifLog(fixtureReports, options) as unknown as Log;
    const result = log.runs[0]!.results[0]!;
    delete result.message;
    result.level = "fatal";
    expect(sarifSchemaErrors(log).length).toBeGreaterThan(0);
  });
});

describe("SARIF content", () => {
  const log = JSON.parse(formatSarif(fixtureReports, options)) as Log;
  const run = log.runs[0]!;

  it("names the tool and its version (no home page: there is none to link to), and records the exit code", () => {
    expect(run.tool.driver).toMatchObject({ name: "bipa-check", version: "9.9.9" });
    expect(run.tool.driver).not.toHaveProperty("informationUri");
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(3);
  });

  it("has one descriptor per rule, each with help naming its docs page, a level, tags, a precision and a security severity", () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, fixtureRules.length)).toEqual(fixtureRules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const release = run.tool.driver.rules.find((r) => r.id === "bipa/15b-written-release")!;
    expect(release).toMatchObject({
      name: "Bipa15bWrittenRelease",
      defaultConfiguration: { level: "error" },
      properties: { "security-severity": "8.9", precision: "high" },
    });
    expect(release).not.toHaveProperty("helpUri"); // SARIF wants an absolute URI, and there is no home yet
    const help = release.help as { text: string; markdown: string };
    expect(help.markdown).toContain("Rosenbach v. Six Flags");
    expect(help.markdown).toContain("Obtain a written or electronically signed release");
    expect(help.text).toContain("740 ILCS 14/15(b)(3)");
    expect(help.markdown).toContain("`docs/rules/15b-written-release.md` in the bipa-check package");
  });

  it("adds a descriptor for a rule outside the given rule list, so every ruleIndex resolves", () => {
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.tool.driver.rules.map((r) => r.id)).toContain("bipa/offshore-affiliates");
  });

  it("locates results at the offending field with a repository-relative URI", () => {
    expect(run.results[0]).toMatchObject({
      ruleId: "bipa/15b-written-release",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "profiles/acme.yaml" }, region: { startLine: 21, startColumn: 7 } } }],
    });
  });

  it("fingerprints results by rule, system and field, not by line", () => {
    const moved = structuredClone(acmeReport);
    moved.findings[0]!.evidence[0] = { ...moved.findings[0]!.evidence[0]!, line: 99, column: 1 };
    const again = toSarifLog(moved, options) as unknown as Log;
    expect(again.runs[0]!.results[0]!.partialFingerprints).toEqual(run.results[0]!.partialFingerprints);
    expect(run.results[0]!.partialFingerprints).toEqual({
      primaryLocationLineHash: `${sarifFingerprint(acmeReport.findings[0]!).slice(0, 16)}:1`,
      "bipaCheck/v1": sarifFingerprint(acmeReport.findings[0]!),
    });
  });

  it("leaves waived and baselined results out unless asked, then marks them suppressed", () => {
    expect(run.results.some((r) => r.suppressions)).toBe(false);
    expect(run.results).toHaveLength(acmeReport.findings.length);
    const all = (toSarifLog(fixtureReports, { ...options, includeSuppressed: true }) as unknown as Log).runs[0]!.results;
    const suppressed = all.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId)).toEqual(["bipa/15c-profit", "bipa/15e-encryption"]);
    expect(suppressed[0]!.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification:
          "waived until 2026-12-31, approved by Dana Roe, General Counsel: Licensing ended 2026-10-01; contract termination on file (LEGAL-482).",
      },
    ]);
  });

  it("carries the exposure estimate on the run and the matching line on the result", () => {
    const reports = run.properties.reports as Array<{ exposure?: unknown; injunctionRisk?: unknown }>;
    expect(reports[0]!.exposure).toEqual(acmeReport.exposure);
    expect(reports[0]!.injunctionRisk).toEqual(acmeReport.injunctionRisk);
    expect((run.results[0]!.properties as { exposure: unknown }).exposure).toMatchObject({ amountUsd: { low: 1_200_000, high: 12_000_000 } });
  });

  it("helpers: rule names, URIs", () => {
    expect(sarifRuleName("bipa/scope-glba-exemption")).toBe("BipaScopeGlbaExemption");
    expect(sarifUri("profiles/beta co/timeclock.json")).toBe("profiles/beta%20co/timeclock.json");
    expect(sarifUri("./a\\b.yaml")).toBe("a/b.yaml");
  });
});
