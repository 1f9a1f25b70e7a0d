import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import { checkEngaged, merge, parse, type Plain } from "../fixture-kit.js";

/** Evaluation date of the tests. */
export const AS_OF = "2026-11-22";

const allStated = {
  specificData: true,
  sellerNameAndContact: true,
  purchaserNameAndContact: true,
  purposeAndUse: true,
  noConditioning: true,
  rightToRevoke: true,
  redisclosureWarning: true,
  expiry: true,
  signatureAndDate: true,
};

/** A Spokane gym's face check-in whose data is shared and sold under every condition of the Act (the compliant fixture). */
export const compliantSystem: Plain = {
  id: "gym-checkin",
  name: "Spokane gym face check-in",
  modalities: ["face-geometry"],
  purposes: ["identity-verification", "marketing"],
  subjects: [{ population: "customers", count: 2_000 }],
  places: { subjects: [{ place: "US-WA", count: 2_000 }], complete: true, capture: ["US-WA/spokane"], processing: ["US-WA"] },
  consent: {
    obtained: true,
    beforeCapture: true,
    form: "click-through",
    discloses: { categories: true, purposes: true, recipients: true, withdrawal: true },
    separateConsentToShare: true,
  },
  dataProtection: { usedBeyondNecessary: true },
  commerce: { sells: true, leases: false, trades: false, licensesDatabaseAccess: false, otherwiseProfits: false },
  disclosures: [{ recipient: "Wellness partner", type: "buyer", exception: "consent" }],
  saleAuthorization: { signed: true, separateFromConsent: true, states: allStated, signedDate: "2026-03-01", expiresDate: "2027-03-01" },
};

export const compliantOrganization: Plain = { name: "Inland Fitness LLC", entityType: "private-entity", forProfit: true, role: "controller", smallBusiness: false };

/** The compliant profile as plain data. */
export const compliantData: Plain = { version: 1, organization: compliantOrganization, systems: [compliantSystem] };

/**
 * The same check-in breaking most duties (the violating fixture): consent after collection and silent
 * on withdrawal, sharing with no separate consent, and sales under a two-year authorization that expired.
 */
export const violatingData: Plain = {
  version: 1,
  organization: compliantOrganization,
  systems: [
    merge(compliantSystem, {
      id: "gym-checkin-v",
      name: "Yakima gym face check-in",
      consent: { beforeCapture: false, discloses: { withdrawal: false }, separateConsentToShare: false },
      saleAuthorization: { signedDate: "2024-01-10", expiresDate: "2026-01-10" },
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
