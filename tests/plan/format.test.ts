import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile } from "../../src/practices/load.js";
import { plan, type PlanOptions } from "../../src/plan/plan.js";
import { formatPlanJson, formatPlanMarkdown, formatPlanText, PLAN_CLOSING, planFormatters } from "../../src/plan/format/index.js";
import type { RemediationPlan } from "../../src/plan/types.js";
import { ROOT, syncGolden } from "../../scripts/golden.js";
import { CLEARVIEW_2021_MEASURES } from "./clearview-like.js";

/*
 * Golden files pin every byte of the plan's text, Markdown and JSON for two examples. After a
 * deliberate change (or another engineer's rewording of findings), regenerate them with
 * `BIPA_UPDATE=1 npx vitest run tests/plan/format.test.ts` and review the diff.
 */

const AS_OF = "2026-11-22"; // the examples' fixed evaluation date

function examplePlan(name: string, options: PlanOptions = {}): { plan: RemediationPlan; file: string } {
  const file = `examples/${name}.yaml`;
  const loaded = loadProfile(readFileSync(join(ROOT, file), "utf8"), { file });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { plan: plan(audit(loaded, { asOf: AS_OF }), loaded.profile, options), file };
}

function expectGolden(name: string, actual: string): void {
  const { status, onDisk } = syncGolden({ path: `tests/plan/golden/${name}`, content: actual });
  if (status === "missing") expect.fail(`tests/plan/golden/${name} is missing: run BIPA_UPDATE=1 npx vitest run tests/plan/format.test.ts`);
  expect(actual, `differs from tests/plan/golden/${name} (BIPA_UPDATE=1 regenerates it)`).toBe(onDisk);
}

const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, "");

describe("plan for examples/clearview-2020.yaml with the 2021 measures applied", () => {
  const { plan: result, file } = examplePlan("clearview-2020", { apply: CLEARVIEW_2021_MEASURES });
  const text = formatPlanText(result, { file });
  const markdown = formatPlanMarkdown(result, { file });

  it("text matches its golden file", () => expectGolden("clearview-2020.apply-2021.txt", text));
  it("Markdown matches its golden file", () => expectGolden("clearview-2020.apply-2021.md", markdown));

  it("text: the accrued exposure apart, then the measures in order with rank, effect, systems, the findings by rule id, and what each avoids going forward", () => {
    expect(text).toContain(`remediation plan for ${file} as of ${AS_OF}`);
    expect(text).toContain("Exposure already accrued (Sec. 20 estimate, unchanged by any measure): $200,000,000 to $4,846,995,000");
    expect(text).toContain("Going forward: new claims each measure avoids over 1 year (2026-11-23 to 2027-11-22) (default horizon)");
    expect(text).toMatch(/^ {3}1\. Obtain consent before each disclosure \(obtain-disclosure-consent\)$/m);
    // After 2 Aug 2024 the people already counted have their one recovery per recipient: nothing new to avoid but new enrollees.
    expect(text).toMatch(/cures · systems: face-search · new claims avoided going forward, applied alone: \$0; each Illinois person newly enrolled would add \$1,000 to \$5,000/);
    expect(text).toMatch(/cures +violation +bipa\/15d-disclosure \(face-search, 2 findings\): /);
    expect(text).toMatch(/Encrypt stored templates and vectors \(encrypt-templates-and-vectors\)\n +mitigates · systems: face-search · new claims avoided going forward, applied alone: \$0\n +resolves +risk +bipa\/15e-encryption/);
    expect(text).toContain("Not modeled: only the company can supply the facts the profile leaves unknown.");
    expect(text).not.toMatch(/remov/i);
  });

  it("text: the what-if says every 2021 measure only mitigates, cures nothing, leaves the exposure and lowers the injunction risk", () => {
    const whatIf = text.slice(text.indexOf("What-if:"));
    expect(whatIf).toContain("What-if: 6 measures applied together, profile re-audited as of 2026-11-22");
    for (const id of CLEARVIEW_2021_MEASURES) expect(whatIf).toMatch(new RegExp(`mitigates  .*\\(${id}\\): cures 0, resolves \\d, mitigates`));
    expect(whatIf).not.toMatch(/^ +cured /m);
    expect(whatIf).toMatch(/resolved +risk +bipa\/15e-encryption \(face-search\): .*; answered by encrypt-templates-and-vectors/);
    expect(whatIf).toMatch(/unchanged +violation +bipa\/15b-written-release \(face-search\)/);
    expect(whatIf).toMatch(/Brought to light \(2\)\n +risk +bipa\/geofencing-gaps \(face-search, 2 findings\)/);
    expect(whatIf).toContain("Findings: 8 violations, 5 risks, 4 info → 8 violations, 6 risks, 4 info");
    expect(whatIf).toContain("Exposure already accrued (Sec. 20 estimate): $200,000,000 to $4,846,995,000, unchanged by the measures");
    expect(whatIf).toContain("New claims over 1 year (2026-11-23 to 2027-11-22): $0 with the practice unchanged → $0 with the measures; avoided: $0");
    expect(whatIf).toContain("Injunction risk: elevated → low");
  });

  it("Markdown: a measures table, a before/after table and an outcome table fit for a PR comment", () => {
    expect(markdown).toContain(
      "| # | Measure | Effect | Systems | Violations it cures | Risks it resolves | Findings it only mitigates | New claims avoided going forward (applied alone) |",
    );
    // Consent cures the two recipients' 15(d) violations, and brings to light four risks: for each
    // recipient, the consent's own timing, and (§1.3 15(d)(1)) that the people in scraped images, whom
    // the entity has no relationship with, cannot be shown to have consented: 2 + 2 = 4.
    expect(markdown).toContain(
      "| 1 | Obtain consent before each disclosure (`obtain-disclosure-consent`) | cures | `face-search` | `bipa/15d-disclosure` (`face-search`, 2 findings) | none | none | $0; each Illinois person newly enrolled would add \\$1,000 to \\$5,000 with the practice unchanged; brings to light `bipa/15d-disclosure` (`face-search`, 4 findings) |",
    );
    expect(markdown).toContain("| Exposure already accrued (Sec. 20 estimate) | $200,000,000 to $4,846,995,000 | $200,000,000 to $4,846,995,000 (unchanged) |");
    expect(markdown).toContain("| Injunction risk | elevated | low |");
    expect(markdown).toContain("| resolved | risk | `bipa/15e-encryption` | `face-search` | 1 | `encrypt-templates-and-vectors` |");
    expect(markdown).toMatch(/\| Encrypt stored templates and vectors \(`encrypt-templates-and-vectors`\) \| mitigates \| 0 \| 1 \| 0 \|/);
    expect(markdown).not.toMatch(/remov/i);
  });

  it("both end with the plain statement: an assessment aid, and no measure changes the accrued exposure", () => {
    expect(PLAN_CLOSING).toMatch(/^bipa-check is an assessment aid, not legal advice\. No measure changes the exposure already accrued: cures work forward only/);
    expect(text.trimEnd().endsWith(PLAN_CLOSING)).toBe(true);
    expect(markdown.trimEnd()).toMatch(/No measure changes the exposure already accrued: .* Confirm any plan with counsel before acting\._$/);
  });

  it("JSON is the plan object itself, two-space indented, with a trailing newline", () => {
    const json = formatPlanJson(result);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(json).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(["label", "asOf", "accruedUsd", "horizon", "steps", "whatIf", "measures", "notes"]);
  });

  it("is deterministic: a second plan renders the same bytes in every format", () => {
    const again = examplePlan("clearview-2020", { apply: CLEARVIEW_2021_MEASURES }).plan;
    for (const format of ["text", "json", "markdown"] as const) {
      expect(planFormatters[format](again, { file })).toBe(planFormatters[format](result, { file }));
    }
  });

  it("colours text only when asked, and colour changes nothing but the escapes", () => {
    expect(text).not.toContain("\u001b[");
    const coloured = formatPlanText(result, { file, color: true });
    expect(coloured).toContain("\u001b[32mcures");
    expect(coloured).toContain("\u001b[33mmitigates");
    expect(stripAnsi(coloured)).toBe(text);
  });
});

describe("plan for a clean example (examples/compliant-employer.yaml)", () => {
  const { plan: result, file } = examplePlan("compliant-employer");
  const { plan: withWhatIf } = examplePlan("compliant-employer", { apply: "cures" });

  it("text matches its golden file", () => expectGolden("compliant-employer.txt", formatPlanText(result, { file })));
  it("Markdown matches its golden file", () => expectGolden("compliant-employer.md", formatPlanMarkdown(result, { file })));
  it("JSON matches its golden file", () => expectGolden("compliant-employer.json", formatPlanJson(result)));
  it("Markdown with an empty what-if matches its golden file", () =>
    expectGolden("compliant-employer.apply-cures.md", formatPlanMarkdown(withWhatIf, { file })));

  it("says there is nothing to remedy, and still ends with the statement", () => {
    const text = formatPlanText(result, { file });
    expect(text).toContain("Exposure already accrued (Sec. 20 estimate, unchanged by any measure): $0");
    expect(text).toContain("No measures: the report has no violation or risk to remedy.");
    expect(text).not.toContain("What-if");
    expect(text.trimEnd().endsWith(PLAN_CLOSING)).toBe(true);
    const md = formatPlanMarkdown(withWhatIf, { file });
    expect(md).toContain("What-if: 0 measures applied together");
    expect(md).toContain("No violation or risk before the measures.");
  });

  it("names <input> when no file is given", () => {
    expect(formatPlanText(result)).toContain("remediation plan for <input> as of");
    expect(formatPlanMarkdown(result)).toContain("remediation plan for `<input>` as of");
  });
});
