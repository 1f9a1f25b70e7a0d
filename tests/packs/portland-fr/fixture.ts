import type { PackFindingDraft, PackOptionValues, PackRule } from "../../../src/core/pack.js";
import { merge, parse, type Plain } from "../fixture-kit.js";
import type { Practices } from "../../../src/practices/schema.js";

/*
 * Portland test profiles: a compliant store system (face unlock of employer-issued tablets, an
 * excepted use) that each test patches, and a realistic failing one. Patches merge into objects and
 * replace arrays.
 */

export const AS_OF = "2026-11-22";

export const compliantOrganization: Plain = { name: "Rose City Outfitters LLC", entityType: "private-entity", role: "controller" };

/** Compliant: the staff app unlocks employer-issued tablets by face, an excepted use. */
export const compliantSystem: Plain = {
  id: "pearl-store-tablets",
  name: "Pearl District store tablets",
  modalities: ["face-geometry"],
  faceMatching: "verification",
  subjects: [{ population: "employees", count: 12 }],
  places: { subjects: [{ place: "US-OR/portland", count: 12 }], capture: ["US-OR/portland"] },
  premises: { kind: "retail-store", openToPublic: true },
  purposes: ["unlock-own-device"],
  collection: { methods: ["mobile-app"], firstCaptureDate: "2024-03-01", lastCaptureDate: "ongoing" },
};

/** The realistic failing case: entrance cameras matching shoppers against a watch list, with consent signs. */
export const failingSystem: Plain = {
  id: "pearl-store-cameras",
  name: "Pearl District entrance cameras",
  faceMatching: "identification",
  subjects: [{ population: "customers", count: 800 }],
  places: { subjects: [{ place: "US-OR/portland", count: 800 }], capture: ["US-OR/portland"] },
  purposes: ["security", "customer-identification"],
  consent: { obtained: true },
  collection: { methods: ["cctv"], firstCaptureDate: "2026-01-01", lastCaptureDate: "ongoing" },
};

/** Parses a profile of one system (so the schema's defaults apply); throws if it does not validate. */
export function profileOf(system: Plain, organization: Plain = {}, base: Plain = compliantSystem): Practices {
  return parse({ version: 1, organization: merge(compliantOrganization, organization), systems: [merge(base, system)] });
}

export interface RunOptions {
  organization?: Plain;
  asOf?: string;
  options?: PackOptionValues;
  base?: Plain;
}

/** Runs one rule's check on the compliant system with a patch. */
export function run(rule: PackRule, patch: Plain = {}, o: RunOptions = {}): PackFindingDraft[] {
  const profile = profileOf(patch, o.organization, o.base);
  const system = profile.systems[0]!;
  return rule.check({ profile, system, index: 0, asOf: o.asOf ?? AS_OF, ...(o.options ? { options: o.options } : {}) });
}

/** The severity a draft carries (the rule's unless the draft overrides it). */
export function severityOf(rule: PackRule, draft: PackFindingDraft): string {
  return draft.severity ?? rule.severity;
}

export { merge };
