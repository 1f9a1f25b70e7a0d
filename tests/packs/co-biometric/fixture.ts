import type { PackFindingDraft, PackOptionValues, PackRule } from "../../../src/core/pack.js";
import { merge, parse, type Plain } from "../fixture-kit.js";
import type { Practices } from "../../../src/practices/schema.js";

/*
 * Colorado test profiles: a compliant Denver timeclock (every §4.4 duty met) that each test patches,
 * and a realistic non-compliant one. Patches merge into objects and replace arrays.
 */

export const AS_OF = "2026-11-22";

export const compliantOrganization: Plain = { name: "Front Range Foods LLC", entityType: "private-entity", role: "controller" };

export const compliantSystem: Plain = {
  id: "denver-timeclock",
  name: "Denver timeclock",
  modalities: ["fingerprint"],
  subjects: [{ population: "employees", count: 40 }],
  places: { subjects: [{ place: "US-CO/denver", count: 40 }], capture: ["US-CO/denver"], processing: ["US-CO"] },
  purposes: ["timekeeping"],
  notice: { inWriting: true, statesCollection: true, specificPurpose: true, lengthOfTerm: true },
  consent: { obtained: true, beforeCapture: true, form: "electronic", voluntary: false, refreshedForNewPurposes: true },
  collection: { methods: ["timeclock"], firstCaptureDate: "2025-09-01", lastCaptureDate: "ongoing" },
  retention: {
    policy: { exists: true, public: true, hasRetentionSchedule: true, hasDestructionGuidelines: true },
    schedule: { trigger: "fixed-period", fixedPeriodYears: 1 },
    practice: { daysFromTriggerToDeletion: 30 },
  },
  commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
  dataProtection: { incidentResponseProtocol: true },
};

/** The realistic failing case: face badges that track location, a policy missing its parts, consent required for everything. */
export const failingSystem: Plain = {
  id: "warehouse-badges",
  name: "Warehouse face badges",
  modalities: ["face-geometry"],
  subjects: [{ population: "employees", count: 120 }],
  places: { subjects: [{ place: "US-CO", count: 120 }], capture: ["US-CO/aurora"] },
  purposes: ["timekeeping", "location-tracking", "marketing"],
  notice: { statesCollection: false },
  dataProtection: { noticeAtCollection: { given: false }, incidentResponseProtocol: false },
  consent: { obtained: true, beforeCapture: false, form: "verbal", voluntary: false, refreshedForNewPurposes: false },
  collection: { methods: ["door-access"], firstCaptureDate: "2025-08-01", lastCaptureDate: "ongoing" },
  retention: {
    policy: { exists: true, public: false, hasRetentionSchedule: false, hasDestructionGuidelines: true },
    schedule: { trigger: "none" },
  },
  commerce: { sells: true },
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
