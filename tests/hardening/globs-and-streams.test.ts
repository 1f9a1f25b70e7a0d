import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandBraces, expandGlob, GLOB_LIMITS, GlobError, matchSegment } from "../../src/cli/glob.js";
import { useCli } from "../cli/helpers/cli.js";
import { AS_OF, expectUnusable, HANG_BOUND_MS, timed } from "./helpers.js";

/**
 * Issue 15: globs expand within bounds (count and pattern size; a 122-character brace glob grew past
 * 758 MB), symbolic links are followed only within the tree and reported otherwise (a symlinked
 * profile was skipped and the run passed), and `stream` never hangs on an endless line.
 */

const cli = useCli();
const hasFifo = spawnSync("mkfifo", ["--help"]).status === 0;

describe("bounded glob expansion", () => {
  it("a brace glob that doubles with each pair of braces is refused at once", () => {
    const pattern = `profiles/${"{a,b}".repeat(24)}*.yaml`; // 2^24 patterns, 129 characters
    const r = timed(() => cli.run(["audit", pattern, ...AS_OF], { cwd: cli.dir }));
    expectUnusable(r, [`${pattern}: its braces expand to more than ${GLOB_LIMITS.maxExpansions} patterns; list fewer alternatives`]);
    expect(() => expandBraces("{a,b}".repeat(30))).toThrow(GlobError);
    expect(expandBraces("{a,b}".repeat(9))).toHaveLength(512);
  });

  it("a pattern over the length limit is refused", () => {
    const pattern = `${"x".repeat(GLOB_LIMITS.maxPatternLength)}*.yaml`;
    expect(() => expandGlob(pattern, cli.dir)).toThrow(/over the limit of 1000/);
  });

  it("a segment with many stars matches in linear time (no regular expression to backtrack)", () => {
    const segment = `${"*a".repeat(40)}*b`;
    expect(matchSegment(segment, "a".repeat(200))).toBe(false);
    expect(matchSegment("*.y?ml", "x.yaml")).toBe(true);
    expect(matchSegment("*", ".hidden")).toBe(false);
  });
});

describe("symbolic links in globs: followed within the tree, reported otherwise, never skipped silently", () => {
  it("a link to a profile inside the tree is audited; a link out of it fails the run", () => {
    mkdirSync(join(cli.dir, "linked"), { recursive: true });
    copyFileSync(join(cli.dir, "profiles", "violating.yaml"), join(cli.dir, "real-violating.yaml"));
    symlinkSync(join(cli.dir, "real-violating.yaml"), join(cli.dir, "linked", "in-tree.yaml"));
    const inside = cli.run(["audit", "linked/*.yaml", ...AS_OF], { cwd: cli.dir });
    expect(inside.code, inside.stderr).toBe(1); // the violating profile behind the link was read
    expect(inside.stdout).toContain("linked/in-tree.yaml");

    // The same link seen from a working directory below: now it points out of the tree.
    const r = timed(() => cli.run(["audit", "*.yaml", ...AS_OF], { cwd: join(cli.dir, "linked") }));
    expectUnusable(r, [/^in-tree\.yaml: is a symbolic link to \S*real-violating\.yaml, outside \.; it is not followed$/]);
  });

  it("a dangling link and a FIFO that match the pattern are reported", () => {
    mkdirSync(join(cli.dir, "odd"), { recursive: true });
    copyFileSync(join(cli.dir, "profiles", "compliant.yaml"), join(cli.dir, "odd", "ok.yaml"));
    symlinkSync(join(cli.dir, "odd", "missing.yaml"), join(cli.dir, "odd", "dangling.yaml"));
    if (hasFifo) spawnSync("mkfifo", [join(cli.dir, "odd", "pipe.yaml")]);
    const r = timed(() => cli.run(["audit", "odd/*.yaml", ...AS_OF], { cwd: cli.dir }));
    expectUnusable(r, [
      "odd/dangling.yaml: is a symbolic link to nothing (its target is missing or loops)",
      ...(hasFifo ? ["odd/pipe.yaml: is a named pipe (FIFO), not a regular file"] : []),
    ]);
  });

  it("a directory link inside the tree is walked once, so a loop ends", () => {
    mkdirSync(join(cli.dir, "loop", "a"), { recursive: true });
    copyFileSync(join(cli.dir, "profiles", "compliant.yaml"), join(cli.dir, "loop", "a", "p.yaml"));
    symlinkSync(join(cli.dir, "loop"), join(cli.dir, "loop", "a", "back"), "dir");
    expect(expandGlob("loop/**/*.yaml", cli.dir)).toEqual(["loop/a/p.yaml"]);
  });
});

describe("stream never hangs on an endless line", () => {
  it("a line that never ends is reported as soon as it passes --max-line-bytes, and the run ends with exit 2", async () => {
    const child = spawn(process.execPath, [cli.path, "stream", "-", ...AS_OF, "--max-line-bytes", "100000"], { cwd: cli.dir, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stdin.on("error", () => undefined); // the reader stops reading: expected
    const chunk = "x".repeat(64 * 1024);
    let open = true;
    const feed = () => {
      while (open && child.stdin.write(chunk));
      if (open) child.stdin.once("drain", feed);
    };
    const started = Date.now();
    const code = await new Promise<number | null>((done) => {
      child.on("exit", (c) => {
        open = false;
        done(c);
      });
      feed();
      setTimeout(() => child.kill("SIGKILL"), HANG_BOUND_MS);
    });
    expect(code).toBe(2);
    expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; problems?: Array<{ message: string }> });
    expect(lines.map((l) => l.kind)).toEqual(["error", "summary"]);
    expect(lines[0]!.problems![0]!.message).toMatch(/^line is longer than the limit of 100000 characters .*the stream stops here/);
  }, 2 * HANG_BOUND_MS);

  it("an over-long line in a file stops the stream too", () => {
    writeFileSync(join(cli.dir, "long.ndjson"), `${"y".repeat(5000)}\n{"version":1}\n`);
    const r = cli.run(["stream", "long.ndjson", ...AS_OF, "--max-line-bytes", "1000"], { cwd: cli.dir });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });
});
