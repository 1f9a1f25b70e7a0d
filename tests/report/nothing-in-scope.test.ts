import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile } from "../../src/practices/load.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { NOTHING_IN_SCOPE } from "../../src/format/shared.js";
import { formatHtml } from "../../src/format/html/index.js";
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

/**
 * §2.1, §5.1: whether BIPA reaches a system can turn on facts the profile leaves open (here the
 * Illinois share of 100,000 app users, with processing outside Illinois). $0 is then what the stated
 * facts count, not a finding that nothing is owed, and every format says so.
 */
describe("a report whose only system's scope is unknown", () => {
  const loaded = loadProfile(
    JSON.stringify({
      version: 1,
      organization: { name: "OutCo", entityType: "private-entity" },
      systems: [
        {
          id: "v",
          name: "Voice login",
          modalities: ["voiceprint"],
          subjects: [{ population: "users", count: 100_000 }],
          illinoisNexus: { processingInIllinois: false },
          notice: { inWriting: false },
          release: { type: "none" },
          collection: { methods: ["mobile-app"], firstCaptureDate: "2025-01-06", lastCaptureDate: "ongoing" },
        },
      ],
    }),
    { file: "outco.json" },
  );
  if (!loaded.ok) throw new Error("profile does not load");
  const report = audit(loaded, { asOf: "2026-11-22" });

  it("has its scope open, not excluded", () => {
    expect(report.applicability.map((a) => a.status)).toEqual(["unknown"]);
    expect(report.summary.systemsInScope).toBe(0);
  });

  it("says $0 is counted but not established, in text, Markdown and HTML", () => {
    const words = "$0 counted, not established: whether BIPA reaches the system is unknown, and its findings are counted only once";
    expect(formatText(report, { color: false })).toContain(`  Exposure (Sec. 20 estimate): ${words}`);
    expect(formatMarkdown(report, {})).toContain(`#### Exposure (Sec. 20 estimate): ${words}`);
    expect(formatHtml(report, {})).toContain(words);
    expect(formatText(report, { color: false })).not.toContain(NOTHING_IN_SCOPE);
  });

  it("the injunction view says it is not established, not that BIPA gives no ground", () => {
    expect(report.injunctionRisk?.summary).toContain("Not established: no system is shown to be in scope, but whether BIPA reaches one or more of them is unknown");
    expect(formatText(report, { color: false })).not.toContain("BIPA gives no ground for an injunction");
  });
});
