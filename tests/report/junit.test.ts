import { describe, expect, it } from "vitest";
import { formatJunit, junitLines } from "../../src/format/junit.js";
import { acmeReport, fixtureReports } from "./fixtures/report.js";
import { findAll, parseXml } from "./helpers/xml.js";

describe("JUnit XML", () => {
  const xml = formatJunit(fixtureReports, { failOn: "violation" });
  const root = parseXml(xml);

  it("is well-formed, with a testsuite per profile and a testcase per rule and system", () => {
    expect(root.name).toBe("testsuites");
    const suites = findAll(root, "testsuite");
    expect(suites.map((s) => s.attrs.name)).toEqual(["profiles/acme.yaml [bipa]", "profiles/beta co/timeclock.json [bipa]"]);
    const names = findAll(suites[0]!, "testcase").map((c) => c.attrs.name);
    expect(names).toContain("bipa/15b-written-release [gym-entry]");
    expect(names).toContain("bipa/15a-public-policy [gym-entry]"); // passed rules are passing cases
    expect(names).toContain("bipa/offshore-affiliates [(organization)]");
    expect(new Set(names).size).toBe(names.length);
  });

  it("makes findings at or above --fail-on failures, with message and section, and counts them", () => {
    const failures = findAll(root, "failure");
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attrs.message).toBe(`740 ILCS 14/15(b)(3): ${acmeReport.findings[0]!.message}`);
    expect(failures[0]!.attrs.type).toBe("violation");
    expect(failures[0]!.text).toContain("Remedies: Obtain a written or electronically signed release");
    expect(root.attrs).toMatchObject({ tests: "10", failures: "1", errors: "0", skipped: "2" });
  });

  it("round-trips escaped text exactly", () => {
    const suite = findAll(root, "testsuite")[0]!;
    const org = findAll(suite, "property").find((p) => p.attrs.name === "organization");
    expect(org?.attrs.value).toBe("Acme Fitness & Spa <Illinois>");
  });

  it("skips rule cases that only have waived or baselined findings", () => {
    const skipped = findAll(root, "testcase").filter((c) => c.children.some((ch) => ch.name === "skipped"));
    expect(skipped.map((c) => c.attrs.name)).toEqual(["bipa/15c-profit [gym-entry]", "bipa/15e-encryption [gym-entry]"]);
  });

  it("follows --fail-on: risk turns risks into failures, never fails nothing", () => {
    expect(findAll(parseXml(formatJunit(fixtureReports, { failOn: "risk" })), "failure")).toHaveLength(3);
    expect(findAll(parseXml(formatJunit(fixtureReports, { failOn: "never" })), "failure")).toHaveLength(0);
  });

  it("shows controls and bidi overrides visibly, as the text format does, and escapes line breaks in attributes", () => {
    const nasty = structuredClone(acmeReport);
    nasty.findings[0]!.message = "bell\u0007 \u001b[8mhidden and\nnewline & <tag> \"q\" 'a' \uD800 lone surrogate \u202ekcolc";
    nasty.organization.name = "Acme \u202eamsi\u202c";
    const xml = formatJunit(nasty);
    expect(xml).not.toMatch(/[\u001b\u202a-\u202e]/);
    const doc = parseXml(xml);
    const failure = findAll(doc, "failure")[0]!;
    expect(failure.attrs.message).toBe("740 ILCS 14/15(b)(3): bell\\x07 \\x1B[8mhidden and\nnewline & <tag> \"q\" 'a' \uFFFD lone surrogate \\u{202E}kcolc");
    expect(failure.text).toContain("\\u{202E}kcolc");
    const org = findAll(doc, "property").find((p) => p.attrs.name === "organization");
    expect(org?.attrs.value).toBe("Acme \\u{202E}amsi\\u{202C}");
  });

  it("gives each testcase and property a piece of its own, so no piece grows with the estate", () => {
    // At 100,000 systems the BIPA suite as one string was longer than V8 allows ("Invalid string
    // length", exit 3); the pieces joined with newlines are still the same bytes.
    const lines = junitLines(fixtureReports, { failOn: "violation" });
    expect(lines.join("\n")).toBe(formatJunit(fixtureReports, { failOn: "violation" }));
    const casesIn = (line: string) => line.split("<testcase ").length - 1;
    const propertiesIn = (line: string) => line.split("<property ").length - 1;
    expect(lines.every((line) => casesIn(line) <= 1 && propertiesIn(line) <= 1)).toBe(true);
    expect(lines.filter((line) => casesIn(line) === 1)).toHaveLength(10);
  });
});

describe("the test XML reader", () => {
  it("rejects what is not well-formed", () => {
    for (const bad of ["<a>", "<a></b>", '<a x="1" x="2"/>', "<a>&</a>", "<a>&nope;</a>", "<a b=1/>", "<a/><b/>", '<a x="<"/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&amp;&#10;">t&lt;<b/></a>\n')).toMatchObject({
      name: "a",
      attrs: { x: "&\n" },
      text: "t<",
    });
  });

});
