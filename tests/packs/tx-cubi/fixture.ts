import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import { checkEngaged, merge, parse, type Plain } from "../fixture-kit.js";

/** Evaluation date of the tests: after HB 149 took effect. */
export const AS_OF = "2026-11-22";

/** A Texas employer's fingerprint timeclock that meets every duty of §503.001 (the compliant fixture). */
export const compliantSystem: Plain = {
  id: "timeclock",
  name: "Houston timeclock",
  modalities: ["fingerprint"],
  purposes: ["timekeeping"],
  subjects: [{ population: "employees", count: 120 }],
  places: { subjects: [{ place: "US-TX", count: 120 }], complete: true, capture: ["US-TX"], processing: ["US-TX"] },
  notice: { inWriting: true, statesCollection: true, specificPurpose: true, lengthOfTerm: true, date: "2024-01-02" },
  consent: { obtained: true, beforeCapture: true, form: "electronic", date: "2024-01-02", basedOnPublicImages: false },
  collection: { methods: ["timeclock"], firstCaptureDate: "2024-01-03", lastCaptureDate: "ongoing" },
  commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
  disclosures: [{ recipient: "Timeclock vendor", type: "processor", exception: "permitted-by-law" }],
  security: { parityWithConfidentialInfo: true, encryptionAtRest: true, accessControl: true },
  retention: { schedule: { trigger: "purpose-satisfied" }, practice: { daysFromTriggerToDeletion: 30 } },
};

export const compliantOrganization: Plain = { name: "Lone Star Logistics Inc.", entityType: "private-entity", forProfit: true };

/** The compliant profile as plain data. */
export const compliantData: Plain = { version: 1, organization: compliantOrganization, systems: [compliantSystem] };

/**
 * A Texas retailer's face-recognition entrance that breaks most duties (the violating fixture): no
 * notice, consent claimed from public photos, sales of face data, an unexcepted disclosure, weaker
 * protection than other confidential data, and no destruction.
 */
export const violatingData: Plain = {
  version: 1,
  organization: { name: "Bluebonnet Stores LLC", entityType: "private-entity", forProfit: true },
  systems: [
    {
      id: "entrance-faces",
      name: "Store entrance face matching",
      modalities: ["face-geometry"],
      purposes: ["customer-identification", "marketing"],
      subjects: [{ population: "customers", count: 40_000 }],
      places: { subjects: [{ place: "US-TX", count: 40_000 }], complete: true, capture: ["US-TX/austin"], processing: ["US-TX"] },
      notice: { statesCollection: false },
      consent: { obtained: true, beforeCapture: true, form: "implied", basedOnPublicImages: true, subjectsMadeImagesPublic: false },
      commerce: { sells: true, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: true },
      disclosures: [{ recipient: "Ad network", type: "buyer", exception: "none" }],
      security: { parityWithConfidentialInfo: false },
      retention: { schedule: { trigger: "none" } },
    },
  ],
};

/** The context for system 0 of the compliant profile with patches applied. */
export function contextWith(systemPatch: Plain = {}, options: { organization?: Plain; asOf?: string } = {}): PackSystemContext {
  const profile = parse({
    version: 1,
    organization: merge(compliantOrganization, options.organization ?? {}),
    systems: [merge(compliantSystem, systemPatch)],
  });
  return { profile, system: profile.systems[0]!, index: 0, asOf: options.asOf ?? AS_OF };
}

/** Runs one rule on system 0 of a profile (patched compliant fixture), honouring `engaged`. */
export function run(rule: PackRule, systemPatch: Plain = {}, options: { organization?: Plain; asOf?: string } = {}): PackFindingDraft[] {
  const ctx = contextWith(systemPatch, options);
  return checkEngaged(rule, ctx);
}

/** Runs a rule on every system of a whole profile. */
export function runOn(rule: PackRule, data: Plain, asOf = AS_OF): PackFindingDraft[] {
  const profile = parse(data);
  return profile.systems.flatMap((system, index) => {
    const ctx = { profile, system, index, asOf };
    return checkEngaged(rule, ctx);
  });
}

export { merge, parse };
