import { collects } from "../gates.js";
import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { RemedyId } from "../../remedies/ids.js";
import type { SubjectGroup, System } from "../../../../practices/schema.js";
import { groupSizeWords, modalityWords, noRelationshipByNature, noRelationshipPointer, noRelationshipWho, unaskedInIllinois } from "./wording.js";

export const noRelationshipSubjects = defineRule({
  id: "bipa/15b-no-relationship-subjects",
  title: "No collection from people who cannot be given notice or asked for a release",
  section: "740 ILCS 14/15(b)",
  kind: "section",
  engaged: collects,
  severity: "violation",
  summary:
    "Fires for each subject group the entity has no relationship with (people in scraped public images, non-users in uploaded content, or any group marked relationship none) unless the profile states that none of them are in Illinois; a risk instead when the profile claims every subject signed a release anyway.",
  plainLanguage:
    "People who never deal with the company, such as those in scraped photos or in other people's uploads, cannot in practice be told in writing or sign a release before their face geometry is captured, so 15(b) is breached for every Illinois resident among them. The Rivera v. Google settlement covered Illinois residents who were not account holders, face-geometry scans made from photographs are biometric identifiers (Rivera v. Google, 2017), and In re Clearview AI (2022) let such claims against a scraper of public images proceed.",
  authorities: [
    "bipa-15b",
    "rivera-google-settlement-2022",
    "rivera-google-2017",
    "clearview-mtd-2022",
    // The sources of the Illinois-specific remedies: the measures the court noted, and the relief plaintiffs sought.
    "clearview-pi-denial-2021",
    "clearview-pi-motion-2021",
  ],
  remedies: [
    "stop-collection-until-release",
    "destroy-unconsented-data",
    "opt-in-consent-prompt",
    "avoid-collecting-illinois-residents",
    "destroy-illinois-residents-data",
  ],
  tags: ["15(b)", "release", "non-users", "scraping", "face-geometry"],
  examples: {
    failing: {
      description: "A face-search product builds templates from public web images; nobody in them signed a release.",
      system: {
        modalities: ["face-geometry"],
        release: { coversAllSubjects: false },
        subjects: [
          { population: "scraped-public-images", count: 3000000, illinoisCount: 90000, unionRepresented: false, relationship: "none" },
        ],
      },
    },
    passing: {
      description: "The scraped images are filtered so that no Illinois resident is among them.",
      system: {
        modalities: ["face-geometry"],
        subjects: [
          { population: "scraped-public-images", count: 3000000, illinoisCount: 0, unionRepresented: false, relationship: "none" },
        ],
      },
    },
  },
  check({ system, profile }) {
    const organization = profile.organization.name;
    const seen = new Map<string, number>();
    return system.subjects.flatMap((group, index): FindingDraft[] => {
      // A group stated to hold no Illinois residents is outside BIPA's reach for this rule; the nexus rules weigh the rest.
      if (!unaskedInIllinois(group)) return [];
      const n = (seen.get(group.population) ?? 0) + 1;
      seen.set(group.population, n);
      const who = noRelationshipWho(group, organization);
      const base = `${system.name} collects ${modalityWords(system)} from ${who}: ${groupSizeWords(group)}.`;
      const claimed = group.release ? group.release.status === "before-first-capture" : system.release.coversAllSubjects === true;
      return [
        {
          message: match(claimed)
            .with(
              false,
              () =>
                noRelationshipByNature(group.population)
                  ? `${base} They cannot in practice be given written notice or sign a written release before collection, so collecting from the Illinois residents among them breaches 15(b). The Rivera v. Google settlement covered Illinois residents in photos who were not account holders; Rivera v. Google (N.D. Ill. 2017) and In re Clearview AI (N.D. Ill. 2022) let claims over templates built from photos proceed.`
                  : // Stated to have no relationship (callers, a customer's staff): reachable in principle, through whoever deals with them.
                    `${base} The profile records no relationship through which ${organization} gives them written notice or takes their written release before collection, and no release from them, so collecting from the Illinois residents among them breaches 15(b). Where someone who deals with them (an employer, a platform) gives the notice and takes the release before the first capture, record it (subjects[].release).`,
            )
            .with(
              true,
              () =>
                `${base} The profile says every subject signed a release, but people with no relationship to ${organization} cannot in practice be given written notice or asked to sign before collection. Document how each of them signed; if they did not, every collection from an Illinois resident among them breaches 15(b) (Rivera v. Google settlement; Rivera v. Google, 2017; In re Clearview AI, 2022).`,
            )
            .exhaustive(),
          evidence: [
            noRelationshipPointer(group, index),
            `/subjects/${index}/count`,
            `/subjects/${index}/illinoisCount`,
            "/release/coversAllSubjects",
          ],
          ...(claimed ? { severity: "risk" as const } : {}),
          remedies: remediesFor(system, group),
          key: `/subjects/${group.population}${n > 1 ? `#${n}` : ""}`,
        },
      ];
    });
  },
});

/** The cures that fit: a consent prompt only where people can be reached, geofencing only where it is missing. */
function remediesFor(system: System, group: SubjectGroup): RemedyId[] {
  const filter = system.geofencing?.collectionFilter?.enabled === true;
  const purged = system.geofencing?.existingDataPurged === true;
  return [
    "stop-collection-until-release",
    "destroy-unconsented-data",
    ...(group.population === "scraped-public-images" ? [] : (["opt-in-consent-prompt"] as const)),
    ...(filter ? [] : (["avoid-collecting-illinois-residents"] as const)),
    ...(purged ? [] : (["destroy-illinois-residents-data"] as const)),
  ];
}
