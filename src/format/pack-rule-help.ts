import type { Pack, PackRule, PackSeverity } from "../core/pack.js";
import { paint } from "./ansi.js";

/*
 * `bipa-check rules` and `explain` for the rules of a plain jurisdiction pack (one without BIPA's
 * executable examples): the rule's metadata, its authorities with their marks, and its remedies.
 */

/** Every rule of the packs other than BIPA, as `rules` lists them. */
export function packRuleRows(packs: readonly Pack[]): Array<{ id: string; section: string; severity: PackSeverity; title: string; pack: string }> {
  return packs.filter((p) => p.id !== "bipa").flatMap((p) => p.rules.map((r) => ({ id: r.id, section: r.section, severity: r.severity, title: r.title, pack: p.id })));
}

/** The explanation of one pack rule, for a terminal. */
export function explainPackRule(pack: Pack, rule: PackRule, options: { color?: boolean } = {}): string {
  const p = paint(options.color ?? false);
  const authority = (id: string) => pack.authorities.find((a) => a.id === id);
  const remedy = (id: string) => pack.remedies.find((r) => r.id === id);
  return [
    p.bold(`${rule.id}: ${rule.title}`),
    `Law: ${pack.title} · section: ${rule.section} · default severity: ${rule.severity}${rule.tags.length ? ` · tags: ${rule.tags.join(", ")}` : ""}`,
    "",
    p.bold("What it checks"),
    `  ${rule.summary}`,
    "",
    p.bold("The section in plain words"),
    `  ${rule.plainLanguage}`,
    "",
    p.bold("Authorities"),
    ...rule.authorities.map((id) => {
      const a = authority(id);
      return a ? `  - ${a.name}, ${a.citation} (${a.year}) [${a.status}]: ${a.holding}` : `  - ${id}`;
    }),
    "",
    p.bold("Remedies"),
    ...rule.remedies.map((id) => `  - ${remedy(id)?.title ?? id} (${id})`),
    "",
    p.dim("bipa-check is an assessment aid, not legal advice."),
    "",
  ].join("\n");
}
