import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import type { Practices } from "../../../src/practices/schema.js";
import { merge, parsed, type Plain } from "../contract-checks.js";

export const AS_OF = "2026-11-22";

/** A US company with a customer face check-in in France and Germany that meets every Art. 9 duty (§4.7). */
export const compliantOrganization: Plain = {
  name: "Northwind Fitness Inc.",
  entityType: "private-entity",
  establishedIn: ["US-DE"],
  worldwideTurnoverEur: 300_000_000,
  representativeInEu: true,
};

export const compliantSystem: Plain = {
  id: "gym-checkin",
  name: "Gym face check-in",
  modalities: ["face-geometry"],
  faceMatching: "identification",
  subjects: [{ population: "customers", count: 8_000 }],
  places: { subjects: [{ place: "FR", count: 5_000 }, { place: "DE", count: 3_000 }], complete: true, offeredIn: ["FR", "DE"] },
  consent: { obtained: true, beforeCapture: true, form: "electronic", explicit: true, voluntary: true, basedOnPublicImages: false },
  dataProtection: {
    purposeUniquelyIdentifies: true,
    condition: "explicit-consent",
    impactAssessment: true,
    largeScale: true,
    monitorsBehaviour: false,
    accessRequestsAnswered: true,
  },
  retention: { schedule: { trigger: "purpose-satisfied" }, practice: { recordsRetainedPastTrigger: 0 } },
};

export function profileWith(systemPatch: Plain = {}, orgPatch: Plain = {}): Practices {
  return parsed({ version: 1, organization: merge(compliantOrganization, orgPatch), systems: [merge(compliantSystem, systemPatch)] });
}

export function contextOf(profile: Practices, asOf = AS_OF): PackSystemContext {
  return { profile, system: profile.systems[0]!, index: 0, asOf };
}

export function run(rule: PackRule, systemPatch: Plain = {}, orgPatch: Plain = {}, asOf = AS_OF): PackFindingDraft[] {
  return rule.check(contextOf(profileWith(systemPatch, orgPatch), asOf));
}

/**
 * A realistic non-compliant case modelled on the facts in the Clearview orders (§3.4): a US
 * company scraping public images, matching people in Italy, Greece and France for its customers,
 * with no condition, no assessment, no representative, no retention end and no answers to access
 * requests; and webcam checks that track when its contractors in Ireland are at their desks, on a
 * consent they cannot refuse.
 */
export const firingProfileData = {
  version: 1,
  organization: {
    name: "FaceIndex Corp.",
    entityType: "private-entity",
    establishedIn: ["US-NY"],
    worldwideTurnoverEur: "unknown",
    representativeInEu: false,
  },
  systems: [
    {
      id: "face-search",
      name: "Face search database",
      modalities: ["face-geometry"],
      faceMatching: "identification",
      subjects: [{ population: "non-users-in-uploads", count: { atLeast: 1_000_000 }, relationship: "none" }],
      places: { subjects: [{ place: "IT", count: "some" }, { place: "GR", count: "some" }, { place: "FR", count: "some" }, { place: "GB", count: "some" }] },
      consent: { obtained: false, form: "implied", basedOnPublicImages: true, subjectsMadeImagesPublic: false },
      dataProtection: { purposeUniquelyIdentifies: true, condition: "none", largeScale: true, impactAssessment: false, monitorsBehaviour: true, accessRequestsAnswered: false },
      retention: { schedule: { trigger: "none" } },
    },
    {
      id: "remote-presence",
      name: "Remote contractor webcam presence check",
      modalities: ["face-geometry"],
      faceMatching: "verification",
      subjects: [{ population: "contractors", count: 40 }],
      places: { subjects: [{ place: "IE", count: 40 }], complete: true, offeredIn: [] },
      consent: { obtained: true, explicit: true, form: "written", voluntary: false },
      dataProtection: { purposeUniquelyIdentifies: true, condition: "explicit-consent", largeScale: false, monitorsBehaviour: true, accessRequestsAnswered: true },
      retention: { schedule: { trigger: "purpose-satisfied" } },
    },
  ],
};
