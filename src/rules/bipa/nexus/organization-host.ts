import type { SystemContext } from "../../../engine/rule.js";
import type { System } from "../../../practices/schema.js";

/** Captures a Sec. 10 identifier and states none of the facts that Sec. 10 or Sec. 25(e) exclude. */
function plainlyCovered(system: System): boolean {
  return (
    system.modalities.length > 0 &&
    system.photographsOnly !== true &&
    system.outputCanIdentify !== false &&
    system.healthcare.patientCareSetting !== true &&
    system.healthcare.hipaaTreatmentPaymentOperations !== true &&
    system.healthcare.medicalImaging !== true &&
    system.actingForGovernmentUnit.acting !== true
  );
}

/**
 * Rules run once per system, but some facts belong to the organization (its offshore affiliates).
 * To report such a fact once, a rule reports it only on the "host": the first system that plainly
 * holds biometric data under BIPA, else the first that lists any identifier, else the first system.
 *
 * Known limit: rules cannot see scope decisions, so if a scope rule still excludes the host, the
 * organization finding is not reported. An engine-level organization pass would remove this.
 */
export function isOrganizationHost({ profile, index }: SystemContext): boolean {
  const candidates = [
    profile.systems.findIndex(plainlyCovered),
    profile.systems.findIndex((s) => s.modalities.length > 0),
    0,
  ];
  return index === candidates.find((i) => i !== -1);
}
