import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile } from "../../src/practices/load.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { NOTHING_IN_SCOPE } from "../../src/format/shared.js";
import { formatText } from "../../src/format/text.js";

/** A report whose only system is outside BIPA (the Mosby hospital cabinet): exposure and injunction views say so briefly. */
function outOfScopeReport() {
  const file = "examples/hospital-medication-cabinet.yaml";
  const loaded = loadProfile(readFileSync(file, "utf8"), { file });
  if (!loaded.ok) throw new Error("example does not load");
  return audit(loaded, { asOf: "2026-11-22" });
}

describe("a report with nothing in scope", () => {
  const report = outOfScopeReport();

  it("is what the formatters are given: no system in scope, a $0 estimate, no injunction factors", () => {
    expect(report.summary.systemsInScope).toBe(0);
    expect(report.exposure?.totalUsd).toEqual({ low: 0, high: 0 });
    expect(report.injunctionRisk?.factors).toEqual([]);
  });

  it("text: one exposure line and a not-applicable injunction view, without the method's caveats", () => {
    const text = formatText(report, { color: false });
    expect(text).toContain(`  Exposure (Sec. 20 estimate): ${NOTHING_IN_SCOPE}\n`);
    expect(text).toContain("Not applicable: no system is shown to be in scope");
    expect(text).not.toContain("Look-back from");
    expect(text).not.toContain("toward irreparable harm");
  });

  it("markdown: the same, as a heading", () => {
    const markdown = formatMarkdown(report, {});
    expect(markdown).toContain(`#### Exposure (Sec. 20 estimate): ${NOTHING_IN_SCOPE}`);
    expect(markdown).toContain("Not applicable: no system is shown to be in scope");
    expect(markdown).not.toContain("Look-back");
  });
});
