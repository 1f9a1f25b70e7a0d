/**
 * Ids of the remedial measures that rules point to. The catalog (catalog.ts) describes each one and
 * names its source; a test fails when a rule names an id missing here or from the catalog.
 */
export const REMEDY_IDS = [
  // The statute's own cures (740 ILCS 14/15).
  "publish-retention-policy",
  "add-schedule-and-destruction-guidelines",
  "adopt-policy-before-collection",
  "limit-retention-to-statutory-maximum",
  "destroy-data-past-trigger",
  "hold-only-under-warrant-or-subpoena",
  "preserve-and-seek-court-order",
  "provide-written-notice",
  "state-purpose-and-term",
  "obtain-written-release",
  "obtain-release-before-capture",
  "obtain-parental-release-for-minors",
  "stop-collection-until-release",
  "destroy-unconsented-data",
  "stop-profiting",
  "obtain-disclosure-consent",
  "stop-unexcepted-disclosure",
  "encrypt-templates-and-vectors",
  "encrypt-in-transit",
  "restrict-access",
  "protect-at-parity",
  "adopt-industry-standard",
  // The measures the court noted in the Clearview MDL (preliminary injunction denied).
  "exclude-illinois-geolocated-results",
  "block-illinois-ip-logins",
  "avoid-collecting-illinois-residents",
  "train-employees-cybersecurity",
  "deploy-anti-intrusion",
  // Relief the Clearview MDL plaintiffs sought.
  "destroy-illinois-residents-data",
  // ACLU v. Clearview consent order (2022).
  "no-private-entity-customers",
  "no-illinois-customers",
  "opt-out-form-with-publicity",
  "continue-illinois-filtering",
  "end-individual-trial-accounts",
  // Facebook, TikTok and Google settlements.
  "face-recognition-off-by-default",
  "delete-templates-without-fresh-consent",
  "purge-inactive-templates",
  "disclose-in-privacy-policy",
  "privacy-training-for-staff",
  "limit-cross-border-transfers",
  "opt-in-consent-prompt",
  // For facts the profile leaves unknown.
  "establish-unknown-facts",
] as const;

export type RemedyId = (typeof REMEDY_IDS)[number];

export function isRemedyId(value: string): value is RemedyId {
  return (REMEDY_IDS as readonly string[]).includes(value);
}
