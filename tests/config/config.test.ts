import fc from "fast-check";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configCandidates, mergeSettings, parseConfig } from "../../src/config/config.js";
import { configJsonSchema } from "../../src/config/json-schema.js";
import { SHIPPED_OPTIONS } from "../../src/config/pack-options.js";
import { formatProblem } from "../../src/practices/problems.js";
import { SHIPPED_PACKS } from "../../src/packs/index.js";

/** Fixed seed so `npm test` is reproducible; the fuzz script raises numRuns and varies the seed. */
const runs = { seed: Number(process.env.FC_SEED ?? 20261122), numRuns: Number(process.env.FC_RUNS ?? 150) };
const DEADLINE = "co-biometric/deletion-deadline";

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
      // The unknown rule id is reported beside the schema problems, not after they are fixed.
      'bipa-check.config.yaml:3:3: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /rules/bipa~115c-proft)',
      "bipa-check.config.yaml:4:3: expected off, violation, risk or info (at /rules/bipa~115d-disclosure)",
      'bipa-check.config.yaml:5:1: unknown key "failon" (did you mean "failOn"?) (at /failon)',
    ]);
    const unknownRule = parseConfig("rules:\n  bipa/15c-proft: off\n", { knownRuleIds: KNOWN });
    expect(unknownRule.ok === false && unknownRule.problems.map((p) => formatProblem(p, "c.yaml"))).toEqual([
      'c.yaml:2:3: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /rules/bipa~115c-proft)',
    ]);
  });
});

describe("parseConfig: pack options under assumptions", () => {
  it("knows every option every shipped pack declares (the Colorado deletion deadline among them)", () => {
    const declared = SHIPPED_PACKS.flatMap((p) => (p.options ?? []).map((o) => o.id));
    expect(declared).toContain(DEADLINE);
    expect(SHIPPED_OPTIONS.map((o) => o.id)).toEqual(declared);
  });

  it("accepts each declared value of each option, by the option's id, beside BIPA's assumption", () => {
    for (const option of SHIPPED_OPTIONS) {
      for (const { value } of option.readings) {
        const result = parseConfig(`assumptions:\n  amendmentAppliesToPendingClaims: false\n  ${option.id}: ${value}\n`);
        expect(result).toEqual({ ok: true, config: { assumptions: { amendmentAppliesToPendingClaims: false, [option.id]: value } } });
      }
    }
    // The form ERROR 3 of legal-sweep-6 reported as rejected, in flow style and in JSON.
    expect(parseConfig(`assumptions: { ${DEADLINE}: two-years-of-collection }\n`)).toEqual({
      ok: true,
      config: { assumptions: { [DEADLINE]: "two-years-of-collection" } },
    });
    expect(parseConfig(JSON.stringify({ assumptions: { [DEADLINE]: "earliest-of-24-months" } })).ok).toBe(true);
  });

  it("rejects a value outside the declared ones, and an unknown option id, with line, column and path, naming what is allowed", () => {
    const result = parseConfig(`failOn: risk\nassumptions:\n  ${DEADLINE}: three-years\n  co-biometric/deletion-dedline: unset\n  co-biometric/retention: unset\n`);
    expect(result.ok === false && result.problems.map((p) => formatProblem(p, "bipa-check.config.yaml"))).toEqual([
      "bipa-check.config.yaml:3:3: expected unset, two-years-of-collection or earliest-of-24-months (at /assumptions/co-biometric~1deletion-deadline)",
      `bipa-check.config.yaml:4:3: unknown key "co-biometric/deletion-dedline" (did you mean "${DEADLINE}"?); known assumptions: amendmentAppliesToPendingClaims, ${DEADLINE} (at /assumptions/co-biometric~1deletion-dedline)`,
      `bipa-check.config.yaml:5:3: unknown key "co-biometric/retention"; known assumptions: amendmentAppliesToPendingClaims, ${DEADLINE} (at /assumptions/co-biometric~1retention)`,
    ]);
    // Not a string at all: the same message.
    const notString = parseConfig(`assumptions:\n  ${DEADLINE}: true\n`);
    expect(notString.ok === false && notString.problems.map((p) => formatProblem(p, "c.yaml"))).toEqual([
      "c.yaml:2:3: expected unset, two-years-of-collection or earliest-of-24-months (at /assumptions/co-biometric~1deletion-deadline)",
    ]);
    // An unknown key elsewhere keeps its own message.
    const elsewhere = parseConfig("failon: risk\n");
    expect(elsewhere.ok === false && elsewhere.problems.map((p) => p.message)).toEqual(['unknown key "failon" (did you mean "failOn"?)']);
  });

  it("property: a value is accepted exactly when it is one of the option's readings; a rejection names every reading, with its line", () => {
    const option = fc.constantFrom(...SHIPPED_OPTIONS);
    const value = fc.oneof(
      option.chain((o) => fc.constantFrom(...o.readings.map((r) => r.value))),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    );
    fc.assert(
      fc.property(option, value, fc.integer({ min: 0, max: 3 }), (o, v, blankLines) => {
        const text = `${"\n".repeat(blankLines)}assumptions:\n  ${o.id}: ${JSON.stringify(v)}\n`;
        const result = parseConfig(text);
        const declared = o.readings.some((r) => r.value === v);
        expect(result.ok).toBe(declared);
        if (result.ok) {
          expect(result.config.assumptions?.[o.id as `${string}/${string}`]).toBe(v);
          return;
        }
        expect(result.problems).toHaveLength(1);
        const problem = result.problems[0]!;
        expect(problem.line).toBe(blankLines + 2);
        expect(problem.path).toBe(`/assumptions/${o.id.replace(/\//g, "~1")}`);
        for (const r of o.readings) expect(problem.message).toContain(r.value);
      }),
      runs,
    );
  });

  it("the config's JSON Schema lists each option with its values and still refuses other keys", () => {
    const assumptions = (configJsonSchema().properties as Record<string, { properties: Record<string, { enum?: string[] }>; additionalProperties: unknown }>).assumptions!;
    expect(assumptions.additionalProperties).toBe(false);
    for (const option of SHIPPED_OPTIONS) expect(assumptions.properties[option.id]?.enum).toEqual(option.readings.map((r) => r.value));
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

  it("takes pack options from the config, with the command line's winning per option", () => {
    const config = { assumptions: { amendmentAppliesToPendingClaims: true, [DEADLINE]: "two-years-of-collection" } };
    expect(mergeSettings(config, undefined, {}).assumptions).toEqual({ amendmentAppliesToPendingClaims: true, [DEADLINE]: "two-years-of-collection" });
    expect(mergeSettings(config, undefined, { assumptions: { [DEADLINE]: "earliest-of-24-months" } }).assumptions).toEqual({
      amendmentAppliesToPendingClaims: true,
      [DEADLINE]: "earliest-of-24-months",
    });
  });
});
