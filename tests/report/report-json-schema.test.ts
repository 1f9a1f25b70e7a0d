import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { auditExample, exampleNames } from "../../scripts/examples.js";
import { formatJson } from "../../src/format/json.js";
import { reportJsonSchema } from "../../src/format/report-json-schema.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { ROOT } from "../cli/helpers/cli.js";
import { fixtureNotices, fixtureReports } from "./fixtures/report.js";

/*
 * Report version 3 (issue 12): the JSON Schema of the JSON output, shipped as docs/report.schema.json,
 * accepts what the JSON format prints and refuses the version 2 shape; the zod schema also refuses a
 * reference the report does not list (which a JSON Schema cannot express).
 */

const schema = reportJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe("the JSON Schema of the JSON output", () => {
  it("is the file the package ships (regenerate with npm run docs)", () => {
    expect(readFileSync(join(ROOT, "docs", "report.schema.json"), "utf8")).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it("has no $id or link to a home the project does not have", () => {
    expect(schema).not.toHaveProperty("$id");
    expect(JSON.stringify(schema)).not.toMatch(/https?:\/\/(?!json-schema\.org\/)/);
  });

  it.each(exampleNames())("accepts the JSON output of the %s example", (name) => {
    expect(errorsOf(JSON.parse(formatJson(auditExample(name))))).toEqual([]);
  });

  it("accepts several reports with waived, baselined and organization findings, and notices", () => {
    expect(errorsOf(JSON.parse(formatJson(fixtureReports, { notices: fixtureNotices, exitCode: 1 })))).toEqual([]);
  });

  it("refuses a finding in the version 2 shape (copied title, authorities, system name and location)", () => {
    const json = JSON.parse(formatJson(auditExample("clearview-2020")));
    const report = json.reports[0];
    const f = report.findings[0];
    report.findings[0] = { ...f, title: "copied", authorities: [report.authorities[0]], systemName: "copied", location: { pointer: f.evidence[0].pointer } };
    expect(errorsOf(json).join("\n")).toMatch(/must NOT have additional properties/);
    json.reportVersion = 2;
    expect(errorsOf(json).join("\n")).toMatch(/\/reportVersion must be equal to constant/);
  });
});

describe("reportSchema (zod) checks that every reference resolves", () => {
  const report = auditExample("clearview-2020");

  it("accepts every example's report", () => {
    for (const name of exampleNames()) expect(reportSchema.safeParse(auditExample(name)).success, name).toBe(true);
  });

  it("names the finding whose rule, system or remedy is not listed, and the rule whose authority is not", () => {
    const broken = structuredClone(report);
    broken.findings[0]!.ruleId = "bipa/not-a-rule";
    broken.findings[1]!.systemId = "no-such-system";
    broken.findings[2]!.remedies = ["no-such-remedy"];
    broken.rules[0]!.authorities = ["no-such-authority"];
    const result = reportSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join("/")}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'rules/0/authorities/0: authority "no-such-authority" is not listed in the report',
        'findings/0/ruleId: rule "bipa/not-a-rule" is not listed in the report',
        'findings/1/systemId: system "no-such-system" is not listed in the report',
        'findings/2/remedies/0: remedy "no-such-remedy" is not listed in the report',
      ]),
    );
  });

  it("lists each rule, authority, remedy and system once", () => {
    for (const key of ["rules", "authorities", "remedies", "systems"] as const) {
      const ids = report[key].map((x) => x.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
    // Every rule listed is named by a finding (active or suppressed): nothing listed for nothing.
    const named = new Set([...report.findings, ...report.suppressed].map((f) => f.ruleId));
    expect(report.rules.map((r) => r.id).every((id) => named.has(id))).toBe(true);
  });
});
