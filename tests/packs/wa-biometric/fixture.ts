import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import { checkEngaged, merge, parse, type Plain } from "../fixture-kit.js";

/** Evaluation date of the tests. */
export const AS_OF = "2026-11-22";

/** A Seattle grocer's fingerprint checkout, enrolled for payment and marketing, that meets every duty of RCW 19.375 (the compliant fixture). */
export const compliantSystem: Plain = {
  id: "checkout",
  name: "Seattle fingerprint checkout",
  modalities: ["fingerprint"],
  outputCanIdentify: true,
  purposes: ["payment", "marketing"],
  subjects: [{ population: "customers", count: 800 }],
  places: { subjects: [{ place: "US-WA", count: 800 }], complete: true, capture: ["US-WA/seattle"], processing: ["US-WA"] },
  notice: { statesCollection: true, specificPurpose: true },
  consent: { obtained: true, beforeCapture: true, form: "click-through", preventsLaterCommercialUse: true },
  collection: { methods: ["point-of-sale"], firstCaptureDate: "2022-03-01", lastCaptureDate: "ongoing" },
  commerce: { sells: false, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
  disclosures: [
    { recipient: "Payment processor", type: "processor", exception: "financial-transaction" },
    { recipient: "Loyalty partner", type: "buyer", exception: "consent" },
  ],
  security: { accessControl: true, encryptionAtRest: true, encryptionInTransit: true },
  retention: { schedule: { trigger: "purpose-satisfied" }, practice: { recordsRetainedPastTrigger: 0 } },
};

export const compliantOrganization: Plain = { name: "Puget Grocers Inc.", entityType: "private-entity", forProfit: true };

/** The compliant profile as plain data. */
export const compliantData: Plain = { version: 1, organization: compliantOrganization, systems: [compliantSystem] };

/** The same checkout with every duty broken (the violating fixture): no notice or consent, sales, no deletion, open access. */
export const violatingData: Plain = {
  version: 1,
  organization: compliantOrganization,
  systems: [
    merge(compliantSystem, {
      id: "checkout-v",
      name: "Tacoma fingerprint checkout",
      notice: { statesCollection: false },
      consent: { obtained: false, beforeCapture: false, form: "none", preventsLaterCommercialUse: false },
      commerce: { sells: true },
      disclosures: [{ recipient: "Data broker", type: "buyer", exception: "none" }],
      security: { accessControl: false, encryptionAtRest: false },
      retention: { schedule: { trigger: "none" } },
    }),
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
