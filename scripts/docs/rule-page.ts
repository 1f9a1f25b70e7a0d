import { stringify } from "yaml";
import type { Rule, RuleExample } from "../../src/packs/bipa/rule.js";
import { remedyTitle } from "../../src/packs/bipa/remedies/catalog.js";
import { authorities, type Authority, type AuthorityId } from "../../src/packs/bipa/authorities.js";
import type { Finding } from "../../src/report/types.js";
import { findingLocation } from "../../src/core/resolve.js";
import { cell, code, doc, fence, generatedBanner, table } from "./markdown.js";
import { DOCS_AS_OF, runRuleExample } from "./rule-examples.js";
import { rulePagePath, ruleSourcePath, ruleTestPath } from "./rule-files.js";

/** What each verification status in the legal reference means, for readers of the docs. */
export const STATUS_WORDS: Readonly<Record<Authority["status"], string>> = {
  V: "verified against a primary source",
  V2: "two or more secondary sources",
  S: "one secondary source",
  UNVERIFIED: "unverified",
};

const KIND_WORDS: Readonly<Record<Rule["kind"], string>> = {
  scope: "scope: decides whether BIPA applies to a system; runs first, and an exclusion ends the system's audit",
  section: "section: runs on every system in scope",
  organization: "organization: runs once on the organization as a whole, after the scope decisions",
};

/** The Markdown page of one rule, generated from its metadata. */
export function renderRulePage(rule: Rule): string {
  const source = ruleSourcePath(rule);
  // Paths, not links: the package ships docs/ but not the sources, and its links must resolve there.
  const links = source ? `${code(source)} · tests: ${code(ruleTestPath(source))}` : "(source file not found)";
  return doc([
    generatedBanner(source ?? "the rule's metadata"),
    `# ${code(rule.id)}: ${rule.title}`,
    [
      `- **Section:** ${rule.section}`,
      `- **Kind:** ${KIND_WORDS[rule.kind]}`,
      `- **Default severity:** ${rule.severity}`,
      `- **Tags:** ${rule.tags.map(code).join(", ")}`,
      `- **Source:** ${links}`,
    ].join("\n"),
    "## What it checks",
    rule.summary,
    "## The law in plain words",
    rule.plainLanguage,
    "## Authorities",
    authorityTable(rule.authorities),
    "## Remedies",
    "The remedial measures a finding of this rule points to (a finding may name a subset, or add `establish-unknown-facts` when it rests on an unknown fact).",
    table(
      ["Remedy id", "Measure"],
      rule.remedies.map((id) => [code(id), cell(remedyTitle(id))]),
    ),
    "## Examples",
    `Each example is a patch on the compliant baseline profile (${code("src/packs/bipa/compliant-profile.ts")}, an Illinois employer's fingerprint timeclock run the way the statute asks): the fields shown replace the baseline's, and everything else stays compliant. The test suite checks that the first fires the rule and the second does not, evaluated as of ${DOCS_AS_OF}.`,
    "### When it fires",
    exampleBlock(rule, rule.examples.failing),
    "### When it stays silent",
    exampleBlock(rule, rule.examples.passing),
    "---",
    `[All rules](README.md) · [Profile reference](../profile.md)`,
  ]);
}

function authorityTable(ids: readonly AuthorityId[]): string {
  return table(
    ["Authority", "Citation", "Court", "Year", "Status", "What it holds or provides"],
    ids.map((id) => {
      const a = authorities[id];
      const name = a.url ? `[${cell(a.name)}](${a.url})` : cell(a.name);
      return [name, cell(a.citation), cell(a.court ?? "—"), String(a.year), cell(`${a.status}: ${STATUS_WORDS[a.status]}`), cell(a.holding)];
    }),
  );
}

/** The patch as a YAML fragment in profile shape (organization, systems[0]). */
export function exampleYaml(example: RuleExample): string {
  const shape: Record<string, unknown> = {};
  if (example.organization) shape.organization = example.organization;
  if (example.system) shape.systems = [example.system];
  if (Object.keys(shape).length === 0) return "# no change: the compliant baseline as it is\n";
  const hasNull = JSON.stringify(shape).includes("null");
  const notes = [
    "# merged onto the compliant baseline (systems[0] is its fingerprint timeclock)",
    ...(hasNull ? ["# null removes the baseline's value, so the field falls back to its default (usually \"unknown\")"] : []),
  ];
  return `${notes.join("\n")}\n${stringify(shape, { lineWidth: 0 })}`;
}

function exampleBlock(rule: Rule, example: RuleExample): string {
  return [example.description, "", fence("yaml", exampleYaml(example)), "", resultText(rule, example)].join("\n");
}

function resultText(rule: Rule, example: RuleExample): string {
  const run = runRuleExample(rule, example);
  if (!run.ok) return `**This example does not validate**: ${run.problems.map(code).join("; ")}`;
  if (run.findings.length === 0) return "The rule reports nothing.";
  return [`The rule reports ${run.findings.length === 1 ? "one finding" : `${run.findings.length} findings`}:`, "", ...run.findings.map(findingLine)].join(
    "\n",
  );
}

function findingLine(f: Finding): string {
  const basis = f.basis === "unknown" ? ", on an unknown fact" : "";
  return `- **${f.severity}**${basis} at ${code(findingLocation(f).pointer)}: ${cell(f.message)}`;
}

export { rulePagePath };
