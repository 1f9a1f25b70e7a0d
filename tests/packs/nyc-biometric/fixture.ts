import type { PackFindingDraft, PackOptionValues, PackRule } from "../../../src/core/pack.js";
import { merge, parse, type Plain } from "../fixture-kit.js";
import type { Practices } from "../../../src/practices/schema.js";

/*
 * New York City test profiles: a compliant SoHo store (signs at every entrance, nothing sold) that
 * each test patches, and a realistic non-compliant venue. Patches merge into objects and replace arrays.
 */

export const AS_OF = "2026-11-22";

export const compliantOrganization: Plain = { name: "Hudson Grocers Inc.", entityType: "private-entity", role: "controller" };

export const compliantSystem: Plain = {
  id: "soho-store-cameras",
  name: "SoHo store face cameras",
  modalities: ["face-geometry"],
  faceMatching: "identification",
  subjects: [{ population: "customers", count: 2000 }],
  places: { subjects: [{ place: "US-NY/new-york-city", count: 2000 }], capture: ["US-NY/new-york-city"] },
  premises: { kind: "retail-store", openToPublic: true, customerEntrances: 2, signage: { atAllCustomerEntrances: true, plainLanguage: true, since: "2023-01-01" } },
  purposes: ["security"],
  collection: { methods: ["cctv"], firstCaptureDate: "2023-01-01", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 12 },
  commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
  disclosures: [{ recipient: "FaceVendor Inc.", type: "processor", frequency: "continuous" }],
};

/** The realistic failing case: a venue with signs missing at its entrances, selling face data to a marketer. */
export const failingSystem: Plain = {
  id: "midtown-venue-cameras",
  name: "Midtown venue face cameras",
  premises: { kind: "entertainment-venue", customerEntrances: 4, signage: { atAllCustomerEntrances: false } },
  subjects: [{ population: "visitors", count: 5000 }],
  places: { subjects: [{ place: "US-NY/new-york-city", count: 5000 }], capture: ["US-NY/new-york-city"] },
  commerce: { sells: true, otherwiseProfits: true },
  disclosures: [{ recipient: "AdMatch LLC", type: "buyer", frequency: "daily" }],
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
