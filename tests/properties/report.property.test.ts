import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import type { PracticesInput } from "../../src/practices/schema.js";
import { formatJson } from "../../src/format/json.js";
import { formatSarif } from "../../src/format/sarif.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { severityRank, type Finding, type Report } from "../../src/report/types.js";
import { profileArb } from "../helpers/arbitraries.js";
import { fcRuns } from "./runs.js";

const AS_OF = "2026-11-22";
const runs = fcRuns(100);

function auditInput(input: unknown): Report | undefined {
  const parsed = parseProfile(input);
  return parsed.ok ? audit(parsed, { asOf: AS_OF }) : undefined;
}

/** The findings of one section, per rule and system: how many, and the most severe. */
function sectionFindings(report: Report, section: string): Map<string, { count: number; worst: number }> {
  const out = new Map<string, { count: number; worst: number }>();
  for (const f of report.findings.filter((x: Finding) => x.section.startsWith(`740 ILCS 14/${section}`))) {
    const key = `${f.ruleId} on ${f.systemId ?? "the organization"}`;
    const prev = out.get(key) ?? { count: 0, worst: 0 };
    out.set(key, { count: prev.count + 1, worst: Math.max(prev.worst, severityRank(f.severity)) });
  }
  return out;
}

/** "Never adds a finding": no rule fires on a system where it did not, more often, or more severely. */
function expectNoNewFindings(after: Report, before: Report, section: string): void {
  const was = sectionFindings(before, section);
  for (const [key, now] of sectionFindings(after, section)) {
    const then = was.get(key);
    expect(then, `new finding: ${key}`).toBeDefined();
    expect(now.count, `more findings: ${key}`).toBeLessThanOrEqual(then!.count);
    expect(now.worst, `more severe: ${key}`).toBeLessThanOrEqual(then!.worst);
  }
}

type SystemInput = PracticesInput["systems"][number];
const mapSystems = (input: PracticesInput, f: (s: SystemInput) => SystemInput): PracticesInput => ({ ...input, systems: input.systems.map(f) });

describe("every report validates against reportSchema", () => {
  it("any schema-valid profile audits into a Report that its own schema accepts", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const report = auditInput(input);
        expect(report).toBeDefined();
        const checked = reportSchema.safeParse(report);
        expect(checked.success ? [] : checked.error.issues).toEqual([]);
      }),
      runs,
    );
  });

  it("the schema is strict: an unexpected field is refused", () => {
    const report = auditInput(fc.sample(profileArb, { numRuns: 1, seed: 1 })[0]);
    expect(reportSchema.safeParse({ ...report, surprise: true }).success).toBe(false);
  });
});

describe("monotonic properties", () => {
  it("adding a valid written release, signed before the first capture, never adds a 15(b) finding", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const without = mapSystems(input, ({ release: _r, ...s }) => s);
        const withRelease = mapSystems(without, (s) => ({
          ...s,
          release: {
            type: "wet-signature",
            signedBy: (s.subjects ?? []).some((g) => g.population === "minors") ? "parent-or-guardian" : "subject",
            employmentCondition: false,
            date: "2007-12-31", // before every capture date the generator makes
            obtainedBeforeEachCapture: true,
            coversAllSubjects: true,
          },
        }));
        const before = auditInput(without);
        const after = auditInput(withRelease);
        expect(before && after).toBeTruthy();
        expectNoNewFindings(after!, before!, "15(b)");
      }),
      runs,
    );
  });

  it("removing a disclosure never adds a 15(d) finding", () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), fc.nat(), (input, systemPick, disclosurePick) => {
        const target = systemPick % input.systems.length;
        const disclosures = input.systems[target]!.disclosures;
        fc.pre(Array.isArray(disclosures) && disclosures.length > 0);
        const fewer = mapSystems(input, (s) =>
          s === input.systems[target] && Array.isArray(s.disclosures)
            ? { ...s, disclosures: s.disclosures.filter((_, i) => i !== disclosurePick % s.disclosures!.length) }
            : s,
        );
        expectNoNewFindings(auditInput(fewer)!, auditInput(input)!, "15(d)");
      }),
      runs,
    );
  });

  it("adding encryption (at rest, in transit, of templates) never adds a 15(e) finding", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const encrypted = mapSystems(input, (s) => ({
          ...s,
          security: { ...s.security, encryptionAtRest: true, encryptionInTransit: true, templateEncryption: true },
        }));
        expectNoNewFindings(auditInput(encrypted)!, auditInput(input)!, "15(e)");
      }),
      runs,
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

/** JSON or SARIF output with the file name and every line/column taken out: what formatting may change. */
function withoutPositions(output: string, file: string): unknown {
  return JSON.parse(output.split(file).join("<file>"), (key, value: unknown) =>
    ["line", "column", "startLine", "startColumn", "endLine", "endColumn"].includes(key) ? undefined : value,
  );
}

const FORMATS = { json: formatJson, sarif: formatSarif } as const;

describe("key order and formatting never change the output", () => {
  it("the same data in any key order gives the same JSON and SARIF bytes", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const a = auditInput(input)!;
        const b = auditInput(reverseKeys(input))!;
        for (const format of Object.values(FORMATS)) expect(format(b)).toBe(format(a));
      }),
      runs,
    );
  });

  it("YAML, compact JSON, indented JSON and reordered keys give the same JSON and SARIF, but for file names and lines", () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(0, 2, 4, "\t"), fc.boolean(), (input, indent, reorder) => {
        const data = reorder ? reverseKeys(input) : input;
        const texts = {
          "p.yaml": stringify(input),
          "q.json": JSON.stringify(data, null, indent),
          "r.yml": stringify(data, { indent: 4, flowCollectionPadding: false }),
        };
        const outputs = Object.entries(texts).map(([file, text]) => {
          const loaded = loadProfile(text, { file });
          expect(loaded.ok).toBe(true);
          const report = audit(loaded.ok ? loaded : (input as never), { asOf: AS_OF });
          return Object.values(FORMATS).map((format) => withoutPositions(format(report), file));
        });
        expect(outputs[1]).toEqual(outputs[0]);
        expect(outputs[2]).toEqual(outputs[0]);
      }),
      { ...runs, numRuns: Math.max(1, Math.round(runs.numRuns / 2)) },
    );
  });
});
