import { closeSync, ftruncateSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { decodeUtf8, loadProfile, type LoadLimits } from "../../src/practices/load.js";
import { formatProblem } from "../../src/practices/problems.js";
import { type CliResult, useCli } from "../cli/helpers/cli.js";
import { billionLaughs, manyAliases, manyKeysThenDuplicate, PROTO_JSON, PROTO_YAML, WRONG_TYPES } from "./hostile-cases.js";
import { HANG_BOUND_MS } from "./helpers.js";

/**
 * Every hostile input through the spawned CLI: exit 2, exactly the expected lines on stderr, nothing on
 * stdout, no stack trace, within a generous wall-time bound; and the library's loadProfile refuses it
 * with the same problems (each with a path and, where the input has lines, a line).
 */

// The shared "does not hang" bound: a quadratic or unbounded read takes minutes or never ends, so a
// generous bound still tells the difference on a loaded two-core machine; speed is the bench's job.
const TIME_BOUND_MS = HANG_BOUND_MS;
const AS_OF = ["--as-of", "2026-11-22"];
const cli = useCli();

function audit(file: string, extra: string[] = [], input?: string | Uint8Array): CliResult & { ms: number } {
  const started = performance.now();
  const result = cli.run(["audit", file, ...AS_OF, ...extra], { cwd: cli.dir, ...(input !== undefined ? { input } : {}) });
  return { ...result, ms: performance.now() - started };
}

function expectRefused(r: CliResult & { ms: number }, lines: string[]): void {
  expect(r.stderr.trimEnd().split("\n")).toEqual(lines);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error|RangeError|TypeError|Maximum call stack/);
  expect(r.ms).toBeLessThan(TIME_BOUND_MS);
}

/** The library path for the same bytes: refused, every problem with a path, formatted as the CLI prints it. */
function libraryLines(file: string, content: string | Uint8Array, limits: Partial<LoadLimits> = {}): string[] {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded.problems.map((p) => formatProblem(p, file));
  const result = loadProfile(decoded.text, { file, limits });
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(typeof p.path).toBe("string");
    // Only whole-file problems (size, encoding, an empty file) have no line to point at.
    if (p.path !== "" || !/over the limit|not valid UTF-8|is empty/.test(p.message)) expect(p.line).toBeGreaterThan(0);
  }
  return result.problems.map((p) => formatProblem(p, file));
}

interface Case {
  name: string;
  file: string;
  content: () => string | Uint8Array;
  extra?: string[];
  limits?: Partial<LoadLimits>;
  lines: string[];
}

const DEPTH = "nesting deeper than 64 levels (raise it with limits.maxDepth / --max-depth)";
const zeros = (n: number) => Array.from({ length: n }, () => "0").join("/");

const CASES: Case[] = [
  {
    name: "a YAML alias bomb (billion laughs)",
    file: "bomb.yaml",
    content: billionLaughs,
    lines: [
      'bomb.yaml:3:10: aliases expand to more than 100 copies of a node, a possible "billion laughs" attack (raise it with limits.maxAliases / --max-aliases) (at /a1/0)',
    ],
  },
  {
    name: "thousands of distinct aliases (each resolved by a scan of the whole document)",
    file: "aliases.yaml",
    content: () => manyAliases(20_000),
    lines: ["aliases.yaml:20002:597: 20000 aliases (*name), over the limit of 100 (raise it with limits.maxAliases / --max-aliases) (at /all/100)"],
  },
  {
    name: "deep nesting in YAML flow style (a stack overflow in the YAML composer)",
    file: "deep-flow.yaml",
    content: () => `version: 1\nx: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`,
    lines: [`deep-flow.yaml:2:68: ${DEPTH} (at /x/${zeros(64)})`],
  },
  {
    name: "deep nesting in YAML block style",
    file: "deep-block.yaml",
    content: () => `version: 1\n${Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`,
    lines: [`deep-block.yaml:67:66: ${DEPTH} (at /${Array.from({ length: 65 }, () => "k").join("/")})`],
  },
  {
    name: "deep nesting in JSON",
    file: "deep.json",
    content: () => `{"version": 1, "x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
    lines: [`deep.json:1:84: ${DEPTH} (at /x/${zeros(63)})`],
  },
  {
    name: "deep, unclosed JSON (JSON.parse rejects it; the YAML reader must not recurse into it)",
    file: "unclosed.json",
    content: () => `{"version": 1, "x": ${"[".repeat(100_000)}`,
    lines: [`unclosed.json:1:85: ${DEPTH} (at /x/${zeros(64)})`],
  },
  {
    name: "YAML deeper than the YAML reader's ceiling, even with --max-depth raised",
    file: "ceiling.yaml",
    content: () => `x: ${"[".repeat(5_000)}${"]".repeat(5_000)}\n`,
    extra: ["--max-depth", "100000"],
    limits: { maxDepth: 100_000 },
    lines: [`ceiling.yaml:1:260: nesting deeper than 256 levels, the most the YAML reader takes (write deeper documents as JSON) (at /x/${zeros(256)})`],
  },
  {
    name: "a file over the size limit",
    file: "big.yaml",
    content: () => `version: 1\n# ${"x".repeat(10 * 1024 * 1024)}\n`,
    lines: ["big.yaml: input is 10485774 bytes, over the limit of 10485760 (raise it with limits.maxBytes / --max-bytes)"],
  },
  {
    name: "a duplicate key in YAML",
    file: "dup.yaml",
    content: () => 'version: 1\norganization:\n  name: A\n  "name": B\n',
    lines: ['dup.yaml:4:3: duplicate key "name" (each key may appear once) (at /organization/name)'],
  },
  {
    name: "a duplicate key in JSON, spelled with an escape",
    file: "dup.json",
    content: () => '{"version": 1, "organization": {"name": "A", "n\\u0061me": "B"}}',
    lines: ['dup.json:1:46: duplicate key "name" (each key may appear once) (at /organization/name)'],
  },
  {
    name: "a duplicate key after 100,000 distinct keys (the YAML parser's own check was quadratic)",
    file: "dup-many.yaml",
    content: () => manyKeysThenDuplicate(100_000),
    lines: ['dup-many.yaml:100001:1: duplicate key "k0" (each key may appear once) (at /k0)'],
  },
  {
    name: "__proto__ and constructor keys in YAML",
    file: "proto.yaml",
    content: () => PROTO_YAML,
    lines: [
      'proto.yaml:2:1: unknown key "__proto__" (at /__proto__)',
      'proto.yaml:7:3: unknown key "constructor" (at /organization/constructor)',
      'proto.yaml:14:5: unknown key "__proto__" (at /systems/0/__proto__)',
    ],
  },
  {
    name: "__proto__ and constructor keys in JSON",
    file: "proto.json",
    content: () => PROTO_JSON,
    lines: [
      'proto.json:1:14: unknown key "__proto__" (at /__proto__)',
      'proto.json:1:44: unknown key "constructor" (at /constructor)',
      "proto.json:1:151: expected at least one system (at /systems)",
    ],
  },
  {
    name: "bytes that are not UTF-8 (Latin-1)",
    file: "latin1.yaml",
    content: () => Buffer.from("version: 1\norganization:\n  name: Caf\xe9\n", "latin1"),
    lines: ["latin1.yaml: the file is not valid UTF-8 text; save it as UTF-8"],
  },
  {
    name: "a UTF-16 file with its byte-order mark",
    file: "utf16.yaml",
    content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("version: 1\n", "utf16le")]),
    lines: ["utf16.yaml: the file is not valid UTF-8 text; save it as UTF-8"],
  },
  {
    name: "a UTF-8 byte-order mark before a broken profile: stripped, and lines still count from 1",
    file: "bom.yaml",
    content: () => `\ufeffversion: 2\nextra: 1\n`,
    lines: [
      "bom.yaml:1:1: missing required field (expected object) (at /organization)",
      "bom.yaml:1:1: missing required field (expected array) (at /systems)",
      "bom.yaml:1:1: expected version: 1 (the only profile version this release reads) (at /version)",
      'bom.yaml:2:1: unknown key "extra" (at /extra)',
    ],
  },
  {
    name: "several YAML documents in one file",
    file: "multi.yaml",
    content: () => "version: 1\n---\nversion: 1\n",
    lines: ["multi.yaml:2:1: found 2 YAML documents; a profile file holds exactly one"],
  },
  {
    name: "an unclosed quote in a flow-map key (found by the fuzz run: the depth pre-scan threw on it)",
    file: "quote.yaml",
    content: () => "version: 1\nx: {'unclosed: 1}\n",
    lines: [
      "quote.yaml:3:1: Flow map in block collection must be sufficiently indented and end with a }",
      "quote.yaml:3:1: Missing closing 'quote",
    ],
  },
  {
    name: "a map used as a key",
    file: "complex-key.yaml",
    content: () => "version: 1\n? {a: 1}\n: x\n",
    lines: ["complex-key.yaml:2:3: a key must be plain text, not a map, a list or an alias"],
  },
  {
    name: "a tag that asks for code (!!js/function)",
    file: "tag.yaml",
    content: () => "version: 1\nx: !!js/function 'function () { process.exit(9) }'\n",
    lines: ["tag.yaml:2:4: Unresolved tag: tag:yaml.org,2002:js/function"],
  },
  {
    name: "a scalar where the profile should be",
    file: "scalar.yaml",
    content: () => "42\n",
    lines: ["scalar.yaml:1:1: expected object, received number"],
  },
  {
    name: "a list where the profile should be",
    file: "list.json",
    content: () => "[1, 2]",
    lines: ["list.json:1:1: expected object, received array"],
  },
  {
    name: "a file of only comments",
    file: "comments.yaml",
    content: () => "# nothing here\n\n",
    lines: ["comments.yaml: the input is empty: expected a practices profile"],
  },
  {
    name: "wrong types at every level",
    file: "types.yaml",
    content: () => WRONG_TYPES,
    lines: [
      "types.yaml:1:1: expected version: 1 (the only profile version this release reads) (at /version)",
      "types.yaml:3:3: expected a string (at /organization/name)",
      'types.yaml:4:3: expected "private-entity", "government-unit" or "illinois-court" (at /organization/entityType)',
      "types.yaml:5:3: expected object, received string (at /organization/illinoisPresence)",
      "types.yaml:7:5: expected object, received string (at /systems/0)",
      "types.yaml:10:5: expected array, received string (at /systems/1/modalities)",
      "types.yaml:11:5: expected object, received string (at /systems/1/release)",
      "types.yaml:14:9: expected a whole number of 0 or more (at /systems/1/subjects/0/count)",
    ],
  },
];

describe("hostile input: exit 2, a clear message, no stack, well within the time bound", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const content = c.content();
      writeFileSync(join(cli.dir, c.file), content);
      const r = audit(c.file, c.extra);
      expectRefused(r, c.lines);
      expect(libraryLines(c.file, content, c.limits)).toEqual(c.lines);
    });
  }

  it("a 600 MB file is refused by its size before it is read", () => {
    const fd = openSync(join(cli.dir, "huge.yaml"), "w");
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk space, no time
    closeSync(fd);
    expectRefused(audit("huge.yaml"), ["huge.yaml: input is 629145600 bytes, over the limit of 10485760 (raise it with limits.maxBytes / --max-bytes)"]);
  });

  it("a 600 MB waiver file is refused by its size too, before it is read", () => {
    const fd = openSync(join(cli.dir, "huge-waivers.yaml"), "w");
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    const started = Date.now();
    const r = cli.run(["audit", "profiles/compliant.yaml", ...AS_OF, "--waivers", "huge-waivers.yaml"], { cwd: cli.dir });
    expectRefused({ ...r, ms: Date.now() - started }, [
      "huge-waivers.yaml: input is 629145600 bytes, over the limit of 10485760 (the limit for config, waiver and baseline files)",
    ]);
  });

  it("standard input past the size limit stops being read", () => {
    const r = audit("-", ["--max-bytes", "1000"], "version: 1\n".repeat(1_000));
    expectRefused(r, ["<stdin>: input is over the limit of 1000 bytes (raise it with limits.maxBytes / --max-bytes)"]);
  });

  it("the limits can be raised: the alias case passes the loader with --max-aliases", () => {
    writeFileSync(join(cli.dir, "few-aliases.yaml"), manyAliases(150));
    const r = audit("few-aliases.yaml", ["--max-aliases", "1000"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/over the limit/);
    expect(r.stderr).toMatch(/unknown key "a0"/);
  });
});

describe("prototype pollution", () => {
  it("__proto__ and constructor keys never reach Object.prototype, from YAML or JSON", () => {
    for (const text of [PROTO_YAML, PROTO_JSON]) {
      const result = loadProfile(text);
      expect(result.ok).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
    }
  });

  it("an aliased __proto__ is an own key of the data, not the prototype", () => {
    const result = loadProfile("a: &p {polluted: yes}\n__proto__: *p\n");
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
