import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RuleMeta } from "../../src/packs/bipa/rule.js";
import { ROOT } from "../golden.js";

/** The rule id without its pack: `bipa/15c-profit` → `15c-profit`. */
export function ruleSlug(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(slash + 1);
}

/** The pack of a rule id: `bipa/15c-profit` → `bipa`. */
export function rulePack(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? "" : id.slice(0, slash);
}

/** Where a rule's page is generated, relative to the repository root. */
export function rulePagePath(id: string): string {
  return `docs/rules/${ruleSlug(id)}.md`;
}

/**
 * The file that defines a rule: `src/packs/<pack>/rules/<folder>/<slug>.ts`, one rule per file named after
 * its id. Undefined when no such file exists (a test reports it).
 */
export function ruleSourcePath(rule: Pick<RuleMeta, "id">): string | undefined {
  const packDir = join(ROOT, "src", "packs", rulePack(rule.id), "rules");
  if (!existsSync(packDir)) return undefined;
  const slug = ruleSlug(rule.id);
  const folders = readdirSync(packDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const folder = folders.find((f) => existsSync(join(packDir, f, `${slug}.ts`)));
  return folder === undefined ? undefined : `src/packs/${rulePack(rule.id)}/rules/${folder}/${slug}.ts`;
}

/** The test file that mirrors a rule's source file: `tests/rules/<pack>/<folder>/<slug>.test.ts`. */
export function ruleTestPath(sourcePath: string): string {
  return sourcePath.replace(/^src\//, "tests/").replace(/\.ts$/, ".test.ts");
}
