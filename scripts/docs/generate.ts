import { configJsonSchema } from "../../src/config/json-schema.js";
import { reportJsonSchema } from "../../src/format/report-json-schema.js";
import { renderAuthoritiesPage } from "./authorities-page.js";
import type { Rule } from "../../src/packs/bipa/rule.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { readRepoFile, type GeneratedFile } from "../golden.js";
import { regionNames, replaceRegion } from "../regions.js";
import { renderProfileJsonSchema, renderProfileReference } from "./profile-reference.js";
import { DOC_REGIONS } from "./regions-content.js";

type RegionMap = Readonly<Record<string, Readonly<Record<string, () => string>>>>;
import { rulePagePath } from "./rule-files.js";
import { renderRulePage } from "./rule-page.js";
import { renderRulesIndex } from "./rules-index.js";

/** Every fully generated docs file: one page per rule, the rule index, the profile reference, and the profile, config and report schemas. */
export function generatedDocs(rules: readonly Rule[] = bipaRules): GeneratedFile[] {
  return [
    ...rules.map((rule) => ({ path: rulePagePath(rule.id), content: renderRulePage(rule) })),
    { path: "docs/rules/README.md", content: renderRulesIndex(rules) },
    { path: "docs/authorities.md", content: renderAuthoritiesPage(rules) },
    { path: "docs/profile.md", content: renderProfileReference(rules) },
    { path: "docs/profile.schema.json", content: renderProfileJsonSchema() },
    { path: "docs/config.schema.json", content: `${JSON.stringify(configJsonSchema(), null, 2)}\n` },
    { path: "docs/report.schema.json", content: `${JSON.stringify(reportJsonSchema(), null, 2)}\n` },
  ];
}

/**
 * Hand-written pages with generated regions, with each region refreshed. Throws when a page lacks a
 * region it should have, or has a region nobody generates (a typo in a marker).
 */
export function regionDocs(map: RegionMap = DOC_REGIONS): GeneratedFile[] {
  return Object.entries(map).map(([path, regions]) => {
    const current = readRepoFile(path);
    if (current === undefined) throw new Error(`${path} is missing; it holds generated regions ${Object.keys(regions).join(", ")}`);
    const unknown = regionNames(current).filter((name) => !(name in regions));
    if (unknown.length > 0) throw new Error(`${path} has generated regions that nothing fills: ${unknown.join(", ")}`);
    let content = current.replace(/\r\n/g, "\n");
    for (const [name, render] of Object.entries(regions)) content = replaceRegion(content, name, render());
    return { path, content };
  });
}
