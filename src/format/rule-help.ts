import { stringify } from "yaml";
import type { RuleExample, RuleMeta } from "../packs/bipa/rule.js";
import { remedyTitle } from "../packs/bipa/remedies/catalog.js";
import { authorities, citeAuthority, type Authority } from "../packs/bipa/authorities.js";
import { paint } from "./ansi.js";
import { mdCell, mdCode, mdCodeCell, mdText } from "./escape-markdown.js";

/**
 * Where rule documentation lives: `docs/rules/<slug>.md`, a path inside the bipa-check package (it
 * ships its docs). The project has no published home yet, so there is no URL to link to.
 */
export const RULE_DOCS_BASE = "docs/rules/";

/** The rule id without its pack: `bipa/15c-profit` → `15c-profit`. */
export function ruleSlug(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(slash + 1);
}

/** The rule's page as a path inside the package: `docs/rules/15c-profit.md`. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${ruleSlug(id)}.md`;
}

/** The catalog entries a rule cites (ids missing from the catalog are skipped). */
export function ruleAuthorities(rule: Pick<RuleMeta, "authorities">): Authority[] {
  const table = authorities as Readonly<Record<string, Authority | undefined>>;
  return rule.authorities.map((id) => table[id]).filter((a): a is Authority => a !== undefined);
}

function cite(a: Authority): string {
  const text = citeAuthority(a);
  return a.status === "UNVERIFIED" && !text.includes("[UNVERIFIED]") ? `${text} [UNVERIFIED]` : text;
}

/** Plain-text help for a rule (SARIF `help.text`): the section, plain words, authorities, remedies, docs. */
export function ruleHelpText(rule: RuleMeta): string {
  return [
    `${rule.title} (${rule.section})`,
    "",
    rule.plainLanguage,
    "",
    `What the rule checks: ${rule.summary}`,
    "",
    "Authorities:",
    ...ruleAuthorities(rule).map((a) => `- ${cite(a)}: ${a.holding}`),
    "",
    "Remedies:",
    ...rule.remedies.map((id) => `- ${remedyTitle(id)}`),
    "",
    `Documentation: ${ruleDocsUrl(rule.id)} in the bipa-check package`,
  ].join("\n");
}

/** Markdown help for a rule (SARIF `help.markdown`, shown by GitHub code scanning). */
export function ruleHelpMarkdown(rule: RuleMeta): string {
  return [
    `**${md(rule.section)}**: ${md(rule.title)}`,
    "",
    md(rule.plainLanguage),
    "",
    `**What the rule checks.** ${md(rule.summary)}`,
    "",
    "**Authorities**",
    "",
    ...ruleAuthorities(rule).map((a) => `- ${a.url ? `[${md(cite(a))}](${a.url})` : md(cite(a))}: ${md(a.holding)}`),
    "",
    "**Remedies**",
    "",
    ...rule.remedies.map((id) => `- ${md(remedyTitle(id))} (\`${id}\`)`),
    "",
    `Rule documentation: \`${ruleDocsUrl(rule.id)}\` in the bipa-check package.`,
    "",
    "_bipa-check is an assessment aid, not legal advice._",
  ].join("\n");
}

/** Escapes text for Markdown: one line, no structure, no mention or reference (see escape-markdown.ts). */
export function md(text: string): string {
  return mdText(text);
}

/** An example patch as YAML: the organization and first-system fields it sets on the compliant profile. */
export function exampleYaml(example: RuleExample): string {
  const doc: Record<string, unknown> = {};
  if (example.organization) doc.organization = example.organization;
  if (example.system) doc.systems = [example.system];
  return stringify(doc, { lineWidth: 0 }).trimEnd();
}

/**
 * Everything `bipa-check explain <rule>` prints: what the rule checks, the section in plain words,
 * its authorities and remedies, and a failing and a passing example as YAML.
 */
export function explainRule(rule: RuleMeta, options: { color?: boolean } = {}): string {
  const p = paint(options.color ?? false);
  const indent = (text: string) =>
    text
      .split("\n")
      .map((l) => `    ${l}`)
      .join("\n");
  const example = (label: string, e: RuleExample) => [
    p.bold(`${label}: ${e.description}`),
    indent(exampleYaml(e)),
  ];
  return [
    p.bold(`${rule.id}: ${rule.title}`),
    `Section: ${rule.section} · default severity: ${rule.severity} · kind: ${rule.kind}${rule.tags.length ? ` · tags: ${rule.tags.join(", ")}` : ""}`,
    "",
    p.bold("What it checks"),
    `  ${rule.summary}`,
    "",
    p.bold("The section in plain words"),
    `  ${rule.plainLanguage}`,
    "",
    p.bold("Authorities"),
    ...ruleAuthorities(rule).map((a) => `  - ${cite(a)}: ${a.holding}`),
    "",
    p.bold("Remedies"),
    ...rule.remedies.map((id) => `  - ${remedyTitle(id)} (${id})`),
    "",
    p.dim("Examples change bipa-check's compliant example profile (its first system); `bipa-check init` writes a starter profile."),
    ...example("Fails", rule.examples.failing),
    ...example("Passes", rule.examples.passing),
    "",
    `Documentation: ${ruleDocsUrl(rule.id)} (in the bipa-check package)`,
    "",
  ].join("\n");
}

/** The `bipa-check rules` table: id, section, severity, title, in pack order. */
export function rulesTable(rules: ReadonlyArray<Pick<RuleMeta, "id" | "section" | "severity" | "title">>): string {
  const rows = [["RULE", "SECTION", "SEVERITY", "TITLE"], ...rules.map((r) => [r.id, r.section, r.severity, r.title])];
  const widths = [0, 1, 2].map((i) => rows.reduce((w, row) => Math.max(w, row[i]!.length), 0));
  return `${rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ")).join("\n")}\n`;
}

/** A Markdown table cell: escaped, on one line. */
export function cell(text: string): string {
  return mdCell(text);
}

/** Markdown inline code that nothing in the text can close (outside a table; see {@link codeCell}). */
export function code(text: string): string {
  return mdCode(text);
}

/** Markdown inline code in a table cell: a `|` in the text does not end the cell. */
export function codeCell(text: string): string {
  return mdCodeCell(text);
}
