import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { applyExample } from "../../src/engine/examples.js";
import { parseProfile } from "../../src/practices/load.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { generatedDocs, regionDocs } from "../../scripts/docs/generate.js";
import { profileFieldPaths, undescribedFields } from "../../scripts/docs/profile-reference.js";
import { runRuleExample } from "../../scripts/docs/rule-examples.js";
import { rulePagePath, ruleSourcePath, ruleTestPath } from "../../scripts/docs/rule-files.js";
import { orphans, readRepoFile, ROOT, syncGolden, type GeneratedFile } from "../../scripts/golden.js";

/*
 * The docs: generated pages match the code (`npm run docs` regenerates them), every rule has its
 * page, source file, test file and working examples, and the hand-written guides stay true (their
 * commands, links, rule ids and API names exist).
 */

function expectCurrent(file: GeneratedFile): void {
  const { status, onDisk } = syncGolden(file);
  if (status === "missing") expect.fail(`${file.path} is missing: run \`npm run docs\``);
  expect(onDisk, `${file.path} is stale: run \`npm run docs\``).toBe(file.content);
}

/** Hand-written pages this suite keeps honest (other docs/ pages are checked for links only). */
const GUIDES = ["docs/getting-started.md", "docs/api.md", "examples/README.md", "README.md"];

describe("generated docs", () => {
  const files = generatedDocs();
  for (const file of files) it(`${file.path} is current`, () => expectCurrent(file));

  it("has no rule page for a rule that no longer exists", () => {
    const expected = new Set(files.map((f) => f.path));
    expect(orphans("docs/rules", /\.md$/, expected), "delete these, or run `npm run docs`").toEqual([]);
  });

  for (const file of regionDocs()) it(`the generated regions of ${file.path} are current`, () => expectCurrent(file));
});

describe.each(bipaRules.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  it("has its doc page", () => {
    expect(existsSync(join(ROOT, rulePagePath(rule.id))), `${rulePagePath(rule.id)}: run \`npm run docs\``).toBe(true);
  });

  it("is defined in a file named after it, with a test file at the mirrored path", () => {
    const source = ruleSourcePath(rule);
    expect(source, `no src/packs/<pack>/rules/<folder>/<slug>.ts defines ${rule.id}`).toBeDefined();
    expect(readFileSync(join(ROOT, source!), "utf8")).toContain(`"${rule.id}"`);
    const test = ruleTestPath(source!);
    expect(existsSync(join(ROOT, test)), `missing test file ${test}`).toBe(true);
  });

  it("has documented examples: the failing one fires, the passing one does not", () => {
    const { failing, passing } = rule.examples;
    for (const example of [failing, passing]) {
      expect(example.description.trim().length, "example description").toBeGreaterThan(10);
      expect(parseProfile(applyExample(compliantProfile, example)).ok).toBe(true);
    }
    expect(failing.system ?? failing.organization, "the failing example must change something").toBeDefined();
    const fails = runRuleExample(rule, failing);
    const passes = runRuleExample(rule, passing);
    expect(fails.ok && fails.findings.length, "the failing example fires the rule").toBeGreaterThan(0);
    expect(passes.ok && passes.findings, "the passing example does not fire the rule").toEqual([]);
  });

  it("has plain-language text and a summary for its page", () => {
    expect(rule.summary.length).toBeGreaterThan(40);
    expect(rule.plainLanguage.length).toBeGreaterThan(40);
  });
});

describe("the profile reference", () => {
  it("gives every field a meaning, from its .describe() in the zod schema", () => {
    const missing = undescribedFields().map((f) => f.path);
    expect(missing, "describe these in src/practices/schema.ts").toEqual([]);
    expect(profileFieldPaths().length).toBeGreaterThan(100);
  });
});

describe("the hand-written guides", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  // The CLI's commands, read from its command tree (src/cli/program.ts), plus commander's `help`.
  const cliCommands = ["help", ...[...readFileSync(join(ROOT, "src/cli/program.ts"), "utf8").matchAll(/\.command\("([a-z-]+)/g)].map((m) => m[1]!)];
  /** The commands in a Markdown page: shell code blocks, and inline code spans that start with a command. */
  const commandsOf = (markdown: string) =>
    [
      ...[...markdown.matchAll(/```(?:sh|bash|shell|console)\n([\s\S]*?)```/g)].map((m) => m[1]!),
      ...[...markdown.matchAll(/`((?:npx )?bipa-check [^`\n]+)`/g)].map((m) => m[1]!),
    ].join("\n");
  const ruleIds = new Set(bipaRules.map((r) => r.id));

  for (const path of GUIDES) {
    const text = () => readRepoFile(path) ?? "";

    it(`${path} exists`, () => expect(readRepoFile(path), path).toBeDefined());

    it(`${path}: every \`npm run\` script it names exists in package.json`, () => {
      const named = [...text().matchAll(/npm run ([a-z][\w:.-]*)/g)].map((m) => m[1]!);
      for (const script of new Set(named)) expect(pkg.scripts?.[script], `package.json has no "${script}" script`).toBeDefined();
    });

    it(`${path}: every bipa-check command it names exists`, () => {
      const named = [...commandsOf(text()).matchAll(/(?:^|\s)bipa-check ([a-z]+)/g)].map((m) => m[1]!);
      for (const command of new Set(named)) expect(cliCommands, `bipa-check ${command}`).toContain(command);
    });

    it(`${path}: every rule id it names exists`, () => {
      const named = [...text().matchAll(/\bbipa\/([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => `bipa/${m[1]}`);
      for (const id of new Set(named)) expect(ruleIds, id).toContain(id);
    });

    it(`${path}: every example file it names exists`, () => {
      const named = [...text().matchAll(/examples\/([\w.-]+\.(?:yaml|json|txt))/g)].map((m) => `examples/${m[1]}`);
      for (const file of new Set(named)) expect(existsSync(join(ROOT, file)), file).toBe(true);
    });
  }

  it("every relative link in the docs resolves to a file", () => {
    const pages = [
      ...GUIDES,
      ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
      ...readdirSync(join(ROOT, "docs/rules")).filter((f) => f.endsWith(".md")).map((f) => `docs/rules/${f}`),
    ];
    const broken: string[] = [];
    for (const page of new Set(pages)) {
      const text = readRepoFile(page) ?? "";
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const resolved = normalize(join(dirname(page), target!));
        if (!existsSync(join(ROOT, resolved))) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken, "broken relative links").toEqual([]);
  });

  it("docs/api.md names every export of the public API (src/index.ts)", () => {
    const index = readFileSync(join(ROOT, "src/index.ts"), "utf8");
    const names = [...index.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)].flatMap((m) =>
      m[1]!
        .split(",")
        .map((s) => s.trim().replace(/^type\s+/, ""))
        .filter(Boolean)
        .map((s) => s.split(/\s+as\s+/).pop()!),
    );
    const direct = [...index.matchAll(/export\s+(?:declare\s+)?(?:const|function|class|type|interface)\s+(\w+)/g)].map((m) => m[1]!);
    const api = readRepoFile("docs/api.md") ?? "";
    const missing = [...new Set([...names, ...direct])].filter((name) => !new RegExp(`\`${name}[\`(\\[<]`).test(api));
    expect(missing, "document these in docs/api.md").toEqual([]);
  });
});
