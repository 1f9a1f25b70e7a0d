import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { generateNdjsonLines, generateProfile, generateSystems } from "./generate.js";

/** The benchmark inputs must be valid and varied, or the figures measure the wrong thing. */
describe("bench profile generator", () => {
  it("is deterministic: the same seed and count give the same bytes", () => {
    expect(JSON.stringify(generateProfile(200, 3))).toBe(JSON.stringify(generateProfile(200, 3)));
    expect(JSON.stringify(generateProfile(200, 3))).not.toBe(JSON.stringify(generateProfile(200, 4)));
  });

  it("generates lazily: a slice equals the same indices of a whole run", () => {
    const whole = [...generateSystems(50, 9)];
    const slice = [...generateSystems(10, 9, 40)];
    expect(slice).toEqual(whole.slice(40));
  });

  it("every generated profile validates, with unique ids", () => {
    const result = parseProfile(generateProfile(2_000));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it("has realistic variety: every severity, and compliant as well as failing rule outcomes", () => {
    const result = parseProfile(generateProfile(1_000));
    if (!result.ok) throw new Error("generated profile does not validate");
    const report = audit(result, { asOf: "2026-11-22" });
    expect(report.summary.violation).toBeGreaterThan(0);
    expect(report.summary.risk).toBeGreaterThan(0);
    expect(report.summary.info).toBeGreaterThan(0);
    expect(report.passed.length).toBeGreaterThan(0);
    const fired = new Set(report.findings.map((f) => f.ruleId));
    const passed = new Set(report.passed.map((p) => p.ruleId));
    // Every section rule both fires on some system and passes on another.
    for (const id of ["bipa/15b-written-release", "bipa/15d-disclosure", "bipa/15e-encryption", "bipa/15e-parity", "bipa/15e-safeguards"]) {
      expect(fired.has(id), `${id} fires`).toBe(true);
      expect(passed.has(id), `${id} passes`).toBe(true);
    }
  });

  it("writes NDJSON as a header line with the organization, then one system per line", () => {
    const lines = [...generateNdjsonLines(3)];
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 1, organization: { name: "Generated Estate Holdings LLC" } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: "sys-0" });
    for (const line of lines) expect(line).not.toContain("\n");
  });
});
