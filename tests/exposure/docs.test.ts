import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/packs/bipa/exposure/damages.js";
import { formatCount, formatUsd } from "../../src/packs/bipa/exposure/words.js";
import { employees, employer, finding, NO_RELEASE, RELEASE_MISSING, reportWith } from "./helpers.js";

const page = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs/exposure.md"), "utf8");
const AS_OF = "2026-11-22";

/** The page's row for one assumption: violations, low and high, as the code computes them. */
function expectRows(profile: ReturnType<typeof employer>, findings: Parameters<typeof reportWith>[2]) {
  const report = reportWith(profile, AS_OF, findings);
  for (const assumption of [false, true, "unknown"] as const) {
    const { totalUsd, systems } = estimateExposure(report, profile, { amendmentAppliesToPendingClaims: assumption });
    const v = systems[0]!.lines[0]!.violations;
    const count = v.low === v.high ? formatCount(v.low) : `${formatCount(v.low)} – ${formatCount(v.high)}`;
    expect(page).toContain(`| ${count} | ${formatUsd(totalUsd.low)} | ${formatUsd(totalUsd.high)} |`);
  }
}

/** The worked examples in docs/exposure.md, recomputed: the page must show what the code computes. */
describe("docs/exposure.md worked examples", () => {
  it("match the White Castle-like employer", () => {
    const profile = employer({
      subjects: [employees(100)],
      release: NO_RELEASE,
      collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
    });
    expectRows(profile, [RELEASE_MISSING()]);
  });

  it("match the employees who signed late (point 5 of issue 10)", () => {
    const profile = employer({
      subjects: [employees(240, { release: { status: "after-first-capture", date: "2023-03-01" } })],
      collection: { methods: ["timeclock"], firstCaptureDate: "2022-03-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 500 },
    });
    expectRows(profile, [finding("bipa/15b-release-timing", "740 ILCS 14/15(b)")]);
  });

  it("match the BNSF-like gate", () => {
    const profile = employer({
      subjects: [{ population: "drivers", count: 45_600, illinoisCount: 45_600, relationship: "direct" }],
      release: NO_RELEASE,
      collection: { methods: ["gate-terminal"], firstCaptureDate: "2024-09-03", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 50 },
    });
    const { totalUsd } = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(page).toContain(`**${formatUsd(totalUsd.low)}**`);
    expect(page).toContain(`**${formatUsd(totalUsd.high)}**`);
    expect(totalUsd.high).toBe(228_000_000);
  });

  it("match the stacking example", () => {
    const profile = employer({
      subjects: [employees(100)],
      release: NO_RELEASE,
      collection: { firstCaptureDate: "2024-09-02" },
      disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
    });
    const report = reportWith(profile, AS_OF, [RELEASE_MISSING(), finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { evidence: ["/systems/0/disclosures/0/exception"] })]);
    const { totalUsd } = estimateExposure(report, profile);
    expect(page).toContain(`100 × $1,000 = **${formatUsd(totalUsd.low)}**`);
    expect(page).toContain(`(100 + 100) × $5,000 = **${formatUsd(totalUsd.high)}**`);
  });

  it("carries the disclaimer", () => {
    expect(page).toContain("**Estimate, not legal advice.**");
  });
});
