import { bipaRules } from "../../packs/bipa/rules/index.js";
import { ruleDocsUrl, rulesTable } from "../../format/rule-help.js";
import type { CliIo } from "../io.js";
import { packRuleRows } from "../../format/pack-rule-help.js";
import { SHIPPED_PACKS } from "../../packs/index.js";

/** `bipa-check rules`: id, section, severity and title of every rule, as a table or as JSON. */
export function runRules(flags: { json?: boolean }, io: CliIo): number {
  if (flags.json) {
    const rows: Array<{ id: string; title: string; section: string; severity: string; kind: string; tags: readonly string[]; docs: string }> = bipaRules.map((r) => ({
      id: r.id,
      title: r.title,
      section: r.section,
      severity: r.severity,
      kind: r.kind,
      tags: r.tags,
      docs: ruleDocsUrl(r.id),
    }));
    for (const r of packRuleRows(SHIPPED_PACKS)) rows.push({ id: r.id, title: r.title, section: r.section, severity: r.severity, kind: "section", tags: [], docs: `docs/packs/${r.pack}.md` });
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    // BIPA's rules, then every other pack's, in one table (the id's prefix names the law).
    io.stdout.write(rulesTable([...bipaRules, ...packRuleRows(SHIPPED_PACKS)]));
  }
  return 0;
}
