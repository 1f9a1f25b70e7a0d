import type { Rule } from "../../src/packs/bipa/rule.js";
import { cell, code, doc, generatedBanner, table } from "./markdown.js";
import { ruleSlug } from "./rule-files.js";

const GROUPS: ReadonlyArray<{ kind: Rule["kind"]; heading: string; intro: string }> = [
  {
    kind: "scope",
    heading: "Scope: does BIPA apply?",
    intro:
      "Run first, in this order, on each system. The first rule that excludes a system ends its audit with one `info` finding that says why, and no section findings follow.",
  },
  {
    kind: "section",
    heading: "Sections: what BIPA requires",
    intro: "Run on every system in scope.",
  },
  {
    kind: "organization",
    heading: "Organization",
    intro: "Run once on the organization as a whole, when at least one system is in scope.",
  },
];

/** docs/rules/README.md: every rule in pack order, grouped by kind. */
export function renderRulesIndex(rules: readonly Rule[]): string {
  const sections = GROUPS.flatMap(({ kind, heading, intro }) => {
    const group = rules.filter((r) => r.kind === kind);
    if (group.length === 0) return [];
    return [
      `## ${heading}`,
      intro,
      table(
        ["Rule", "Section", "Severity", "What it checks"],
        group.map((r) => [`[${code(r.id)}](${ruleSlug(r.id)}.md)`, cell(r.section), r.severity, cell(r.title)]),
      ),
    ];
  });
  return doc([
    generatedBanner("the rule pack (src/packs/bipa/rules/index.ts)"),
    "# Rule reference",
    `bipa-check runs ${rules.length} rules, listed here in the order the pack runs them. Each page gives what the rule checks, the section in plain words, the authorities it rests on (with their verification status in the project's legal reference), the remedial measures it points to, and an example that fails and one that passes.`,
    "Severities: **violation** (the facts as stated breach the section), **risk** (a weaker case, or a deciding fact left `unknown`), **info** (for example, why a system is out of scope). A rule's default severity can be changed or the rule turned off per run; see the [CLI guide](../cli.md).",
    ...sections,
  ]);
}
