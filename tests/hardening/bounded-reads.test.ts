import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openRegularFile, readFileBounded } from "../../src/cli/read-bounded.js";
import { useCli } from "../cli/helpers/cli.js";
import { AS_OF, expectUnusable, timed } from "./helpers.js";

/**
 * Issue 15, "Unbounded reads": every file the CLI opens goes through one reader that refuses what is
 * not a regular file and counts the bytes it reads, whatever stat says. Before, a config naming
 * /dev/zero as its waiver file read 1.5 GB in 15 s, and a profile path of /dev/zero reached 12 GB.
 */

const cli = useCli();
const hasFifo = spawnSync("mkfifo", ["--help"]).status === 0;
const NOT_REGULAR = "not a regular file; bipa-check reads only regular files (it could not tell where such a file ends)";

function fifo(name: string): string {
  const path = join(cli.dir, name);
  if (!existsSync(path)) spawnSync("mkfifo", [path]);
  return path;
}

function link(name: string, target: string): string {
  const path = join(cli.dir, name);
  if (!existsSync(path)) symlinkSync(target, path);
  return name;
}

const audit = (args: string[], options: Parameters<typeof cli.run>[1] = {}) => timed(() => cli.run(["audit", ...args, ...AS_OF], { cwd: cli.dir, ...options }));

describe("profiles that are not regular files: exit 2 at once", () => {
  it.each(["/dev/zero", "/dev/urandom"])("%s", (path) => {
    // Shown relative to the working directory, as every path is (../../dev/zero).
    expectUnusable(audit([path]), [new RegExp(`^(\\.\\./)*${path.slice(1).replace("/", "\\/")}: is a character device, not a regular file; `)]);
  });

  it("a symbolic link to /dev/zero", () => {
    expectUnusable(audit([link("zero.yaml", "/dev/zero")]), [`zero.yaml: is a symbolic link to a character device, ${NOT_REGULAR}`]);
  });

  it.runIf(hasFifo)("a named pipe (FIFO) with no writer, and a link to one", () => {
    fifo("pipe.yaml");
    expectUnusable(audit(["pipe.yaml"]), [`pipe.yaml: is a named pipe (FIFO), ${NOT_REGULAR}`]);
    expectUnusable(audit([link("to-pipe.yaml", join(cli.dir, "pipe.yaml"))]), [`to-pipe.yaml: is a symbolic link to a named pipe (FIFO), ${NOT_REGULAR}`]);
  });

  it("standard input from /dev/zero", () => {
    const fd = openSync("/dev/zero", "r");
    try {
      const r = timed(() => {
        const res = spawnSync(process.execPath, [cli.path, "audit", "-", ...AS_OF], { cwd: cli.dir, stdio: [fd, "pipe", "pipe"], encoding: "utf8", timeout: 60_000 });
        return { code: res.status, stdout: res.stdout, stderr: res.stderr };
      });
      expectUnusable(r, ["<stdin>: standard input is a character device, not a pipe or a regular file; bipa-check could not tell where it ends"]);
    } finally {
      closeSync(fd);
    }
  });

  it("a directory", () => {
    mkdirSync(join(cli.dir, "dir.yaml"), { recursive: true });
    expectUnusable(audit(["dir.yaml"]), ["dir.yaml: is a directory, not a file"]);
  });
});

describe("config, waiver and baseline files that are not regular files: exit 2 at once", () => {
  it("a committed config naming /dev/zero as its waiver file", () => {
    mkdirSync(join(cli.dir, "repo-w"), { recursive: true });
    writeFileSync(join(cli.dir, "repo-w", "bipa-check.config.yaml"), "waivers: /dev/zero\n");
    copyFileSync(join(cli.dir, "profiles", "compliant.yaml"), join(cli.dir, "repo-w", "p.yaml"));
    expectUnusable(audit(["repo-w/p.yaml"]), [/^\S*dev\/zero: is a character device, not a regular file; /]);
  });

  it("a committed config naming /dev/urandom as its baseline", () => {
    mkdirSync(join(cli.dir, "repo-b"), { recursive: true });
    writeFileSync(join(cli.dir, "repo-b", "bipa-check.config.yaml"), "baseline: /dev/urandom\n");
    copyFileSync(join(cli.dir, "profiles", "compliant.yaml"), join(cli.dir, "repo-b", "p.yaml"));
    expectUnusable(audit(["repo-b/p.yaml"]), [/^\S*dev\/urandom: is a character device, not a regular file; /]);
  });

  it("a waiver file and a baseline that link to /dev/zero", () => {
    expectUnusable(audit(["profiles/compliant.yaml", "--waivers", link("w.yaml", "/dev/zero")]), [`w.yaml: is a symbolic link to a character device, ${NOT_REGULAR}`]);
    expectUnusable(audit(["profiles/compliant.yaml", "--baseline", link("b.json", "/dev/zero")]), [`b.json: is a symbolic link to a character device, ${NOT_REGULAR}`]);
  });

  it.runIf(hasFifo)("a config file that is a FIFO (found by the upward search) and a waiver FIFO", () => {
    mkdirSync(join(cli.dir, "repo-f"), { recursive: true });
    fifo("repo-f/bipa-check.config.yaml");
    writeFileSync(join(cli.dir, "repo-f", "p.yaml"), "version: 1\n");
    expectUnusable(audit(["repo-f/p.yaml"]), [`repo-f/bipa-check.config.yaml: is a named pipe (FIFO), ${NOT_REGULAR}`]);
    fifo("waivers.fifo");
    expectUnusable(audit(["profiles/compliant.yaml", "--waivers", "waivers.fifo"]), [`waivers.fifo: is a named pipe (FIFO), ${NOT_REGULAR}`]);
  });
});

describe("stream: the inventory must be a regular file or a pipe", () => {
  it("a symbolic link to /dev/zero", () => {
    const r = timed(() => cli.run(["stream", link("inv.ndjson", "/dev/zero"), ...AS_OF], { cwd: cli.dir }));
    expectUnusable(r, [`inv.ndjson: is a symbolic link to a character device, ${NOT_REGULAR}`]);
  });

  it.runIf(hasFifo)("a FIFO", () => {
    fifo("inv.fifo");
    const r = timed(() => cli.run(["stream", "inv.fifo", ...AS_OF], { cwd: cli.dir }));
    expectUnusable(r, [`inv.fifo: is a named pipe (FIFO), ${NOT_REGULAR}`]);
  });
});

describe("the bounded reader counts bytes, whatever stat says", () => {
  it("refuses /dev/zero without reading it, and reads a regular file whole", () => {
    const zero = readFileBounded("/dev/zero", 1024);
    expect(zero.ok).toBe(false);
    const path = join(cli.dir, "small.txt");
    writeFileSync(path, "hello");
    const small = readFileBounded(path, 5);
    expect(small.ok && Buffer.from(small.bytes).toString()).toBe("hello");
    expect(readFileBounded(path, 4)).toMatchObject({ ok: false, problem: { code: "limit" } });
  });

  it("stops at the limit on a file whose stat size is 0 (/proc)", () => {
    // /proc/self/maps is a regular file of size 0 that holds kilobytes: stat alone would let it through.
    if (!existsSync("/proc/self/maps")) return;
    const opened = openRegularFile("/proc/self/maps");
    expect(opened.ok && opened.stats.size).toBe(0);
    if (opened.ok) closeSync(opened.fd);
    expect(readFileBounded("/proc/self/maps", 100)).toEqual({
      ok: false,
      problem: { path: "", code: "limit", message: "input is over the limit of 100 bytes (raise it with limits.maxBytes / --max-bytes)" },
    });
  });
});
