import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCli, ROOT } from "../cli/helpers/cli.js";
import { generateNdjsonLines } from "../bench/generate.js";

/*
 * Every `bipa-check …` command the README and docs/ show, run, so none can drift from the CLI:
 *
 * - shell blocks (sh, bash, shell, console): each line that runs bipa-check (after joining `\`
 *   continuations and dropping comments) is run with bash, in order, in a fresh scratch workspace per
 *   block; it must exit 0 or 1 (it ran and gave a verdict), never 2 (a usage error) or 3;
 * - inline code that is a whole command (`bipa-check explain 15c-profit`), the same way;
 * - `$ command` sessions in text blocks: run in one shell, and what each prints must be exactly what
 *   the page shows.
 *
 * The workspace holds the files the docs name (profile.yaml, profiles/, waivers, a baseline, an NDJSON
 * estate, the examples) and bipa-check installed in node_modules/.bin, the way the docs install it.
 * `npx --no-install bipa-check` resolves to that install (one test runs the real npx once); any other
 * npx, and any install of the bare name "bipa-check", fails the docs check outright.
 */

const PAGES = [
  "README.md",
  "examples/README.md",
  ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    // The HTML report and diff guides need a git repository with history: html-diff-guides.test.ts runs them.
    .filter((f) => f !== "html-report.md" && f !== "diff.md")
    .map((f) => `docs/${f.split("\\").join("/")}`)
    .sort(),
];
const read = (page: string) => readFileSync(join(ROOT, page), "utf8");
/** The CLI's commands, from its command tree. */
const CLI_COMMANDS = [...read("src/cli/program.ts").matchAll(/\.command\("([a-z-]+)/g)].map((m) => m[1]!);

/** Code blocks of a page with their language. */
function blocks(markdown: string): Array<{ lang: string; body: string }> {
  return [...markdown.matchAll(/^```([\w-]*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** A shell line without its trailing comment (a `#` after whitespace, outside quotes). */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The command lines of a shell block: continuations joined, comments and blank lines dropped. */
function commandLines(body: string): string[] {
  return body
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map(stripComment)
    .filter((l) => l.trim() !== "");
}

/** Whether a shell line runs bipa-check (as a command, not as an argument such as `cd bipa-check`). */
function runsBipaCheck(line: string): boolean {
  // `git:<ref>:<path>` needs a repository with history: tests/docs/html-diff-guides.test.ts and
  // tests/cli/diff.test.ts run those in one.
  if (/\bgit:[^\s]+:/.test(line)) return false;
  return /(?:^|[|;&]\s*|&&\s*)(?:npx --no-install |\.\/node_modules\/\.bin\/)?bipa-check(?:\s|$)/.test(line.trim());
}

interface DocCommand {
  page: string;
  commands: string[];
}

/**
 * Per page, in the order a reader meets them: each shell block's bipa-check lines, and each inline
 * command. A page's commands share one workspace, so a guide's `init` comes before its `audit`.
 */
function shellCommands(): DocCommand[] {
  const out: DocCommand[] = [];
  for (const page of PAGES) {
    const text = read(page);
    const found: Array<{ at: number; commands: string[] }> = [];
    const fenced: Array<[number, number]> = [];
    for (const m of text.matchAll(/^```([\w-]*)\n([\s\S]*?)^```/gm)) {
      fenced.push([m.index, m.index + m[0].length]);
      if (!["sh", "bash", "shell", "console"].includes(m[1]!)) continue;
      const commands = commandLines(m[2]!).filter(runsBipaCheck);
      if (commands.length > 0) found.push({ at: m.index, commands });
    }
    for (const m of text.matchAll(/`((?:npx --no-install )?bipa-check [^`\n]+)`/g)) {
      if (fenced.some(([a, b]) => m.index >= a && m.index < b)) continue;
      // A whole command: a known subcommand with arguments; not a synopsis with placeholders, not a
      // bare mention of a command (`bipa-check plan`), not other text that starts with the name.
      const span = m[1]!;
      const words = span.replace(/^npx --no-install /, "").split(/\s+/);
      if (/[<[…]|\.\.\./.test(span) || words.length < 3 || !CLI_COMMANDS.includes(words[1]!) || !runsBipaCheck(span)) continue;
      found.push({ at: m.index, commands: [span] });
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) out.push({ page, commands: f.commands });
  }
  return out;
}

/** `$ command` sessions in text blocks: each command and the lines it prints. */
function sessions(): Array<{ page: string; steps: Array<{ command: string; expected: string[] }> }> {
  const out: Array<{ page: string; steps: Array<{ command: string; expected: string[] }> }> = [];
  for (const page of PAGES) {
    for (const b of blocks(read(page))) {
      if (b.lang !== "text" || !/^\$ /m.test(b.body)) continue;
      const steps: Array<{ command: string; expected: string[] }> = [];
      for (const line of b.body.trimEnd().split("\n")) {
        if (line.startsWith("$ ")) steps.push({ command: line.slice(2), expected: [] });
        else steps.at(-1)?.expected.push(line);
      }
      out.push({ page, steps });
    }
  }
  return out;
}

let scratch = "";
let template = "";
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bipa-docs-"));
  template = join(scratch, "template");
  const pkg = join(template, "node_modules", "bipa-check");
  cpSync(dirname(await ensureCli()), join(pkg, "dist"), { recursive: true });
  chmodSync(join(pkg, "dist", "cli.js"), 0o755);
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "bipa-check", version: "0.0.0-docs", type: "module", bin: { "bipa-check": "dist/cli.js" } }));
  mkdirSync(join(template, "node_modules", ".bin"));
  symlinkSync("../bipa-check/dist/cli.js", join(template, "node_modules", ".bin", "bipa-check"));
  writeFileSync(join(template, "package.json"), JSON.stringify({ private: true, devDependencies: { "bipa-check": "file:vendor/bipa-check-0.0.0-docs.tgz" } }));
  const fixtures = join(ROOT, "tests", "fixtures");
  cpSync(join(ROOT, "examples"), join(template, "examples"), { recursive: true });
  cpSync(join(fixtures, "profiles"), join(template, "profiles"), { recursive: true });
  cpSync(join(fixtures, "profiles", "violating.yaml"), join(template, "profile.yaml"));
  cpSync(join(fixtures, "profiles", "risky.json"), join(template, "profile.json"));
  cpSync(join(fixtures, "profiles", "risky.json"), join(template, "inventory.json"));
  const waivers = readFileSync(join(fixtures, "waivers", "valid.yaml"), "utf8").replace(/expires: \d{4}-\d{2}-\d{2}/g, "expires: 2099-12-31");
  writeFileSync(join(template, "bipa-waivers.yaml"), waivers);
  writeFileSync(join(template, "waivers.yaml"), waivers);
  writeFileSync(join(template, "bipa-baseline.json"), `${JSON.stringify({ baselineVersion: 1, tool: "bipa-check", entries: [] }, null, 2)}\n`);
  writeFileSync(join(template, "estate.ndjson"), `${[...generateNdjsonLines(3)].join("\n")}\n`);
  // The profile with two mistakes that the CLI guide's exit-code session audits.
  writeFileSync(
    join(template, "bad.yaml"),
    "# two mistakes: the version, and a misspelt key\nversion: 2\norganization:\n  name: Example Co.\n  entityType: private-entity\nsystems:\n  - id: timeclock\n    name: Fingerprint timeclock\n    modalities: [fingerprint]\n    notice:\n      inWriting: true\n    releese:\n      type: none\n",
  );
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the workspace. */
function workspace(): string {
  const dir = mkdtempSync(join(scratch, "ws-"));
  cpSync(template, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** bash with bipa-check on PATH, and `npx --no-install bipa-check` resolving to it (any other npx refused). */
const PRELUDE = `npx() { if [ "$1" = "--no-install" ] && [ "$2" = "bipa-check" ]; then shift 2; bipa-check "$@"; else echo "docs: only npx --no-install bipa-check may run" >&2; return 97; fi; }`;
function bash(script: string, cwd: string) {
  const r = spawnSync("bash", ["--noprofile", "--norc", "-c", `${PRELUDE}\n${script}`], {
    cwd,
    encoding: "utf8",
    env: { PATH: `${join(cwd, "node_modules", ".bin")}:${process.env.PATH ?? ""}`, HOME: cwd, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the commands in README.md and docs/", () => {
  const found = shellCommands();

  it("are found (the extraction works)", () => {
    expect(found.flatMap((f) => f.commands).length).toBeGreaterThan(30);
    expect(found.some((f) => f.page === "README.md")).toBe(true);
    expect(found.some((f) => f.page === "docs/ci.md")).toBe(true);
  });

  const workspaces = new Map<string, string>();
  for (const { page, commands } of found) {
    it(`${page}: ${commands.join(" && ").slice(0, 120)}`, () => {
      const dir = workspaces.get(page) ?? workspace();
      workspaces.set(page, dir);
      for (const command of commands) {
        const r = bash(command, dir);
        expect([0, 1], `${page}: \`${command}\` exited ${r.code}\n${r.stderr}`).toContain(r.code);
      }
    });
  }

  for (const { page, steps } of sessions()) {
    it(`${page}: the session ${steps.map((s) => `$ ${s.command}`).join("; ")} prints what the page shows`, () => {
      const dir = workspace();
      const script = ["exec 2>&1", "__s=0", ...steps.flatMap((s, i) => [`echo "@@step ${i}"`, `(exit $__s)`, s.command, "__s=$?"])].join("\n");
      const printed = bash(script, dir).stdout.split(/^@@step \d+\n/m).slice(1);
      steps.forEach((s, i) => expect(printed[i]!.trimEnd(), `$ ${s.command}`).toBe(s.expected.join("\n")));
    });
  }
});

describe("installing bipa-check, as the docs say to", () => {
  it("never names a package the registry could supply: no bare npx, no install of the bare name", () => {
    const bad: string[] = [];
    for (const page of PAGES) {
      const text = read(page);
      for (const m of text.matchAll(/npx (?!--no-install )(?:-[\w-]+ )*bipa-check\b/g)) bad.push(`${page}: ${m[0]}`);
      for (const m of text.matchAll(/\b(?:npm (?:i|install|add)|yarn add|pnpm add)\b[^\n`]*?(?:^|\s)bipa-check(?:@[\w.^~-]+)?(?=\s|$|`)/gm)) bad.push(`${page}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it("npx --no-install bipa-check runs the installed copy (the real npx, once)", () => {
    const dir = workspace();
    const r = spawnSync("npx", ["--no-install", "bipa-check", "--version"], { cwd: dir, encoding: "utf8", env: { ...process.env, npm_config_offline: "true" } });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
