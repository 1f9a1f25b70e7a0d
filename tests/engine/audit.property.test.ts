import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { audit } from "../../src/audit.js";
import { ruleOf } from "../../src/core/resolve.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import { profileArb } from "../helpers/arbitraries.js";

const AS_OF = "2026-11-22";
/** Fixed seed so `npm test` is reproducible; the fuzz script raises numRuns and varies the seed. */
const runs = { seed: Number(process.env.FC_SEED ?? 20261122), numRuns: Number(process.env.FC_RUNS ?? 150) };

describe("audit (properties)", () => {
  it("every generated profile validates", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const parsed = parseProfile(input);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      }),
      runs,
    );
  });

  it("any schema-valid profile audits without throwing into a well-formed, sorted report", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const parsed = parseProfile(input);
        if (!parsed.ok) return;
        const report = audit(parsed.profile, { asOf: AS_OF });
        expect(report.applicability).toHaveLength(parsed.profile.systems.length);
        expect(report.summary.violation + report.summary.risk + report.summary.info).toBe(report.findings.length);
        const fingerprints = report.findings.map((f) => f.fingerprint);
        expect(new Set(fingerprints).size).toBe(fingerprints.length);
        for (const f of report.findings) {
          expect(f.section).toMatch(/^740 ILCS 14\//);
          // Version 3: the finding names its rule, which the report lists once with its authorities.
          expect(ruleOf(report, f.ruleId).authorities.length).toBeGreaterThan(0);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.evidence.length).toBeGreaterThan(0);
        }
        for (const a of report.applicability.filter((x) => x.status === "does-not-apply")) {
          const own = report.findings.filter((f) => f.systemId === a.systemId);
          expect(own).toHaveLength(1);
          expect(own[0]?.severity).toBe("info");
        }
        // A conditional system (the law's reach unknown) gets its scope findings and one conditional
        // line, never a finding per section (issue 10 point 2; bipa-reference.md §2.1).
        for (const a of report.applicability.filter((x) => x.status === "unknown")) {
          const own = report.findings.filter((f) => f.systemId === a.systemId);
          expect(a.inScope).toBe(false);
          expect(own.every((f) => f.ruleId.startsWith("bipa/scope-"))).toBe(true);
          expect(own.filter((f) => f.fingerprint.startsWith(`${a.conditional?.ruleId}|`)).length).toBe(1);
        }
      }),
      runs,
    );
  });

  it("key order and formatting never change the output bytes", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const yamlText = stringify(input);
        const jsonText = JSON.stringify(reverseKeys(input));
        const a = loadProfile(yamlText);
        const b = loadProfile(jsonText);
        if (!a.ok || !b.ok) return;
        const strip = (r: ReturnType<typeof audit>) => JSON.stringify({ ...r, findings: r.findings.map(({ evidence, ...f }) => ({ ...f, evidence: evidence.map(({ line: _l, column: _c, ...e }) => e) })) });
        expect(strip(audit(a, { asOf: AS_OF }))).toBe(strip(audit(b, { asOf: AS_OF })));
      }),
      { ...runs, numRuns: Math.min(runs.numRuns, 60) },
    );
  });
});

describe("loader (properties)", () => {
  it("arbitrary JSON never crashes the loader", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadProfile(JSON.stringify(value));
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it("arbitrary text never crashes the loader", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = loadProfile(text);
        if (!result.ok) for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it("arbitrary objects with a valid core report every problem with a path", () => {
    fc.assert(
      fc.property(profileArb, fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), (input, key, junk) => {
        const broken = { ...input, systems: input.systems.map((s, i) => (i === 0 ? { ...s, [`x-${key}`]: junk } : s)) };
        const result = parseProfile(broken);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems.some((p) => p.path === `/systems/0/x-${key.replace(/~/g, "~0").replace(/\//g, "~1")}`)).toBe(true);
      }),
      runs,
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}
