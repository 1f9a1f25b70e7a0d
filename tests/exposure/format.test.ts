import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/packs/bipa/exposure/damages.js";
import { assessInjunctionRisk } from "../../src/packs/bipa/injunction.js";
import { formatters } from "../../src/format/index.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { syncGolden } from "../../scripts/golden.js";
import { employees, employer, finding, NO_RELEASE, RELEASE_MISSING, reportWith } from "./helpers.js";

/*
 * The report formatters' exposure and injunction sections on an estimate that uses every new part of
 * its shape (point 5 and 7 of issue 10): the forum and filing date assumed, both stacking readings,
 * a bargaining-unit group counted apart, and the injunction factors' directions. Regenerate with
 * `BIPA_UPDATE=1 npx vitest run tests/exposure/format.test.ts` and review the diff.
 */
const AS_OF = "2026-11-22";

const profile = employer(
  {
    subjects: [employees(100, { unionRepresented: true, collectiveBargaining: { covered: true } }), employees(20)],
    release: NO_RELEASE,
    collection: { firstCaptureDate: "2024-09-02" },
    disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
    breaches: [{ date: "2025-01-10", exposed: ["client-list"] }],
  },
  { offshoreAffiliates: [{ name: "Example Pte.", country: "Singapore", accessToBiometricData: "unknown" }] },
);
const base = reportWith(profile, AS_OF, [
  RELEASE_MISSING(),
  finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { evidence: ["/systems/0/disclosures/0/exception"] }),
  finding("bipa/15c-profit", "740 ILCS 14/15(c)"),
]);
const report = {
  ...base,
  exposure: estimateExposure(base, profile, { forum: "illinois-state", assumedFilingDate: "2026-06-30" }),
  injunctionRisk: assessInjunctionRisk(base, profile),
};

function expectGolden(name: string, actual: string): void {
  const { status, onDisk } = syncGolden({ path: `tests/exposure/golden/${name}`, content: actual });
  if (status === "missing") expect.fail(`tests/exposure/golden/${name} is missing: run BIPA_UPDATE=1 npx vitest run tests/exposure/format.test.ts`);
  expect(actual, `differs from tests/exposure/golden/${name} (BIPA_UPDATE=1 regenerates it)`).toBe(onDisk);
}

describe("point 5 and 7: the new parts of the estimate in the report formats", () => {
  it("passes the report schema", () => {
    // The hand-made findings carry no authorities; the estimate and the injunction view are what is checked.
    const parsed = reportSchema.safeParse({ ...report, findings: [] });
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it("text matches its golden file", () => expectGolden("exposure.txt", formatters.text(report)));
  it("Markdown matches its golden file", () => expectGolden("exposure.md", formatters.markdown(report)));

  it("text shows the forum, the filing date, both stacking readings and the line counted apart", () => {
    const text = formatters.text(report);
    expect(text).toContain("Look-back from 2021-06-30 to 2026-06-30");
    expect(text).toContain("forum: Illinois state court; suit assumed filed 2026-06-30");
    // Counted, the 20 outside the unit (§1.7 removes the 100 in it for every section): 15(b) 20 + 15(d) 20 +
    // 15(c) 20. No stacking takes the largest single section (15(b), the first of three equal ones),
    // 20 × $1,000 = $20,000; stacked (20 + 20 + 20) × $5,000 = $300,000.
    expect(text).toContain("Low figure: sections not stacked (the largest single section, 15(b): $20,000 to $100,000); high figure: every section stacked ($60,000 to $300,000)");
    // Apart: 15(b) 100 + 15(d) 100 + 15(c) 100 = 300: $300,000 to $1,500,000.
    expect(text).toContain("Counted apart, not in the total (likely preempted: bargaining-unit groups under a CBA): $300,000 to $1,500,000.");
    expect(text).toMatch(/counted apart, not in the total: 740 ILCS 14\/15\(c\) \(bipa\/15c-profit\): \$100,000 to \$500,000/);
    expect(text).toMatch(/counted apart, not in the total: 740 ILCS 14\/15\(b\) \(bipa\/15b-written-release\): \$100,000 to \$500,000/);
    expect(text).toMatch(/present +argued and rejected: Offshore affiliates that hold or may reach biometric data \(Example Pte\., Singapore\)/);
    expect(text).toMatch(/present +not a factor either way: Breaches of/);
  });
});
