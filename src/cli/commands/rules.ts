import { bipaRules } from "../../packs/bipa/rules/index.js";
import { ruleDocsUrl, rulesTable } from "../../format/rule-help.js";
import type { CliIo } from "../io.js";

/** `bipa-check rules`: id, section, severity and title of every rule, as a table or as JSON. */
export function runRules(flags: { json?: boolean }, io: CliIo): number {
  if (flags.json) {
    const rows = bipaRules.map((r) => ({
      id: r.id,
      title: r.title,
      section: r.section,
      severity: r.severity,
      kind: r.kind,
      tags: r.tags,
      docs: ruleDocsUrl(r.id),
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    io.stdout.write(rulesTable(bipaRules));
  }
  return 0;
}
