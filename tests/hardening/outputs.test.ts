import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "../cli/helpers/cli.js";
import { AS_OF, expectUnusable, HANG_BOUND_MS, timed, trivialProfile } from "./helpers.js";

/**
 * Issue 15, "Lost or silent output": outputs are written to a temporary file beside the destination
 * and renamed when complete; nothing is written when the run ends in exit 2 or 3; an output that is
 * an input is refused; a full disk or a closed stream is exit 2 with one line; a run without --as-of
 * says which date it used.
 */

const cli = useCli();
const run = (args: string[]) => timed(() => cli.run(args, { cwd: cli.dir }));
const read = (name: string) => readFileSync(join(cli.dir, name), "utf8");

describe("an output that is an input is refused before anything is read or written", () => {
  it("-f json=<the profile>, by the same path, another spelling of it, or a link to it", () => {
    const before = read("profiles/compliant.yaml");
    symlinkSync(join(cli.dir, "profiles", "compliant.yaml"), join(cli.dir, "profile-link.yaml"));
    for (const dest of ["profiles/compliant.yaml", "./profiles/../profiles/compliant.yaml", "profile-link.yaml"]) {
      const r = run(["audit", "profiles/compliant.yaml", ...AS_OF, "-f", `json=${dest}`]);
      expectUnusable(r, [/^bipa-check: --format …=\S+: that file is an input of this run \(profiles\/compliant\.yaml\); write the output elsewhere$/]);
    }
    expect(read("profiles/compliant.yaml")).toBe(before);
  });

  it("the waiver file, the baseline and the plan's profile", () => {
    const waivers = read("waivers/valid.yaml");
    expectUnusable(run(["audit", "profiles/violating.yaml", ...AS_OF, "--waivers", "waivers/valid.yaml", "-f", "sarif=waivers/valid.yaml"]), [
      "bipa-check: --format …=waivers/valid.yaml: that file is an input of this run (waivers/valid.yaml); write the output elsewhere",
    ]);
    expect(read("waivers/valid.yaml")).toBe(waivers);
    expectUnusable(run(["plan", "profiles/violating.yaml", ...AS_OF, "-f", "markdown=profiles/violating.yaml"]), [
      "bipa-check: --format …=profiles/violating.yaml: that file is an input of this run (profiles/violating.yaml); write the output elsewhere",
    ]);
  });
});

describe("nothing is written when the run ends in exit 2", () => {
  it("an unusable waiver file: no fresh report, and an old one stays as it was", () => {
    writeFileSync(join(cli.dir, "old.json"), "OLD\n");
    const r = run(["audit", "profiles/violating.yaml", ...AS_OF, "--waivers", "waivers/invalid.yaml", "-f", "json=fresh.json", "-f", "sarif=old.json"]);
    expect(r.code).toBe(2);
    expect(existsSync(join(cli.dir, "fresh.json"))).toBe(false);
    expect(read("old.json")).toBe("OLD\n");
  });

  it("one output that cannot be written: the others are not written either, and no temporary file is left", () => {
    mkdirSync(join(cli.dir, "w2"), { recursive: true });
    writeFileSync(join(cli.dir, "w2", "blocker"), "a file, not a directory");
    writeFileSync(join(cli.dir, "w2", "keep.json"), "OLD\n");
    const r = run(["audit", "profiles/violating.yaml", ...AS_OF, "-f", "json=w2/keep.json", "-f", "sarif=w2/blocker/out.sarif"]);
    expectUnusable(r, [/^bipa-check: cannot write w2\/blocker\/out\.sarif: .*; no output file was changed$/]);
    expect(read("w2/keep.json")).toBe("OLD\n");
    expect(readdirSync(join(cli.dir, "w2")).sort()).toEqual(["blocker", "keep.json"]);
  });

  it("a directory that cannot be made under /proc is exit 2 with one line, not a hang (Node's recursive mkdir loops there)", () => {
    if (!existsSync("/proc/self")) return;
    const r = run(["audit", "profiles/compliant.yaml", ...AS_OF, "-f", "json=/proc/bipa-check-nope/r.json"]);
    expectUnusable(r, [/^bipa-check: cannot write \S*proc\/bipa-check-nope\/r\.json: .*mkdir '\/proc\/bipa-check-nope'; no output file was changed$/]);
  });

  it("missing directories are made, level by level", () => {
    const r = run(["audit", "profiles/compliant.yaml", ...AS_OF, "-f", "json=made/a/b/r.json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(read("made/a/b/r.json")).exitCode).toBe(0);
  });

  it("a full disk for a file output (/dev/full) is exit 2 with one line", () => {
    if (!existsSync("/dev/full")) return;
    const r = run(["audit", "profiles/compliant.yaml", ...AS_OF, "-f", "json=/dev/full"]);
    expectUnusable(r, [/^bipa-check: cannot write \S*dev\/full: no space left on the device \(ENOSPC\); no output file was changed$/]);
  });
});

describe("standard output that fails: exit 2 with one line, never a stack trace", () => {
  it("a full disk (stdout is /dev/full)", () => {
    if (!existsSync("/dev/full")) return;
    const fd = openSync("/dev/full", "w");
    try {
      const res = spawnSync(process.execPath, [cli.path, "audit", "profiles/violating.yaml", ...AS_OF], { cwd: cli.dir, stdio: ["pipe", fd, "pipe"], encoding: "utf8", timeout: 60_000 });
      expect(res.stderr).toBe("bipa-check: cannot write standard output: no space left on the device (ENOSPC); the output is incomplete\n");
      expect(res.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});

describe("a run killed mid-write leaves the previous report whole", () => {
  it("SIGKILL at several moments: the destination holds the old report or the whole new one, never a part", async () => {
    writeFileSync(join(cli.dir, "big.json"), trivialProfile(1_500));
    const old = '{"old": true}\n';
    for (const delay of [200, 600, 1_200, 2_500, 5_000]) {
      writeFileSync(join(cli.dir, "kept.sarif"), old);
      const child = spawn(process.execPath, [cli.path, "audit", "big.json", ...AS_OF, "-f", "sarif=kept.sarif"], { cwd: cli.dir, stdio: "ignore" });
      const ended = new Promise<void>((done) => child.on("exit", () => done()));
      setTimeout(() => child.kill("SIGKILL"), delay);
      await ended;
      const now = read("kept.sarif");
      if (now !== old) expect((JSON.parse(now) as { version: string }).version).toBe("2.1.0");
    }
  }, 4 * HANG_BOUND_MS);
});

describe("the audit date", () => {
  it("a run without --as-of says on stderr which date it used", () => {
    const r = cli.run(["audit", "profiles/compliant.yaml", "-f", "json"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    const asOf = (JSON.parse(r.stdout) as { asOf: string }).asOf;
    expect(r.stderr).toBe(`bipa-check: no --as-of given; auditing as of ${asOf} (today in UTC); pass --as-of ${asOf} to repeat this run\n`);
  });

  it("--quiet keeps standard error free of that notice (docs/cli.md: no notices); the date is in the report", () => {
    const r = cli.run(["audit", "profiles/compliant.yaml", "--quiet"], { cwd: cli.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/audit as of \d{4}-\d{2}-\d{2}/);
  });

  it.each([
    ["0003-06-01", "expected a date from 1970-01-01 to 2200-12-31"],
    ["1969-12-31", "expected a date from 1970-01-01 to 2200-12-31"],
    ["2201-01-01", "expected a date from 1970-01-01 to 2200-12-31"],
    ["2026-02-30", "expected a calendar date as YYYY-MM-DD"],
    ["20260101", "expected a calendar date as YYYY-MM-DD"],
  ])("--as-of %s is exit 2 (it gave a look-back start of 00-2-06-01 and $NaN)", (date, message) => {
    for (const command of ["audit", "plan", "stream"]) {
      expectUnusable(run([command, "profiles/compliant.yaml", "--as-of", date]), [`bipa-check: --as-of ${date}: ${message}`]);
    }
  });
});
