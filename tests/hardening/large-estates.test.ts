import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "../cli/helpers/cli.js";
import { AS_OF, HANG_BOUND_MS, timed, trivialProfile } from "./helpers.js";

/**
 * Issue 15, "Crashes and minutes on small inputs": large but valid inputs end with exit 0 or 1 in
 * every format, with complete output. Before, the text format exited 3 ("Maximum call stack size
 * exceeded", from push(...lines)) on 2,500 trivial systems (145 KB), and at 51 KB with --explain;
 * 10,000 systems took 95 s for SARIF (a scan of every system per finding); 50,000 files exited 3
 * ("Invalid string length"). How the time grows is measured by `npm run bench` (the scaling rows).
 */

const cli = useCli();
const SLOW = 4 * HANG_BOUND_MS; // many systems on a shared two-core machine: a "does not hang" bound only

/** Runs one audit writing every format, and checks each output is whole and parses. */
function everyFormat(args: string[], dir: string) {
  const r = timed(() =>
    cli.run(
      ["audit", ...args, ...AS_OF, "--fail-on", "never", "-f", `text=${dir}/r.txt`, "-f", `json=${dir}/r.json`, "-f", `sarif=${dir}/r.sarif`, "-f", `junit=${dir}/r.xml`, "-f", `markdown=${dir}/r.md`],
      { cwd: cli.dir },
    ),
  );
  // The Markdown is cut to its default 1 MiB budget and the SARIF to GitHub's 25,000 results, and each
  // says so on stderr (issue 13); nothing else is printed.
  expect(r.stderr.split("\n").filter((l) => l !== "" && !/^bipa-check: (Markdown|SARIF): /.test(l))).toEqual([]);
  expect(r.code).toBe(0);
  const text = readFileSync(join(cli.dir, dir, "r.txt"), "utf8");
  expect(text).toMatch(/\nSummary: .* · report only \(--fail-on never\)(; .*)?\n$/);
  const json = JSON.parse(readFileSync(join(cli.dir, dir, "r.json"), "utf8")) as { reports: unknown[] };
  const sarif = JSON.parse(readFileSync(join(cli.dir, dir, "r.sarif"), "utf8")) as { runs: Array<{ results: unknown[] }> };
  // Whole to the last line (the XML and Markdown are parsed in the formatters' own tests; at this size a
  // parser in the test would take longer than bipa-check).
  const xml = readFileSync(join(cli.dir, dir, "r.xml"), "utf8");
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bipa-check"')).toBe(true);
  expect(xml.endsWith("  </testsuite>\n</testsuites>\n")).toBe(true);
  const md = readFileSync(join(cli.dir, dir, "r.md"), "utf8");
  expect(md.startsWith("## bipa-check: BIPA (740 ILCS 14) audit")).toBe(true);
  expect(md).toMatch(/_bipa-check \S+\. .*_\n$/);
  return { r, text, json, sarif };
}

describe("large valid profiles: exit 0 or 1 in every format", () => {
  it("2,500 trivial systems (the text format overflowed the stack)", () => {
    writeFileSync(join(cli.dir, "t2500.json"), trivialProfile(2_500));
    mkdirSync(join(cli.dir, "out2500"), { recursive: true });
    const { text, json, sarif } = everyFormat(["t2500.json"], "out2500");
    expect(text).toContain("Summary: 1 file · 2,500 systems (2,500 in scope)");
    expect(json.reports).toHaveLength(1);
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(2_500);
  }, SLOW);

  it("1,000 trivial systems with --explain (it overflowed from 51 KB)", () => {
    writeFileSync(join(cli.dir, "t1000.json"), trivialProfile(1_000));
    // Outputs this large go to files: a pipe to the test would need a buffer as large.
    const out = openSync(join(cli.dir, "t1000.out"), "w");
    const err = openSync(join(cli.dir, "t1000.err"), "w");
    try {
      const r = spawnSync(process.execPath, [cli.path, "audit", "t1000.json", ...AS_OF, "--explain", "--fail-on", "never", "-f", "markdown=t1000.md"], {
        cwd: cli.dir,
        stdio: ["ignore", out, err],
        timeout: SLOW,
      });
      expect(r.status).toBe(0);
    } finally {
      closeSync(out);
      closeSync(err);
    }
    // The text report goes to standard error when standard output is not text.
    expect(readFileSync(join(cli.dir, "t1000.err"), "utf8")).toMatch(/Fields read:[\s\S]*\nSummary: 1 file · 1,000 systems/);
    expect(readFileSync(join(cli.dir, "t1000.md"), "utf8")).toContain("<details><summary>Why it fired</summary>");
  }, SLOW);

  it("a system whose name is 2 MB long", () => {
    writeFileSync(join(cli.dir, "long-name.json"), trivialProfile(1, () => "N".repeat(2 * 1024 * 1024)));
    mkdirSync(join(cli.dir, "out-name"), { recursive: true });
    const { json } = everyFormat(["long-name.json"], "out-name");
    expect(JSON.stringify(json)).toContain("N".repeat(1000));
  }, SLOW);

  it("3,000 profile files matched by one glob", () => {
    mkdirSync(join(cli.dir, "estate"), { recursive: true });
    const profile = readFileSync(join(cli.dir, "profiles", "compliant.yaml"), "utf8");
    for (let i = 0; i < 3_000; i++) writeFileSync(join(cli.dir, "estate", `p${String(i).padStart(5, "0")}.yaml`), profile);
    mkdirSync(join(cli.dir, "out-files"), { recursive: true });
    const { text, json } = everyFormat(["estate/*.yaml"], "out-files");
    expect(text).toContain("Summary: 3,000 files");
    expect(json.reports).toHaveLength(3_000);
  }, SLOW);
});
