import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile } from "../../src/practices/load.js";
import { plan } from "../../src/plan/plan.js";
import { formatHtml } from "../../src/format/html/index.js";
import { DISCLAIMER, type Report } from "../../src/report/types.js";
import { ROOT, UPDATING } from "../../scripts/golden.js";
import { CHROMIUM_ARGS, ensureChromium, type BrowserSetup } from "./chromium.js";

/*
 * The HTML report in a real browser: every example rendered headless in Debian's Chromium, with DOM
 * assertions, a check that the page requests nothing, a screenshot and a print to PDF, and an axe-core
 * accessibility check. One browser for the whole file. `BIPA_UPDATE=1` rewrites docs/html-report.png.
 */

const AS_OF = "2026-11-22";
const SCREENSHOT_EXAMPLE = "clearview-2020";
const VIEWPORT = { width: 1000, height: 1300 };
/**
 * axe-core takes seconds on a long page, and every example is drawn by the same templates: it checks
 * the examples that take each branch (full findings and plan; nothing found, no measure; out of scope).
 */
const AXE_EXAMPLES = new Set(["clearview-2020", "compliant-employer", "glba-bank-voiceprint"]);
const examples = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let setup: BrowserSetup | undefined;
let context: BrowserContext | undefined;
const out = mkdtempSync(join(tmpdir(), "bipa-browser-"));

beforeAll(async () => {
  setup = await ensureChromium();
  if (!setup.ok) {
    console.warn(`bipa-check browser tests SKIPPED: ${setup.reason}`);
    return;
  }
  if (setup.installed) console.warn(`bipa-check browser tests: installed Debian's chromium in ${setup.installed.seconds} s`);
  // A persistent context on a fresh, empty profile directory: nothing cached, nothing synced.
  context = await chromium.launchPersistentContext(join(out, "profile"), {
    executablePath: setup.executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
    bypassCSP: true, // so that axe-core can be injected; the page itself has no script
    offline: true,
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The report of one example, with its plan, written to a file and opened; every request is recorded and refused. */
async function open(name: string): Promise<{ page: Page; report: Report; requests: string[]; file: string }> {
  const source = `examples/${name}.yaml`;
  const loaded = loadProfile(readFileSync(join(ROOT, source), "utf8"), { file: source });
  if (!loaded.ok) throw new Error(`${source} does not load`);
  const report = audit(loaded, { asOf: AS_OF });
  const file = join(out, `${name}.html`);
  writeFileSync(file, formatHtml(report, { plans: [plan(report, loaded.profile)] }));
  const page = await context!.newPage();
  const requests: string[] = [];
  const self = pathToFileURL(file).href;
  page.on("request", (r) => {
    if (r.url() !== self) requests.push(r.url());
  });
  await page.route("**/*", (route) => (route.request().url() === self ? route.continue() : route.abort()));
  await page.goto(self, { waitUntil: "load" });
  return { page, report, requests, file };
}

describe.each(examples.map((e) => [e]))("examples/%s.yaml as HTML in Chromium", (name) => {
  let view: Awaited<ReturnType<typeof open>> | undefined;
  beforeAll(async () => {
    if (context) view = await open(name);
  }, 60_000);
  afterAll(async () => {
    await view?.page.close();
  });

  it("shows the report: headings, one row per finding, the disclaimer", async (ctx) => {
    if (!view) return ctx.skip();
    const { page, report } = view;
    expect(await page.locator("h1").allTextContents()).toEqual([`BIPA (740 ILCS 14) assessment: ${report.organization.name}`]);
    expect(await page.locator("h2").allTextContents()).toEqual([
      "Summary for counsel",
      "Which laws apply",
      "Exposure (Sec. 20 estimate)",
      "Findings by section",
      "Remediation plan",
      ...(report.notes.length > 0 ? ["Assumptions and notes"] : []),
    ]);
    expect(await page.locator("tr.finding").count()).toBe(report.findings.length);
    const shown = await page.locator("tr.finding").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-fingerprint")));
    expect(shown.sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    expect(await page.locator("header").textContent()).toContain(DISCLAIMER);
    expect(await page.locator("main").count()).toBe(1);
  });

  it("draws each exposure bar as wide as its figures, on the chart's scale", async (ctx) => {
    if (!view) return ctx.skip();
    const bars = await view.page.locator("svg.chart").evaluateAll((charts) =>
      charts.flatMap((svg) => {
        const max = Number(svg.getAttribute("data-scale-max"));
        const barWidth = Number(svg.getAttribute("data-bar-width"));
        const barX = Number(svg.getAttribute("data-bar-x"));
        return [...svg.querySelectorAll("rect.range")].map((r) => {
          // The rendered geometry, in the chart's user units (SVG types are not in this project's lib).
          const box = (r as unknown as { getBBox(): { x: number; width: number } }).getBBox();
          return { low: Number(r.getAttribute("data-low")), high: Number(r.getAttribute("data-high")), max, barWidth, barX, x: box.x, width: box.width };
        });
      }),
    );
    const inScope = view.report.summary.systemsInScope > 0 && (view.report.exposure?.systems.some((s) => s.lines.length > 0) ?? false);
    expect(bars.length > 0).toBe(inScope);
    for (const b of bars) {
      expect(b.width).toBeCloseTo(b.max > 0 ? ((b.high - b.low) / b.max) * b.barWidth : 0, 1);
      expect(b.x).toBeCloseTo(b.barX + (b.max > 0 ? (b.low / b.max) * b.barWidth : 0), 1);
    }
    if (bars.length > 0) expect(Math.max(...bars.map((b) => b.high))).toBe(bars[0]!.max);
  });

  it("makes no request: no font, image, style or script is fetched", async (ctx) => {
    if (!view) return ctx.skip();
    await view.page.emulateMedia({ media: "print" });
    await view.page.emulateMedia({ media: "screen" });
    expect(view.requests).toEqual([]);
  });

  it.runIf(AXE_EXAMPLES.has(name))("has no serious or critical accessibility violation (axe-core: landmarks, table headers, contrast, names)", async (ctx) => {
    if (!view) return ctx.skip();
    await view.page.addScriptTag({ content: axeSource });
    const violations = await view.page.evaluate(async () => {
      type Axe = { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> };
      const page = globalThis as unknown as { axe: Axe; document: unknown };
      const result = await page.axe.run(page.document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, first: v.nodes[0]?.target.join(" ") }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(violations, "no violation at all, of any impact").toEqual([]);
  });

  it("prints to PDF with the disclaimer and the page number on every page, and the arithmetic opened", async (ctx) => {
    if (!view || !setup?.ok) return ctx.skip();
    await view.page.emulateMedia({ media: "print" });
    const arithmetic = view.page.locator("details.arithmetic table");
    if ((await arithmetic.count()) > 0) expect(await arithmetic.first().isVisible()).toBe(true);
    await view.page.emulateMedia({ media: "screen" });
    const pdfPath = join(out, `${name}.pdf`);
    const pdf = await view.page.pdf({ path: pdfPath, format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (!setup.pdftotext) return;
    const text = spawnSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" }).stdout;
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      const number = `Page ${i + 1} of ${pages.length}`;
      expect(p, `page ${i + 1}`).toContain(number);
      expect(p.replace(number, "").replace(/\s+/g, " "), `page ${i + 1}`).toContain(DISCLAIMER);
    });
  });

  it("takes a screenshot of the first page", async (ctx) => {
    if (!view) return ctx.skip();
    const png = await view.page.screenshot({ path: join(out, `${name}.png`) });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(VIEWPORT.width);
    if (name === SCREENSHOT_EXAMPLE && UPDATING) copyFileSync(join(out, `${name}.png`), join(ROOT, "docs", "html-report.png"));
  });
});

describe("docs/html-report.png", () => {
  it(`is a screenshot of examples/${SCREENSHOT_EXAMPLE}.yaml at ${VIEWPORT.width}×${VIEWPORT.height} (BIPA_UPDATE=1 retakes it)`, () => {
    const png = readFileSync(join(ROOT, "docs", "html-report.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height]);
  });
});
