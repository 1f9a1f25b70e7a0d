import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { audit } from "../../../src/audit.js";
import { loadProfile, parseProfile } from "../../../src/practices/load.js";
import type { Practices } from "../../../src/practices/schema.js";
import { plan } from "../../../src/plan/plan.js";
import { formatHtml } from "../../../src/format/html/index.js";
import { barWidth, scaleX } from "../../../src/format/html/chart.js";
import { compareSections, sectionBars, systemBars } from "../../../src/format/html/model.js";
import { STYLE } from "../../../src/format/html/style.js";
import { DISCLAIMER, type Report } from "../../../src/report/types.js";
import { compliantProfile } from "../../../src/packs/bipa/compliant-profile.js";
import { ROOT, syncGolden } from "../../../scripts/golden.js";
import { fixtureNotices, fixtureReports, fixtureRules } from "../fixtures/report.js";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

const AS_OF = "2026-11-22";

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ("tagName" in n) out.push(n);
    for (const k of "childNodes" in n ? n.childNodes : []) walk(k);
  };
  walk(root);
  return out;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, c: string) => (attr(e, "class") ?? "").split(" ").includes(c);
function textOf(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in n ? n.childNodes.map(textOf).join("") : "";
}

function expectGolden(name: string, actual: string): void {
  const path = `tests/report/html/golden/${name}`;
  const { status, onDisk } = syncGolden({ path, content: actual });
  if (status === "missing") expect.fail(`${path} is missing: run BIPA_UPDATE=1 npx vitest run tests/report/html`);
  expect(actual, `differs from ${path} (BIPA_UPDATE=1 regenerates it)`).toBe(onDisk);
}

function auditExample(name: string): { report: Report; profile: Practices } {
  const file = `examples/${name}.yaml`;
  const loaded = loadProfile(readFileSync(join(ROOT, file), "utf8"), { file });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { report: audit(loaded, { asOf: AS_OF }), profile: loaded.profile };
}

/** The page's safety properties, for any input: no script, no handler, no resource, only in-page links. */
function expectInert(doc: Node): void {
  const all = elements(doc);
  const tags = new Set(all.map((e) => e.tagName));
  for (const banned of ["script", "img", "iframe", "object", "embed", "link", "form", "input", "base", "video", "audio", "image", "use", "foreignObject"]) {
    expect(tags.has(banned), `<${banned}> in the page`).toBe(false);
  }
  for (const e of all) {
    for (const a of e.attrs) {
      expect(a.name.startsWith("on"), `${e.tagName} has ${a.name}`).toBe(false);
      if (a.name === "href") expect(a.value, "links stay in the page").toMatch(/^#[\w-]+$/);
      expect(["src", "srcset", "xlink:href", "action", "formaction", "style"]).not.toContain(a.name);
    }
  }
  const styles = all.filter((e) => e.tagName === "style");
  expect(styles).toHaveLength(1);
}

describe("HTML report: golden files", () => {
  it("the fixture reports (every branch: out of scope, organization-wide, waived, baselined, notices), without a plan", () => {
    expectGolden("report.html", formatHtml(fixtureReports, { failOn: "violation", notices: fixtureNotices, rules: fixtureRules }));
  });

  it("the Clearview 2020 example with its plan", () => {
    const { report, profile } = auditExample("clearview-2020");
    expectGolden("clearview-2020.html", formatHtml(report, { plans: [plan(report, profile)] }));
  });
});

describe("HTML report: structure", () => {
  const { report, profile } = auditExample("clearview-2020");
  const thePlan = plan(report, profile);
  const out = formatHtml(report, { plans: [thePlan] });
  const doc = parse(out);
  const all = elements(doc);

  it("is deterministic and leaves its input untouched", () => {
    const before = JSON.stringify(report);
    expect(formatHtml(report, { plans: [thePlan] })).toBe(out);
    expect(JSON.stringify(report)).toBe(before);
  });

  it("is inert: no script, no event handler, no external resource, and a CSP that forbids them, with the style sheet's hash", () => {
    expectInert(doc);
    const csp = all.find((e) => e.tagName === "meta" && attr(e, "http-equiv") === "Content-Security-Policy");
    const hash = createHash("sha256").update(STYLE).digest("base64");
    expect(attr(csp!, "content")).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(textOf(all.find((e) => e.tagName === "style")!)).toBe(STYLE);
  });

  it("has the counsel's first page, then the laws that apply, exposure, findings, plan and notes", () => {
    expect(all.filter((e) => e.tagName === "h1").map(textOf)).toEqual(["BIPA (740 ILCS 14) assessment: Clearview AI, Inc."]);
    expect(all.filter((e) => e.tagName === "h2").map(textOf)).toEqual([
      "Summary for counsel",
      "Which laws apply",
      "Exposure (Sec. 20 estimate)",
      "Findings by section",
      "Remediation plan",
      "Assumptions and notes",
    ]);
    expect(["main", "header", "footer", "nav"].every((t) => all.some((e) => e.tagName === t))).toBe(true);
  });

  it("has one row per finding, with its fingerprint, grouped under sections in statute order", () => {
    const rows = all.filter((e) => e.tagName === "tr" && hasClass(e, "finding"));
    expect(rows.map((r) => attr(r, "data-fingerprint")).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    const sections = all.filter((e) => e.tagName === "h3" && (attr(e, "id") ?? "").startsWith("r-s")).map((e) => textOf(e).replace(/ \(\d+ findings?\)$/, ""));
    expect(sections).toEqual([...new Set(report.findings.map((f) => f.section))].sort(compareSections));
    expect(sections.indexOf("740 ILCS 14/15(a)")).toBeLessThan(sections.indexOf("740 ILCS 14/15(b)"));
    // The plain-language text of every rule that fired is there.
    for (const id of new Set(report.findings.map((f) => f.ruleId))) expect(out).toContain(`<code>${id}</code></dt>`);
  });

  it("draws one bar per section and per system whose position and width follow the figures", () => {
    const bySection = sectionBars(report.exposure!);
    const bySystem = systemBars(report.exposure!);
    const max = Math.max(...[...bySection, ...bySystem].map((b) => b.high));
    const rects = all.filter((e) => e.tagName === "rect" && hasClass(e, "range"));
    expect(rects).toHaveLength(bySection.length + bySystem.length);
    [...bySection, ...bySystem].forEach((b, i) => {
      const r = rects[i]!;
      expect(Number(attr(r, "data-low"))).toBe(b.low);
      expect(Number(attr(r, "data-high"))).toBe(b.high);
      expect(Number(attr(r, "x"))).toBeCloseTo(scaleX(b.low, max), 2);
      expect(Number(attr(r, "width"))).toBeCloseTo(barWidth(b.low, b.high, max), 2);
    });
    // The whole estimate is the sum of the section bars and of the system bars.
    expect(bySection.reduce((n, b) => n + b.high, 0)).toBe(report.exposure!.totalUsd.high);
    // The low figure is the no-stacking reading (bipa-reference.md §1.7: stacking across sections is
    // unsettled), so it is at most the sum of the system bars' lows, which stack every section.
    expect(bySystem.reduce((n, b) => n + b.low, 0)).toBe(report.exposure!.stacking!.stackedUsd.low);
    expect(report.exposure!.totalUsd.low).toBe(report.exposure!.stacking!.noStackingUsd.low);
    // Each bar has its arithmetic, on demand.
    expect(all.filter((e) => e.tagName === "details" && hasClass(e, "arithmetic"))).toHaveLength(bySection.length + bySystem.length);
    for (const line of report.exposure!.systems[0]!.lines) expect(out).toContain(line.arithmetic.replace(/'/g, "&apos;"));
  });

  it("keeps accrued exposure apart from what each measure avoids going forward, and never says a measure removes it", () => {
    const accrued = all.find((e) => hasClass(e, "accrued"))!;
    expect(Number(attr(accrued, "data-high"))).toBe(thePlan.accruedUsd.high);
    expect(textOf(accrued)).toContain("No measure below changes it");
    const measures = all.filter((e) => e.tagName === "tr" && hasClass(e, "measure"));
    expect(measures.map((m) => attr(m, "data-remedy"))).toEqual(thePlan.steps.map((s) => s.remedyId));
    expect(measures.map((m) => attr(m, "data-effect"))).toEqual(thePlan.steps.map((s) => (s.effect === "cures" ? "cure" : "mitigation")));
    expect(out).toContain("Exposure avoided going forward");
    // The page's own wording (the plan's notes are quoted from the plan as they are).
    const own = thePlan.notes.reduce((page, note) => page.replace(note.replace(/'/g, "&apos;"), ""), out);
    expect(own).not.toMatch(/exposure removed|removes? (the )?(accrued|liability)/i);
  });

  it("carries the disclaimer at the top, at the end, and in the margin of every printed page", () => {
    expect(all.filter((e) => e.tagName === "header" || e.tagName === "footer").every((e) => textOf(e).includes(DISCLAIMER))).toBe(true);
    expect(STYLE).toContain(`@bottom-left { content: "${DISCLAIMER}"`);
  });

  it("without a plan, says so instead of inventing one", () => {
    const bare = formatHtml(report);
    expect(bare).toContain("The remediation plan was not computed for this report.");
    expect(bare).not.toContain('class="measure"');
  });

  it("one report or several: each its own article, one after the other", () => {
    const other = auditExample("compliant-employer");
    const both = parse(formatHtml([report, other.report]));
    const articles = elements(both).filter((e) => e.tagName === "article");
    expect(articles.map((a) => attr(a, "aria-labelledby"))).toEqual(["r1-title", "r2-title"]);
    const ids = elements(both).map((e) => attr(e, "id")).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size, "ids are unique").toBe(ids.length);
  });
});

describe("HTML report: a hostile profile cannot inject markup", () => {
  const payloads = [
    `</title><script>alert(1)</script>`,
    `"><img src=x onerror=alert(2)>`,
    `'><svg onload=alert(3)>`,
    `<!-- </style><style>body{display:none}</style>`,
    `]]><a href="javascript:alert(4)">x</a>`,
    `</textarea><plaintext>`,
    `\u0000\u001b[31m\ud800 & &amp; &lt;`,
  ];
  const input = structuredClone(compliantProfile) as unknown as {
    organization: { name: string };
    systems: Array<Record<string, unknown>>;
  };
  input.organization.name = payloads[0]!;
  const system = input.systems[0]!;
  system.id = "hostile";
  system.name = payloads[1]!;
  system.description = payloads[5]!;
  system.notice = { inWriting: false, statesCollection: false, specificPurpose: false, lengthOfTerm: false };
  system.disclosures = [{ recipient: payloads[2]!, type: "other", frequency: "daily", exception: "none", legalBasis: payloads[3]! }];
  system.breaches = [{ exposed: ["other"], description: payloads[4]! }];
  system.geofencing = { knownGaps: [payloads[6]!] };
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const report = { ...audit(parsed.profile, { asOf: AS_OF }), file: `${payloads[3]}.yaml` };
  const out = formatHtml(report, { plans: [plan(report, parsed.profile)] });
  const doc = parse(out);

  it("renders the hostile strings as text only", () => {
    expectInert(doc);
    const text = textOf(doc);
    expect(text).toContain(payloads[0]);
    expect(text).toContain(payloads[1]);
    expect(text).toContain(payloads[2]);
    expect(report.findings.some((f) => f.ruleId === "bipa/15d-disclosure")).toBe(true);
  });

  it("has exactly the structure of the same report with harmless names", () => {
    const tags = (d: Node) => elements(d).map((e) => e.tagName);
    const tame = structuredClone(parsed.profile);
    tame.organization.name = "Tame";
    tame.systems[0]!.name = "Tame system";
    const tameReport = { ...audit(tame, { asOf: AS_OF }), file: "tame.yaml" };
    expect(tags(doc)).toEqual(tags(parse(formatHtml(tameReport, { plans: [plan(tameReport, tame)] }))));
  });
});
