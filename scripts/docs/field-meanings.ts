/**
 * Meanings for profile fields whose zod schema has no `.describe()` text yet (worded after the legal
 * reference's list of practice facts, bipa-reference.md §5). The schema's own description always
 * wins; a test fails when an entry here has become dead (the schema now describes the field) or
 * names a field that no longer exists, so this table only ever shrinks. Moving these texts into
 * `.describe()` in src/practices/schema.ts is the better home.
 */
export const FALLBACK_MEANINGS: Readonly<Record<string, string>> = {
  version: "Profile format version. Only 1 exists.",
  systems: "Each collection point or processing activity that touches biometric data, one entry per system.",
  "organization.offshoreAffiliates[].name": "Name of the affiliate.",
  "organization.offshoreAffiliates[].country": "Country where it is organized or operates.",
  "organization.offshoreAffiliates[].purpose": "What it does (e.g. serves foreign customers).",
  "systems[].description": "Free text on what the system does; shown in reports.",
  "systems[].healthcare": "Sec. 10 health-care exclusions: the patient limb, the HIPAA treatment, payment or operations limb (Mosby), and medical imaging.",
  "systems[].actingForGovernmentUnit": "Sec. 25(e): whether this processing is done for a State agency or local unit of government. It exempts the activity, not the company.",
  "systems[].notice": "15(b)(1) and (2): the written notice given before collection.",
  "systems[].release": "15(b)(3): the written release received before collection.",
  "systems[].retention": "15(a): the written policy, its schedule, the practice, and any legal hold.",
  "systems[].security": "15(e): how the data is stored, transmitted and protected.",
  "systems[].crossBorderTransfers": "Transfers of the system's data abroad (the TikTok settlement barred undisclosed transfers of US data out of the US).",
  "systems[].illinoisNexus.residencyDeterminedBy": "How Illinois residency was determined (e.g. address on file, device geolocation, IP address).",
  "systems[].retention.policy": "15(a): the written retention and destruction policy.",
  "systems[].retention.schedule": "15(a): what the schedule says about when data is destroyed.",
  "systems[].retention.practice": "15(a): what actually happens to the data, measured (Fox v. Dakkota).",
  "systems[].retention.policy.url": "Where the public can read the policy.",
  "systems[].retention.policy.hasRetentionSchedule": "15(a): the policy sets a retention schedule.",
  "systems[].retention.policy.hasDestructionGuidelines": "15(a): the policy gives guidelines for permanently destroying the data.",
  "systems[].retention.practice.automatedDeletion": "A job deletes data when its trigger is reached.",
  "systems[].retention.practice.backupsAndReplicasDeleted": "Backups and replicas are deleted too.",
  "systems[].retention.practice.vendorsDeleteAndCertify": "Vendors holding the data delete it and certify deletion.",
  "systems[].commerce.sells": "15(c): sells biometric data.",
  "systems[].commerce.leases": "15(c): leases biometric data.",
  "systems[].commerce.trades": "15(c): trades biometric data.",
  "systems[].disclosures[].recipient": "Who receives the data.",
  "systems[].disclosures[].type": "What kind of recipient (a timeclock vendor is a processor; a police customer is law enforcement).",
  "systems[].disclosures[].frequency": "How often data goes to this recipient (per-scan, as in Cothron, counts each transmission).",
  "systems[].breaches[].date": "When the breach happened.",
  "systems[].breaches[].exposed": "What the breach exposed. Biometric templates, face vectors and images weigh differently from source code or client lists (In re Clearview, PI denial).",
  "systems[].breaches[].description": "Free text on the breach.",
  "systems[].crossBorderTransfers[].destination": "Country the data goes to.",
  "systems[].crossBorderTransfers[].recipient": "Who receives it there.",
  "systems[].crossBorderTransfers[].biometricData": "Whether biometric data is part of the transfer.",
  "systems[].crossBorderTransfers[].disclosedToSubjects": "Whether the transfer is disclosed to the people concerned.",
  "systems[].remediation.optOutPublicized": "The opt-out form is publicized (the ACLU order required $50,000 in online ads).",
  "systems[].culpability.knownNonCompliance": "The entity knew its practice did not comply (an intentional or reckless indicator).",
};
