import { describe, expect, it } from "vitest";
import { EXIT_CODES, exitCodeFor, failingFindings, failsRun, isFailOn } from "../../src/gate/exit-code.js";
import { formatters, FORMAT_NAMES, isFormatName } from "../../src/format/index.js";
import { formatJson, toJsonEnvelope } from "../../src/format/json.js";
import { loadFormatter } from "../../src/format/load.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { citeRef, grouped, usd, usdRange } from "../../src/format/shared.js";
import { formatText } from "../../src/format/text.js";
import { acmeReport, betaReport, fixtureNotices, fixtureReports } from "./fixtures/report.js";
import { resolveReport } from "../../src/core/resolve.js";

describe("exit-code policy", () => {
  it("fails on active findings at or above --fail-on, never on suppressed ones", () => {
    expect(exitCodeFor(fixtureReports, "violation")).toBe(1);
    expect(exitCodeFor(fixtureReports, "never")).toBe(0);
    expect(exitCodeFor(betaReport, "info")).toBe(0);
    expect(failingFindings(fixtureReports, "risk").map((f) => f.ruleId)).toEqual([
      "bipa/15b-written-release",
      "bipa/15d-disclosure",
      "bipa/offshore-affiliates",
    ]);
    expect(failingFindings(fixtureReports, "info")).toHaveLength(4);
    // The waived violation in acmeReport.suppressed does not count.
    const onlyWaived = { ...acmeReport, findings: [] };
    expect(exitCodeFor(onlyWaived, "info")).toBe(0);
  });

  it("orders severities and validates --fail-on", () => {
    expect(failsRun({ severity: "risk" }, "violation")).toBe(false);
    expect(failsRun({ severity: "violation" }, "risk")).toBe(true);
    expect(failsRun({ severity: "info" }, "never")).toBe(false);
    expect(isFailOn("never")).toBe(true);
    expect(isFailOn("error")).toBe(false);
    expect(EXIT_CODES).toEqual({ clean: 0, findings: 1, unusable: 2, internal: 3 });
  });
});

describe("format registry", () => {
  it("lists every format, eagerly and lazily, as the same functions", async () => {
    expect(FORMAT_NAMES).toEqual(["text", "json", "sarif", "junit", "markdown", "html", "github", "gitlab"]);
    for (const name of FORMAT_NAMES) {
      expect(isFormatName(name)).toBe(true);
      expect(await loadFormatter(name)).toBe(formatters[name]);
    }
    expect(isFormatName("pdf")).toBe(false);
  });

  it("every formatter is pure: same input, same bytes, input untouched; one report or a list", () => {
    const before = JSON.stringify(fixtureReports);
    for (const name of FORMAT_NAMES) {
      const f = formatters[name];
      expect(f(fixtureReports, { notices: fixtureNotices })).toBe(f(fixtureReports, { notices: fixtureNotices }));
      expect(f(acmeReport)).toBe(f([acmeReport]));
    }
    expect(JSON.stringify(fixtureReports)).toBe(before);
  });
});

describe("JSON", () => {
  it("is one envelope with the reports, totals, notices and exit code", () => {
    const parsed = JSON.parse(formatJson(fixtureReports, { failOn: "risk", exitCode: 1, notices: fixtureNotices }));
    expect(parsed).toEqual(toJsonEnvelope(fixtureReports, { failOn: "risk", exitCode: 1, notices: fixtureNotices }));
    expect(Object.keys(parsed)).toEqual(["reportVersion", "tool", "asOf", "failOn", "exitCode", "summary", "notices", "reports"]);
    expect(parsed.summary).toEqual({
      files: 2,
      systems: 3,
      systemsInScope: 2,
      violation: 1,
      risk: 2,
      info: 1,
      waived: 1,
      baselined: 1,
      failing: 3,
    });
    expect(parsed.reports).toEqual(fixtureReports);
  });

  it("omits asOf when the reports disagree, and the exit code when not given", () => {
    const other = { ...betaReport, asOf: "2025-01-01" };
    const env = toJsonEnvelope([acmeReport, other]);
    expect(env).not.toHaveProperty("asOf");
    expect(env).not.toHaveProperty("exitCode");
  });
});

describe("text", () => {
  it("has no ANSI codes unless colour is asked for", () => {
    expect(formatText(fixtureReports)).not.toContain("\u001b[");
    expect(formatText(fixtureReports, { color: true })).toContain("\u001b[31m");
  });

  it("prints file:line:column, severity, rule, section, message and remedies", () => {
    const text = formatText(acmeReport);
    expect(text).toContain("profiles/acme.yaml:21:7  violation  bipa/15b-written-release  740 ILCS 14/15(b)(3)");
    expect(text).toContain("Remedies: Obtain a written or electronically signed release;");
    expect(text).toMatch(/Summary: 1 file · 2 systems \(1 in scope\) · 1 violation, 2 risks, 1 info · 1 waived, 1 baselined · FAIL/);
  });

  it("groups every count in the summary by thousands, info and systems in scope included", () => {
    // 113322 info findings once printed as "113322 info" beside "283,594 violations".
    const big = { ...acmeReport, summary: { ...acmeReport.summary, systems: 100_000, systemsInScope: 86_936, violation: 283_594, risk: 563_280, info: 113_322 } };
    const text = formatText(big);
    expect(text).toContain("100,000 systems (86,936 in scope) · 283,594 violations, 563,280 risks, 113,322 info");
    expect(text).not.toMatch(/\b\d{4,} (info|of)\b/);
    expect(formatMarkdown(big)).not.toMatch(/\b\d{4,} (info|of)\b/);
  });

  it("says pass, or report only, in the summary", () => {
    expect(formatText(betaReport)).toContain("pass: nothing at or above violation");
    expect(formatText(acmeReport, { failOn: "never" })).toContain("report only (--fail-on never)");
  });
});

describe("markdown", () => {
  it("escapes what would break a table or render as HTML", () => {
    const md = formatMarkdown(acmeReport);
    expect(md).toContain("Acme Fitness \\& Spa \\<Illinois\\>");
    expect(md).toContain("list each recipient \\| or \\[\\] if none");
    expect(md).not.toMatch(/<face>/);
  });

  it("states the verdict first", () => {
    expect(formatMarkdown(acmeReport).split("\n")[2]).toBe("**❌ Fails:** 1 finding at or above `violation` (`--fail-on violation`).");
    expect(formatMarkdown(betaReport).split("\n")[2]).toBe("**✅ Passes:** no finding at or above `violation` (`--fail-on violation`).");
  });
});

describe("shared helpers", () => {
  it("formats money and counts without the locale", () => {
    expect(usd(1234567.4)).toBe("$1,234,567");
    expect(usd(0)).toBe("$0");
    expect(usdRange({ low: 1000, high: 1000 })).toBe("$1,000");
    expect(grouped(1200)).toBe("1,200");
  });

  it("cites cases without repeating a court the docket already names, and labels unverified ones", () => {
    expect(citeRef(resolveReport(acmeReport).suppressed[0]!.authorities[1]!)).toBe(
      "ACLU v. Clearview AI, Inc. (consent order), No. 2020CH04353 (Cir. Ct. Cook County) (2022)",
    );
    expect(citeRef(resolveReport(acmeReport).findings[1]!.authorities[1]!)).toBe("Example v. Unverified, No. 00-cv-0000 (7th Cir. 2026) [UNVERIFIED]");
  });
});
