import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandBraces, expandGlob, isGlob } from "../../src/cli/glob.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bipa-glob-"));
  for (const f of ["a.yaml", "b.yml", "c.json", ".hidden.yaml", "x/d.yaml", "x/y/e.yaml", "x/y/f.txt", "node_modules/n.yaml", ".git/g.yaml", "sp ace/s.yaml"]) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), "");
  }
  mkdirSync(join(dir, "x", "dir.yaml")); // a directory that matches *.yaml is not a file
  symlinkSync(join(dir, "x"), join(dir, "x", "y", "loop"), "dir"); // must not loop
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("globs", () => {
  it("tells patterns from paths", () => {
    expect(isGlob("profiles/*.yaml")).toBe(true);
    expect(isGlob("p?.yaml")).toBe(true);
    expect(isGlob("{a,b}.yaml")).toBe(true);
    expect(isGlob("profiles/acme.yaml")).toBe(false);
  });

  it("expands one level of braces", () => {
    expect(expandBraces("p/*.{yaml,yml}")).toEqual(["p/*.yaml", "p/*.yml"]);
    expect(expandBraces("{a,b}/{c,d}")).toEqual(["a/c", "a/d", "b/c", "b/d"]);
  });

  it("matches * and ? within one segment, not dotfiles, files only, sorted", () => {
    expect(expandGlob("*.yaml", dir)).toEqual(["a.yaml"]);
    expect(expandGlob("?.y*ml", dir)).toEqual(["a.yaml", "b.yml"]);
    expect(expandGlob("*.{yaml,yml,json}", dir)).toEqual(["a.yaml", "b.yml", "c.json"]);
    expect(expandGlob("x/*.yaml", dir)).toEqual(["x/d.yaml"]);
    expect(expandGlob(".*.yaml", dir)).toEqual([".hidden.yaml"]);
  });

  it("matches ** across directories, skipping node_modules, .git and symlinked directories", () => {
    expect(expandGlob("**/*.yaml", dir)).toEqual(["a.yaml", "sp ace/s.yaml", "x/d.yaml", "x/y/e.yaml"]);
    expect(expandGlob("x/**/*.yaml", dir)).toEqual(["x/d.yaml", "x/y/e.yaml"]);
    expect(expandGlob("x/**", dir)).toEqual(["x/d.yaml", "x/y/e.yaml", "x/y/f.txt"]);
  });

  it("works with absolute patterns and returns nothing for missing directories", () => {
    expect(expandGlob(join(dir, "x", "*.yaml"), "/")).toEqual([join(dir, "x", "d.yaml")]);
    expect(expandGlob("missing/*.yaml", dir)).toEqual([]);
  });

  it("treats regex characters in names literally", () => {
    writeFileSync(join(dir, "p+(1).yaml"), "");
    expect(expandGlob("p+(1).*", dir)).toEqual(["p+(1).yaml"]);
  });
});
