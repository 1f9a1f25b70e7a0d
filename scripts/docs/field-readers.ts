import { audit } from "../../src/audit.js";
import type { Rule } from "../../src/packs/bipa/rule.js";
import { parseProfile } from "../../src/practices/load.js";
import type { PracticesInput } from "../../src/practices/schema.js";
import { DOCS_AS_OF, runRuleExample } from "./rule-examples.js";

/**
 * A profile that states almost nothing: one system, one entry in each list, every fact left to its
 * default ("unknown"). Rules report a deciding unknown as a risk with that field as evidence, so
 * running each rule on it shows which fields the rule reads.
 */
const PROBE: PracticesInput = {
  version: 1,
  organization: {
    name: "Probe",
    entityType: "private-entity",
    offshoreAffiliates: [{ name: "Affiliate", country: "Elsewhere" }],
  },
  systems: [
    {
      id: "probe",
      name: "Probe",
      modalities: ["fingerprint"],
      subjects: [{ population: "employees" }],
      disclosures: [{ recipient: "Recipient" }],
      breaches: [{ exposed: ["biometric-templates"] }],
      crossBorderTransfers: [{ destination: "Elsewhere" }],
      geofencing: { geolocationExclusion: {}, ipBlocking: {}, collectionFilter: {} },
      remediation: {},
    },
  ],
};

/**
 * The probe again, with the facts that gate other checks stated (a policy exists, notice was given in
 * writing, a release was signed), so rules that only look further once those are known show what
 * they read next.
 */
const PROBE_STATED: PracticesInput = {
  ...PROBE,
  systems: PROBE.systems.map((s) => ({
    ...s,
    notice: { inWriting: true, statesCollection: true },
    release: { type: "wet-signature" },
    retention: { policy: { exists: true, public: true } },
  })),
};

/** `/systems/0/disclosures/1/exception` → `systems[].disclosures[].exception`. */
export function pointerToFieldPath(pointer: string): string {
  const parts = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let path = "";
  for (const part of parts) {
    if (/^\d+$/.test(part)) path += "[]";
    else path += path === "" ? part : `.${part}`;
  }
  return path;
}

/**
 * For each field path, the rules that cite it as evidence when run on the probe profiles and on their
 * own failing example. A guide for readers, not a contract: a rule may read more than it cites.
 */
export function fieldReaders(rules: readonly Rule[]): Map<string, string[]> {
  const probes = [PROBE, PROBE_STATED].map((input) => {
    const parsed = parseProfile(input);
    if (!parsed.ok) throw new Error(`a docs probe profile does not validate: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
    return parsed.profile;
  });
  const readers = new Map<string, string[]>();
  for (const rule of rules) {
    const findings = probes.flatMap((profile) => audit(profile, { asOf: DOCS_AS_OF, ruleSet: [rule] }).findings.filter((f) => f.ruleId === rule.id));
    const failing = runRuleExample(rule, rule.examples.failing);
    if (failing.ok) findings.push(...failing.findings);
    const paths = new Set(findings.flatMap((f) => f.evidence.map((e) => pointerToFieldPath(e.pointer))));
    for (const path of paths) {
      const list = readers.get(path) ?? [];
      if (!list.includes(rule.id)) list.push(rule.id);
      readers.set(path, list);
    }
  }
  return readers;
}
