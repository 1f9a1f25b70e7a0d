import type { Rule } from "../../src/packs/bipa/rule.js";
import { authorities, type Authority, type AuthorityId } from "../../src/packs/bipa/authorities.js";
import { ruleSlug } from "./rule-files.js";
import { cell, doc, generatedBanner, table } from "./markdown.js";
import { STATUS_WORDS } from "./rule-page.js";

/** How each kind of authority is headed, in the order the page lists them. */
const KIND_ORDER: ReadonlyArray<readonly [Authority["kind"], string]> = [
  ["statute", "Statute"],
  ["public-act", "Public acts"],
  ["case", "Cases"],
  ["order", "Orders"],
  ["settlement", "Settlements"],
];

/**
 * docs/authorities.md: every authority a rule cites (citation, court, date, verification status,
 * source and what it holds), generated from src/packs/bipa/authorities.ts, so a reader can check each
 * one without the project's internal notes.
 */
export function renderAuthoritiesPage(rules: readonly Rule[]): string {
  const citedBy = new Map<AuthorityId, string[]>();
  for (const rule of rules) for (const id of rule.authorities) citedBy.set(id, [...(citedBy.get(id) ?? []), rule.id]);
  const cited = [...citedBy.keys()].map((id) => authorities[id]);
  const sections = KIND_ORDER.flatMap(([kind, heading]) => {
    const list = cited.filter((a) => a.kind === kind).sort((a, b) => a.year - b.year || (a.date ?? "").localeCompare(b.date ?? "") || a.name.localeCompare(b.name));
    if (list.length === 0) return [];
    return [
      `## ${heading}`,
      table(
        ["Authority", "Citation", "Court", "Date", "Status", "Source", "What it holds or provides", "Cited by"],
        list.map((a) => [
          cell(a.name),
          cell(a.citation),
          cell(a.court ?? "—"),
          a.date ?? String(a.year),
          cell(`${a.status}: ${STATUS_WORDS[a.status]}`),
          a.url ? `[source](${a.url})` : "—",
          cell(a.holding),
          (citedBy.get(a.id as AuthorityId) ?? []).map((id) => `[${ruleSlug(id)}](rules/${ruleSlug(id)}.md)`).join(", "),
        ]),
      ),
    ];
  });
  const unverified = cited.filter((a) => a.status === "UNVERIFIED").length;
  return doc([
    generatedBanner("src/packs/bipa/authorities.ts and the rules that cite them"),
    "# Authorities",
    `Every statute section, public act, case and order the rules cite (${cited.length} in all), with the court, the date (the year where the legal reference gives no exact date), how far it has been verified, where to read it, and the rules that rely on it. Findings carry the same citations.`,
    [
      "Status, as the project's legal reference records it:",
      ...(Object.entries(STATUS_WORDS) as Array<[Authority["status"], string]>).map(([status, words]) => `- **${status}**: ${words}.`),
    ].join("\n"),
    [
      `${unverified === 0 ? "No authority here is" : `${unverified} ${unverified === 1 ? "authority is" : "authorities are"}`} unverified; findings cite an unverified authority only with the label \`[UNVERIFIED]\`, never as settled law.`,
    ].join("\n"),
    "Check every authority against its source before relying on it. bipa-check is an assessment aid, not legal advice.",
    ...sections,
    "---",
    "[All rules](rules/README.md) · [Remedies](remedies.md) · [Exposure](exposure.md)",
  ]);
}
