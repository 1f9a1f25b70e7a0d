import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configCandidates, mergeSettings, parseConfig } from "../../src/config/config.js";
import { formatProblem } from "../../src/practices/problems.js";

const KNOWN = ["bipa/15c-profit", "bipa/15d-disclosure"];

describe("parseConfig", () => {
  it("reads YAML or JSON with every setting", () => {
    const yaml = parseConfig(
      `failOn: risk
rules:
  bipa/15c-profit: off
  bipa/15d-disclosure: info
waivers: ./bipa-waivers.yaml
maxWaiverDays: 180
baseline: bipa-baseline.json
assumptions:
  amendmentAppliesToPendingClaims: unknown
`,
      { knownRuleIds: KNOWN },
    );
    expect(yaml).toEqual({
      ok: true,
      config: {
        failOn: "risk",
        rules: { "bipa/15c-profit": "off", "bipa/15d-disclosure": "info" },
        waivers: "./bipa-waivers.yaml",
        maxWaiverDays: 180,
        baseline: "bipa-baseline.json",
        assumptions: { amendmentAppliesToPendingClaims: "unknown" },
      },
    });
    expect(parseConfig('{ "failOn": "never", "assumptions": { "amendmentAppliesToPendingClaims": true } }').ok).toBe(true);
  });

  it("reports unknown keys, bad values and unknown rule ids with line and column", () => {
    const result = parseConfig(
      `failOn: error
rules:
  bipa/15c-proft: off
  bipa/15d-disclosure: warn
failon: risk
`,
      { knownRuleIds: KNOWN },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, "bipa-check.config.yaml"))).toEqual([
      "bipa-check.config.yaml:1:1: expected violation, risk, info or never (at /failOn)",
      "bipa-check.config.yaml:4:3: expected off, violation, risk or info (at /rules/bipa~115d-disclosure)",
      'bipa-check.config.yaml:5:1: unknown key "failon" (did you mean "failOn"?) (at /failon)',
    ]);
    const unknownRule = parseConfig("rules:\n  bipa/15c-proft: off\n", { knownRuleIds: KNOWN });
    expect(unknownRule.ok === false && unknownRule.problems.map((p) => formatProblem(p, "c.yaml"))).toEqual([
      'c.yaml:2:3: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /rules/bipa~115c-proft)',
    ]);
  });
});

describe("configCandidates", () => {
  it("lists json, yaml and yml in each directory from the start up to the root", () => {
    const start = resolve("/repo/profiles/team");
    const candidates = configCandidates(start);
    expect(candidates[0]).toEqual([
      join(start, "bipa-check.config.json"),
      join(start, "bipa-check.config.yaml"),
      join(start, "bipa-check.config.yml"),
    ]);
    expect(candidates[1]![0]).toBe(join(resolve("/repo/profiles"), "bipa-check.config.json"));
    expect(candidates.at(-1)![0]).toBe(join(resolve("/"), "bipa-check.config.json"));
    expect(candidates).toHaveLength(4);
  });
});

describe("mergeSettings", () => {
  it("lets the command line win, merges rules per id, and resolves config paths against the config file", () => {
    const settings = mergeSettings(
      { failOn: "risk", rules: { "bipa/15c-profit": "off", "bipa/15d-disclosure": "info" }, waivers: "w.yaml", baseline: "b.json", maxWaiverDays: 90 },
      resolve("/repo/bipa-check.config.yaml"),
      { failOn: "never", rules: { "bipa/15d-disclosure": "violation" }, baseline: "/elsewhere/b.json" },
    );
    expect(settings).toEqual({
      failOn: "never",
      rules: { "bipa/15c-profit": "off", "bipa/15d-disclosure": "violation" },
      waivers: resolve("/repo/w.yaml"),
      baseline: "/elsewhere/b.json",
      maxWaiverDays: 90,
      assumptions: {},
    });
    expect(mergeSettings(undefined, undefined, {})).toEqual({ failOn: "violation", rules: {}, assumptions: {} });
  });
});
