import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { NdjsonResult } from "../../src/stream/index.js";
import { auditNdjsonLines } from "../../src/stream/index.js";
import { generateNdjsonLines } from "../bench/generate.js";
import { useCli } from "./helpers/cli.js";

const cli = useCli();
const AS_OF = ["--as-of", "2026-11-22"];
const lines = [...generateNdjsonLines(40, 11)];
const parse = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as NdjsonResult);
const summaryOf = (results: NdjsonResult[]) => {
  const last = results.at(-1);
  if (last?.kind !== "summary") throw new Error("the stream did not end with its summary");
  return last.summary;
};

beforeAll(() => {
  writeFileSync(join(cli.dir, "estate.ndjson"), `${lines.join("\n")}\n`);
  writeFileSync(join(cli.dir, "bad.ndjson"), `${lines.slice(0, 3).join("\n")}\n{"id": "broken"\n${lines.slice(3, 6).join("\n")}\n`);
});

describe("bipa-check stream", () => {
  it("exits 2 on an empty, blank-only or header-only inventory: nothing audited is not a pass", () => {
    writeFileSync(join(cli.dir, "empty.ndjson"), "");
    writeFileSync(join(cli.dir, "blank.ndjson"), "\n  \n\n");
    writeFileSync(join(cli.dir, "header-only.ndjson"), `${lines[0]}\n`);
    for (const [file, why] of [
      ["empty.ndjson", "is empty"],
      ["blank.ndjson", "is empty"],
      ["header-only.ndjson", "has only its header line"],
    ] as const) {
      const r = cli.run(["stream", file, ...AS_OF, "--no-config"], { cwd: cli.dir });
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.stderr).toBe(`${file}: no system to audit: the inventory ${why}\n`);
      // The summary line is still written, so a consumer sees what was read.
      expect(summaryOf(parse(r.stdout)).systems).toBe(0);
    }
  });

  it("writes one NDJSON result per line and a summary equal to the library's, exiting 1 on violations", async () => {
    const r = cli.run(["stream", "estate.ndjson", ...AS_OF, "--no-config"], { cwd: cli.dir });
    const results = parse(r.stdout);
    const expected: NdjsonResult[] = [];
    for await (const result of auditNdjsonLines(lines, { asOf: "2026-11-22" })) expected.push(result);
    expect(summaryOf(results)).toEqual(summaryOf(expected));
    expect(results).toHaveLength(expected.length);
    expect(summaryOf(results).systems).toBe(40);
    expect(summaryOf(results).violation).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
  });

  it("reads standard input with - and gives the same bytes", () => {
    const file = cli.run(["stream", "estate.ndjson", ...AS_OF, "--no-config"], { cwd: cli.dir });
    const stdin = cli.run(["stream", "-", ...AS_OF, "--no-config"], { cwd: cli.dir, input: `${lines.join("\n")}\n` });
    expect(stdin.stdout).toBe(file.stdout);
    expect(stdin.code).toBe(1);
  });

  it("exits 0 with --fail-on never", () => {
    expect(cli.run(["stream", "estate.ndjson", ...AS_OF, "--fail-on", "never", "--no-config"], { cwd: cli.dir }).code).toBe(0);
  });

  it("reports a bad line in place, goes on, and exits 2; --stop-on-error stops there", () => {
    const r = cli.run(["stream", "bad.ndjson", ...AS_OF, "--fail-on", "never", "--no-config"], { cwd: cli.dir });
    const results = parse(r.stdout);
    const error = results.find((x) => x.kind === "error");
    expect(error).toMatchObject({ kind: "error", line: 4 });
    expect(results.filter((x) => x.kind === "system")).toHaveLength(5);
    expect(r.code).toBe(2);
    const stopped = parse(cli.run(["stream", "bad.ndjson", ...AS_OF, "--stop-on-error", "--no-config"], { cwd: cli.dir }).stdout);
    expect(summaryOf(stopped).stopped).toBe(true);
    expect(stopped.filter((x) => x.kind === "system")).toHaveLength(2);
  });

  it("exits 2 on a missing file and on bad arguments, with no stack trace", () => {
    const missing = cli.run(["stream", "nope.ndjson", ...AS_OF], { cwd: cli.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.ndjson: file not found");
    const badDate = cli.run(["stream", "estate.ndjson", "--as-of", "2026-13-01"], { cwd: cli.dir });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--as-of 2026-13-01: expected a calendar date");
    expect(missing.stderr + badDate.stderr).not.toMatch(/\n\s+at /);
  });
});
