import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import type { Practices } from "../../../src/practices/schema.js";
import { merge, parsed, type Plain } from "../contract-checks.js";

/** The evaluation date of most tests: after the CPRA amendments and the 2025 adjustment. */
export const AS_OF = "2026-11-22";

/** A Californian employer that meets every duty this pack checks (§4.3). */
export const compliantOrganization: Plain = {
  name: "Sunset Logistics Inc.",
  entityType: "private-entity",
  forProfit: true,
  annualRevenueUsd: 40_000_000,
  personalInformationTrade: { consumersPerYear: 0, revenueShare: 0 },
};

export const compliantSystem: Plain = {
  id: "timeclock",
  name: "Warehouse face timeclock",
  modalities: ["face-geometry"],
  faceMatching: "verification",
  subjects: [{ population: "employees", count: 300 }],
  places: { subjects: [{ place: "US-CA", count: 300 }], complete: true, capture: ["US-CA"], processing: ["US-CA"] },
  purposes: ["timekeeping"],
  dataProtection: {
    purposeUniquelyIdentifies: true,
    noticeAtCollection: { given: true, listsCategories: true, statesPurposes: true, statesRetention: true },
    rightToLimitOffered: true,
    usedBeyondNecessary: false,
  },
  retention: { schedule: { trigger: "purpose-satisfied" }, practice: { recordsRetainedPastTrigger: 0 } },
  security: { encryptionAtRest: true, templateEncryption: true },
  breaches: [],
};

/** Builds a validated profile from patches on the compliant one (defaults fill the rest). */
export function profileWith(systemPatch: Plain = {}, orgPatch: Plain = {}): Practices {
  return parsed({ version: 1, organization: merge(compliantOrganization, orgPatch), systems: [merge(compliantSystem, systemPatch)] });
}

/** The context for the first system of a profile. */
export function contextOf(profile: Practices, asOf = AS_OF): PackSystemContext {
  return { profile, system: profile.systems[0]!, index: 0, asOf };
}

/** Runs one rule's check on the first system of a patched compliant profile. */
export function run(rule: PackRule, systemPatch: Plain = {}, orgPatch: Plain = {}, asOf = AS_OF): PackFindingDraft[] {
  return rule.check(contextOf(profileWith(systemPatch, orgPatch), asOf));
}

/**
 * A realistic non-compliant case: a retailer's loyalty face recognition for Californian customers,
 * used for marketing beyond the service, no retention end, a breach of unencrypted templates.
 */
export const firingProfileData = {
  version: 1,
  organization: {
    name: "Golden Aisle Markets LLC",
    entityType: "private-entity",
    forProfit: true,
    annualRevenueUsd: 120_000_000,
  },
  systems: [
    {
      id: "loyalty-face",
      name: "Checkout face recognition",
      modalities: ["face-geometry"],
      faceMatching: "identification",
      subjects: [{ population: "customers", count: 5_000 }],
      places: { subjects: [{ place: "US-CA", count: 5_000 }], complete: true },
      purposes: ["customer-identification", "marketing"],
      dataProtection: {
        purposeUniquelyIdentifies: true,
        noticeAtCollection: { given: true, listsCategories: false, statesPurposes: true, statesRetention: false },
        rightToLimitOffered: false,
        usedBeyondNecessary: true,
      },
      retention: { schedule: { trigger: "none" } },
      security: { encryptionAtRest: false, templateEncryption: false },
      breaches: [{ date: "2025-06", exposed: ["biometric-templates", "client-list"] }],
    },
  ],
};
