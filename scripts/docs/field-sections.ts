/**
 * Which part of the Act each profile field feeds, by path prefix (the longest match wins). Grouped as
 * in the legal reference's list of practice facts (bipa-reference.md §5). A field with no entry makes
 * the profile reference fail to generate, so a new field cannot go undocumented.
 */
export const FIELD_SECTIONS: ReadonlyArray<readonly [prefix: string, feeds: string]> = [
  ["$schema", "Editors only; not audited"],
  ["version", "Profile format"],
  ["organization", "Scope (Sec. 10, Sec. 25) and extraterritoriality"],
  ["systems", "Every section, system by system"],
  ["organization.name", "Reports"],
  ["organization.entityType", "Sec. 10 (private entity)"],
  ["organization.glba", "Sec. 25(c) (GLBA Title V)"],
  ["organization.licensedFingerprintVendor", "Sec. 25(d) (a non-conflict note, not an exemption)"],
  ["organization.illinoisPresence", "Extraterritoriality (Avery; In re Clearview, 2022)"],
  ["organization.offshoreAffiliates", "Offshore risk (Clearview MDL)"],
  ["systems[].id", "Reports, waivers and baselines (finding fingerprints)"],
  ["systems[].name", "Reports (every message names the system)"],
  ["systems[].description", "Reports"],
  ["systems[].modalities", "Sec. 10 (biometric identifier); Sec. 20 (identifiers counted)"],
  ["systems[].otherTraits", "Sec. 10 (kept apart: not identifiers)"],
  ["systems[].faceMatching", "Sec. 10 (Zellmer)"],
  ["systems[].outputCanIdentify", "Sec. 10 (Zellmer)"],
  ["systems[].derivedFromPhotographs", "Sec. 10 (photograph exclusion; Rivera v. Google)"],
  ["systems[].photographsOnly", "Sec. 10 (photograph exclusion)"],
  ["systems[].healthcare", "Sec. 10 health-care exclusions (Mosby); Sec. 25(b)"],
  ["systems[].actingForGovernmentUnit", "Sec. 25(e)"],
  ["systems[].possession", "15(a), (c), (d), (e): \"in possession\" (Barnett v. Apple; G.T. v. Samsung)"],
  ["systems[].possession.storageLocations", "Extraterritoriality (read with the processing locations)"],
  ["systems[].subjects", "15(b) (whose release); extraterritoriality; Sec. 20 (people counted)"],
  ["systems[].subjects[].release", "15(b) per group (release status and timing); Sec. 20 (who is counted, and until when)"],
  ["systems[].subjects[].collectiveBargaining", "Labour preemption (Walton): noted on 15(a), (b), (d) findings; counted apart in the estimate"],
  ["systems[].subjects[].collectiveBargaining.agreement", "Recorded for the auditor; not read by the audit"],
  ["systems[].illinoisNexus", "Extraterritoriality (Avery; Rivera v. Google)"],
  ["systems[].illinoisNexus.residencyDeterminedBy", "Recorded for the auditor; not read by the audit"],
  ["systems[].geofencing", "Extraterritoriality; injunction risk (Clearview MDL)"],
  ["systems[].geofencing.geolocationExclusion.method", "Cited with a partial coverage (how the measure works); decides nothing"],
  ["systems[].geofencing.ipBlocking.method", "Cited with a partial coverage (how the measure works); decides nothing"],
  ["systems[].geofencing.collectionFilter.method", "Cited with a partial coverage (how the measure works); decides nothing"],
  ["systems[].notice", "15(b)(1) and 15(b)(2)"],
  ["systems[].release", "15(b)(3)"],
  ["systems[].collection", "15(b) timing; Sec. 20 (Cothron accrual, Tims look-back, methods counted)"],
  ["systems[].collection.capturedBy", "15(b): the active step (Heard v. Becton, Dickinson; Barnett v. Apple; Rogers v. BNSF)"],
  ["systems[].retention", "15(a)"],
  ["systems[].retention.policy.url", "Recorded for the auditor; not read by the audit"],
  ["systems[].retention.practice.daysFromTriggerToDeletion", "Recorded for the auditor; not read by the audit"],
  ["systems[].retention.legalHold", "15(a) (the court-issued exception); Sec. 25(a) (a duty to preserve)"],
  ["systems[].commerce", "15(c)"],
  ["systems[].disclosures", "15(d); Sec. 20 (recipients counted)"],
  ["systems[].disclosures[].country", "Recorded for the auditor; not read by the audit"],
  ["systems[].security", "15(e)"],
  ["systems[].breaches", "15(e); injunction risk (Clearview MDL)"],
  ["systems[].breaches[].description", "Recorded for the auditor; not read by the audit"],
  ["systems[].crossBorderTransfers", "Offshore risk (TikTok settlement)"],
  ["systems[].remediation", "Remedies and injunction risk (ACLU consent order; Facebook, TikTok settlements)"],
  ["systems[].remediation.defaultOff", "Recorded for the auditor; not read by the audit"],
  ["systems[].remediation.inactiveTemplatePurgeYears", "Recorded for the auditor; not read by the audit"],
  ["systems[].remediation.disclosedInPrivacyPolicy", "Recorded for the auditor; not read by the audit"],
  ["systems[].culpability", "Sec. 20 (negligent, or intentional or reckless)"],
  ["organization.role", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.forProfit", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.establishedIn", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.annualRevenueUsd", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.worldwideTurnoverEur", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.smallBusiness", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.personalInformationTrade", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["organization.representativeInEu", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["systems[].places", "Extraterritoriality (subjects, capture and processing by place code); the jurisdiction packs (bipa-reference.md §4, §5.8)"],
  ["systems[].places.offeredIn", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.8)"],
  ["systems[].places.subjects", "Extraterritoriality, when the Illinois share and counts are silent (a US-IL entry, or a complete list without one)"],
  ["systems[].places.complete", "Extraterritoriality: a complete list of places without US-IL means no Illinois residents"],
  ["systems[].places.capture", "Extraterritoriality, when the Illinois capture fields are silent"],
  ["systems[].places.processing", "Extraterritoriality, when the Illinois processing fields are silent"],
  ["systems[].premises", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.5, §4.6)"],
  ["systems[].purposes", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["systems[].consent", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4)"],
  ["systems[].saleAuthorization", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.2)"],
  ["systems[].aiTraining", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.1)"],
  ["systems[].faceDatabase", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.8)"],
  ["systems[].dataProtection", "Recorded for the auditor; for the jurisdiction packs (bipa-reference.md §4.3, §4.7)"],
];

/** What a field feeds; throws for a field no prefix covers. */
export function fieldSection(path: string): string {
  let best: readonly [string, string] | undefined;
  for (const entry of FIELD_SECTIONS) {
    const [prefix] = entry;
    const covers = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    if (covers && (!best || prefix.length > best[0].length)) best = entry;
  }
  if (!best) throw new Error(`profile field ${path} is not mapped to a section in scripts/docs/field-sections.ts`);
  return best[1];
}
