import type { Pack, PackAuthority, PackRemedy } from "../core/pack.js";
import type { AuthorityRef, Finding, RemedyRef, RuleRef, SystemRef } from "../core/report.js";
import type { Practices } from "../practices/schema.js";
import type { RuleHead } from "./findings.js";

/*
 * What a report lists once and its findings reference by id (report version 3): the rules its
 * findings name, the authorities those rules cite, the remedies they and the findings name, and the
 * profile's systems. Listed in first-named order over the sorted findings, so the same findings give
 * the same catalogs.
 */

export interface Catalogs {
  systems: SystemRef[];
  rules: RuleRef[];
  authorities: AuthorityRef[];
  remedies: RemedyRef[];
}

export function buildCatalogs(profile: Practices, packs: readonly Pack[], heads: ReadonlyMap<string, RuleHead>, findings: readonly Finding[]): Catalogs {
  const authorityById = new Map<string, PackAuthority>();
  const remedyById = new Map<string, PackRemedy>();
  for (const pack of packs) {
    for (const a of pack.authorities) if (!authorityById.has(a.id)) authorityById.set(a.id, a);
    for (const r of pack.remedies) if (!remedyById.has(r.id)) remedyById.set(r.id, r);
  }
  const rules = new Map<string, RuleRef>();
  const authorities = new Map<string, AuthorityRef>();
  const remedies = new Map<string, RemedyRef>();
  const addRemedy = (id: string) => {
    if (remedies.has(id)) return;
    const r = remedyById.get(id);
    // A rule or finding naming a remedy its pack does not carry is a bug in the pack, not bad input.
    if (!r) throw new Error(`remedy ${JSON.stringify(id)} is named by a finding, but no pack of this audit carries it`);
    remedies.set(id, { id: r.id, measure: r.measure, title: r.title, requires: r.requires, effect: r.effect });
  };
  for (const finding of findings) {
    if (!rules.has(finding.ruleId)) {
      const head = heads.get(finding.ruleId);
      if (!head) throw new Error(`finding of rule ${JSON.stringify(finding.ruleId)}, which no pack of this audit ran`);
      rules.set(head.id, { id: head.id, title: head.title, section: head.section, authorities: [...head.authorities], remedies: [...head.remedies] });
      for (const id of head.authorities) {
        if (authorities.has(id)) continue;
        const a = authorityById.get(id);
        if (!a) throw new Error(`rule ${head.id} cites authority ${JSON.stringify(id)}, which no pack of this audit carries`);
        authorities.set(id, authorityRef(a));
      }
      for (const id of head.remedies) addRemedy(id);
    }
    for (const id of finding.remedies) addRemedy(id);
  }
  return {
    systems: profile.systems.map((s) => ({ id: s.id, name: s.name })),
    rules: [...rules.values()],
    authorities: [...authorities.values()],
    remedies: [...remedies.values()],
  };
}

function authorityRef(a: PackAuthority): AuthorityRef {
  return a.court !== undefined
    ? { id: a.id, kind: a.kind, name: a.name, citation: a.citation, court: a.court, year: a.year, status: a.status }
    : { id: a.id, kind: a.kind, name: a.name, citation: a.citation, year: a.year, status: a.status };
}
