import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff.js";
import { formatDiffJson, formatDiffMarkdown, formatDiffText, MARKDOWN_LIMIT, toDiffJson } from "../../src/diff/format/index.js";
import type { ReportDiff } from "../../src/diff/types.js";
import type { ResolvedFinding } from "../../src/report/types.js";
import { syncGolden } from "../../scripts/golden.js";
import { exampleSide } from "./helpers.js";

function expectGolden(name: string, actual: string): void {
  const path = `tests/diff/golden/${name}`;
  const { status, onDisk } = syncGolden({ path, content: actual });
  if (status === "missing") expect.fail(`${path} is missing: run BIPA_UPDATE=1 npx vitest run tests/diff`);
  expect(actual, `differs from ${path} (BIPA_UPDATE=1 regenerates it)`).toBe(onDisk);
}

describe("diff renderers: Clearview 2020 → 2021 (golden files)", () => {
  const diff = diffReports(exampleSide("clearview-2020"), exampleSide("clearview-2021"));
  const text = formatDiffText(diff);
  const markdown = formatDiffMarkdown(diff, { failOn: "risk" });
  const json = formatDiffJson(diff, { failOn: "risk", exitCode: 1 });

  it("text", () => expectGolden("clearview-2020-2021.txt", text));
  it("Markdown, with --fail-on risk", () => expectGolden("clearview-2020-2021.md", markdown));
  it("JSON, with --fail-on risk", () => expectGolden("clearview-2020-2021.json", json));

  it("every format shows the measures taken, the findings resolved and remaining, and the exposure change", () => {
    for (const out of [text, markdown]) {
      expect(out).toContain("Templates or facial vectors encrypted (Clearview face-search database)");
      expect(out).toMatch(/Resolved \(2\)/);
      expect(out).toMatch(/Remaining \(15\)/);
      expect(out).toContain("-$100,000,000 to -$1,000,000,000");
    }
    const parsed = JSON.parse(json) as ReturnType<typeof toDiffJson>;
    expect(parsed.measuresTaken).toHaveLength(6);
    expect(parsed.resolved).toHaveLength(2);
    expect(parsed.failing).toBe(5); // the five added risks fail --fail-on risk
    expect(parsed.exposure.change).toEqual({ low: -100_000_000, high: -1_000_000_000 });
  });

  it("the verdict follows --fail-on on the added findings only", () => {
    expect(formatDiffText(diff, { failOn: "violation" })).toContain("Passes: no added finding at or above violation");
    expect(formatDiffText(diff, { failOn: "risk" })).toContain("Fails: 5 added findings at or above risk");
    expect(formatDiffMarkdown(diff, { failOn: "never" })).toContain("**Report only**");
  });
});

describe("diff Markdown: within a pull-request comment's limit", () => {
  const diff = diffReports(exampleSide("clearview-2020"), exampleSide("clearview-2021"));
  const many = (list: readonly ResolvedFinding[], n: number, tag: string): ResolvedFinding[] =>
    Array.from({ length: n }, (_, i) => ({ ...list[i % list.length]!, fingerprint: `${tag}${i}`, message: `${"A long message | with `markup` <b>. ".repeat(12)}${i}` }));
  const huge: ReportDiff = { ...diff, added: many(diff.added, 3000, "a"), resolved: many(diff.unchanged.map((u) => u.after), 2000, "r") };

  it(`cuts long lists evenly to stay within ${MARKDOWN_LIMIT} characters, and says so`, () => {
    const out = formatDiffMarkdown(huge);
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(out).toMatch(/_…and \d+ more, left out to fit a comment; `--format json` has them all_/);
    expect(out).toContain("### Exposure by section");
    expect(out).toContain("bipa-check is an assessment aid, not legal advice.");
    expect(formatDiffMarkdown(huge)).toBe(out);
  });

  it("leaves a diff that fits untouched", () => {
    expect(formatDiffMarkdown(diff)).not.toContain("left out to fit");
  });

  it("escapes profile text: a recipient or message cannot break the table or add markup", () => {
    const hostile = { ...diff, added: [{ ...diff.added[0]!, message: "x | y <img src=x onerror=1> `z` [a](javascript:1)" }] };
    const out = formatDiffMarkdown(hostile);
    expect(out).toContain("x \\| y \\<img src=x onerror=1\\> \\`z\\` \\[a\\](javascript:1)");
  });
});
