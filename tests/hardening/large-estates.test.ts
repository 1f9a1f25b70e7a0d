import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "../cli/helpers/cli.js";
import { parseXml } from "../report/helpers/xml.js";
import { AS_OF, HANG_BOUND_MS, timed, trivialProfile } from "./helpers.js";
import { parseMarkdown } from "./markdown-ast.js";

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
      ["audit", ...args, ...AS_OF, "--fail-on", "never", "-f", "text", "-f", `json=${dir}/r.json`, "-f", `sarif=${dir}/r.sarif`, "-f", `junit=${dir}/r.xml`, "-f", `markdown=${dir}/r.md`],
      { cwd: cli.dir },
    ),
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\nSummary: .* · report only \(--fail-on never\)\n$/);
  const json = JSON.parse(readFileSync(join(cli.dir, dir, "r.json"), "utf8")) as { reports: unknown[] };
  const sarif = JSON.parse(readFileSync(join(cli.dir, dir, "r.sarif"), "utf8")) as { runs: Array<{ results: unknown[] }> };
  expect(() => parseXml(readFileSync(join(cli.dir, dir, "r.xml"), "utf8"))).not.toThrow();
  const md = readFileSync(join(cli.dir, dir, "r.md"), "utf8");
  expect(md).toMatch(/_bipa-check \S+\. .*_\n$/);
  expect(parseMarkdown(md).children.length).toBeGreaterThan(0);
  return { r, json, sarif };
}

describe("large valid profiles: exit 0 or 1 in every format", () => {
  it("2,500 trivial systems (the text format overflowed the stack)", () => {
    writeFileSync(join(cli.dir, "t2500.json"), trivialProfile(2_500));
    mkdirSync(join(cli.dir, "out2500"), { recursive: true });
    const { r, json, sarif } = everyFormat(["t2500.json"], "out2500");
    expect(r.stdout).toContain("Summary: 1 file · 2,500 systems (2,500 in scope)");
    expect(json.reports).toHaveLength(1);
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(2_500);
  }, SLOW);

  it("1,000 trivial systems with --explain (it overflowed from 51 KB)", () => {
    writeFileSync(join(cli.dir, "t1000.json"), trivialProfile(1_000));
    const r = timed(() => cli.run(["audit", "t1000.json", ...AS_OF, "--explain", "--fail-on", "never"], { cwd: cli.dir }));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Fields read:");
    const md = timed(() => cli.run(["audit", "t1000.json", ...AS_OF, "--explain", "--fail-on", "never", "-f", "markdown"], { cwd: cli.dir }));
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("<details><summary>Why it fired</summary>");
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
    const { r, json } = everyFormat(["estate/*.yaml"], "out-files");
    expect(r.stdout).toContain("Summary: 3,000 files");
    expect(json.reports).toHaveLength(3_000);
  }, SLOW);
});
