import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/exposure/damages.js";
import { formatCount, formatUsd } from "../../src/exposure/words.js";
import { employer, RELEASE_MISSING, reportWith } from "./helpers.js";

const page = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs/exposure.md"), "utf8");
const AS_OF = "2026-11-22";

/** The worked examples in docs/exposure.md, recomputed: the page must show what the code computes. */
describe("docs/exposure.md worked examples", () => {
  it("match the White Castle-like employer", () => {
    const profile = employer({
      subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
    });
    const report = reportWith(profile, AS_OF, [RELEASE_MISSING()]);
    for (const assumption of [false, true, "unknown"] as const) {
      const { totalUsd, systems } = estimateExposure(report, profile, { amendmentAppliesToPendingClaims: assumption });
      const v = systems[0]!.lines[0]!.violations;
      const count = v.low === v.high ? formatCount(v.low) : `${formatCount(v.low)} – ${formatCount(v.high)}`;
      expect(page).toContain(`| ${count} | ${formatUsd(totalUsd.low)} | ${formatUsd(totalUsd.high)} |`);
    }
  });

  it("match the BNSF-like gate", () => {
    const profile = employer({
      subjects: [{ population: "drivers", count: 45_600, illinoisCount: 45_600, unionRepresented: false, relationship: "direct" }],
      collection: { methods: ["gate-terminal"], firstCaptureDate: "2024-09-03", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 50 },
    });
    const { totalUsd } = estimateExposure(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(page).toContain(`**${formatUsd(totalUsd.low)}**`);
    expect(page).toContain(`**${formatUsd(totalUsd.high)}**`);
    expect(totalUsd.high).toBe(228_000_000);
  });

  it("carries the disclaimer", () => {
    expect(page).toContain("**Estimate, not legal advice.**");
  });
});
