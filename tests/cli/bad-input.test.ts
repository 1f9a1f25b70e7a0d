import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, useCli } from "./helpers/cli.js";

const cli = useCli();

const AS_OF = ["--as-of", "2026-11-22"];
const audit = (args: string[], options: Parameters<typeof runCli>[2] = {}) => cli.run(["audit", ...args], { cwd: cli.dir, ...options });

/** Exit 2, nothing on stdout, every stderr line `file:line:column: message` (or `file: message`), no stack. */
function expectUnusable(r: ReturnType<typeof runCli>, lines: string[]): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toEqual(lines);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("audit: unusable profiles exit 2 with every problem as file:line:column", () => {
  it("a missing file", () => {
    expectUnusable(audit(["profiles/nope.yaml", ...AS_OF]), ["profiles/nope.yaml: file not found"]);
  });

  it("a directory", () => {
    expectUnusable(audit(["profiles", ...AS_OF]), ["profiles: is a directory, not a file"]);
  });

  it("invalid YAML", () => {
    expectUnusable(audit(["bad/invalid-yaml.yaml", ...AS_OF]), ['bad/invalid-yaml.yaml:6:1: Missing closing "quote']);
  });

  it("schema errors, all at once, in file order", () => {
    expectUnusable(audit(["bad/invalid-schema.yaml", ...AS_OF]), [
      "bad/invalid-schema.yaml:2:1: expected version: 1 (the only profile version this release reads) (at /version)",
      'bad/invalid-schema.yaml:5:3: expected "private-entity", "government-unit" or "illinois-court" (at /organization/entityType)',
      "bad/invalid-schema.yaml:7:5: expected an id of lower-case letters, digits, '.', '_' or '-' (at most 80), starting with a letter or digit (at /systems/0/id)",
      "bad/invalid-schema.yaml:9:31: expected one of: fingerprint, face-geometry, iris, retina, voiceprint, hand-geometry (at /systems/0/modalities/1)",
      'bad/invalid-schema.yaml:11:7: expected a date (YYYY-MM-DD, YYYY-MM or YYYY, 1970-2200) or "unknown" (at /systems/0/notice/date)',
      'bad/invalid-schema.yaml:12:5: unknown key "releese" (did you mean "release"?) (at /systems/0/releese)',
    ]);
  });

  it("an empty file", () => {
    expectUnusable(audit(["bad/empty.yaml", ...AS_OF]), ["bad/empty.yaml: the input is empty: expected a practices profile"]);
  });

  it("a file that is not UTF-8, from disk or from standard input", () => {
    writeFileSync(join(cli.dir, "latin1.yaml"), Buffer.from("version: 1\norganization:\n  name: Caf\xe9 SA\n", "latin1"));
    expectUnusable(audit(["latin1.yaml", ...AS_OF]), ["latin1.yaml: the file is not valid UTF-8 text; save it as UTF-8"]);
    expectUnusable(audit(["-", ...AS_OF], { input: Buffer.from([0x76, 0xff, 0xfe]) }), ["<stdin>: the file is not valid UTF-8 text; save it as UTF-8"]);
  });

  it("several bad files: every problem of every file, and no report for the good ones", () => {
    const r = audit(["profiles/compliant.yaml", "bad/invalid-yaml.yaml", "profiles/nope.yaml", ...AS_OF]);
    expectUnusable(r, ['bad/invalid-yaml.yaml:6:1: Missing closing "quote', "profiles/nope.yaml: file not found"]);
  });

  it("a profile over --max-bytes", () => {
    const r = audit(["profiles/compliant.yaml", "--max-bytes", "100", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^profiles\/compliant\.yaml: input is \d+ bytes, over the limit of 100/);
  });
});

describe("audit: bad arguments exit 2 before reading anything", () => {
  it("lists every argument mistake at once", () => {
    const r = audit(["profiles/nope.yaml", "--format", "pdf", "--format", "json", "--format", "text", "--rule", "x", "--max-depth", "0"]);
    expectUnusable(r, [
      'bipa-check: --format pdf: unknown format "pdf"; expected one of text, json, sarif, junit, markdown, html, github, gitlab',
      "bipa-check: --format: only one format can write to standard output; give the others a file, e.g. --format sarif=bipa.sarif",
      "bipa-check: --rule x: expected RULE=off|violation|risk|info, e.g. --rule bipa/15c-profit=risk",
      "bipa-check: --max-depth 0: expected a whole number above 0",
    ]);
  });

  it("rejects two formats writing to one file", () => {
    expectUnusable(audit(["profiles/compliant.yaml", "--format", "json=out.x", "--format", "sarif=out.x", ...AS_OF]), [
      "bipa-check: --format: two formats write to the same file",
    ]);
  });
});
