import { describe, expect, it } from "vitest";
import { noRelationshipSubjects } from "../../../../../src/packs/bipa/rules/15b/15b-no-relationship-subjects.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const group = (population: string, count: number | "unknown", illinoisCount: number | "unknown", relationship = "none") => ({
  population,
  count,
  illinoisCount,
  unionRepresented: false,
  relationship,
});
const face = { modalities: ["face-geometry"], faceMatching: "identification" };
const noRelease = { coversAllSubjects: false };

testRule(noRelationshipSubjects, {
  fires: [
    {
      description: "point 9: face templates from scraped public images (the Clearview model); the photograph point cited to Rivera v. Google 2017 and In re Clearview 2022, not Patel (§2)",
      system: { ...face, release: noRelease, subjects: [group("scraped-public-images", 3000000, 90000)] },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/subjects/0/population",
      messageIncludes: [
        "Fingerprint timeclock collects face geometry from people in scraped public images: 3,000,000 people (90,000 of them in Illinois).",
        "cannot in practice be given written notice or sign a written release",
        "Rivera v. Google settlement",
        "Rivera v. Google (N.D. Ill. 2017)",
        "In re Clearview AI (N.D. Ill. 2022)",
      ],
    },
    {
      description: "non-users in uploaded photos, Illinois share not stated (Rivera v. Google)",
      system: { ...face, release: noRelease, subjects: [group("non-users-in-uploads", 250000, "unknown", "unknown")] },
      severity: "violation",
      messageIncludes: ["people who are not users but appear in uploaded content: 250,000 people (how many are in Illinois is not stated)"],
    },
    {
      description: "a group marked as having no relationship (store visitors under face recognition)",
      system: { ...face, release: noRelease, subjects: [group("visitors", "unknown", 1200)] },
      severity: "violation",
      pointer: "/systems/0/subjects/0/relationship",
      // §1.3 15(b): people stated to have no relationship can still be reached through whoever deals with them, so the
      // message does not call it impossible, and does not cite the photo cases meant for scraped images.
      messageIncludes: [
        "visitors with no relationship to Prairie Fabrication LLC: an unstated number of people (1,200 of them in Illinois)",
        "The profile records no relationship through which Prairie Fabrication LLC gives them written notice",
        "record it (subjects[].release)",
      ],
    },
    {
      description: "release coverage unknown is no answer for people who cannot be asked",
      system: { ...face, release: { coversAllSubjects: "unknown" }, subjects: [group("scraped-public-images", 10, 1)] },
      severity: "violation",
      messageIncludes: ["10 people (1 of them in Illinois)"],
    },
    {
      description: "users are fine, the non-users in their photos are not: one finding",
      system: {
        ...face,
        release: noRelease,
        subjects: [group("users", 40000, 9000, "direct"), group("non-users-in-uploads", 120000, 30000)],
      },
      pointer: "/systems/0/subjects/1/population",
    },
    {
      description: "two such groups give one finding each",
      system: { ...face, release: noRelease, subjects: [group("scraped-public-images", 100, 5), group("non-users-in-uploads", 50, 2)] },
      count: 2,
      severity: "violation",
    },
    {
      description: "two groups of one population keep distinct findings",
      system: { ...face, release: noRelease, subjects: [group("scraped-public-images", 100, 5), group("scraped-public-images", 70, 3)] },
      count: 2,
    },
    {
      description: "the profile claims every subject signed: a risk asking how, not a pass",
      system: { ...face, release: { coversAllSubjects: true }, subjects: [group("non-users-in-uploads", 50, 10)] },
      severity: "risk",
      basis: "fact",
      messageIncludes: ["The profile says every subject signed a release", "Document how each of them signed"],
    },
  ],
  silent: [
    { description: "employees with a direct relationship (the compliant timeclock)", system: {} },
    {
      description: "scraped images stated to hold no Illinois residents",
      system: { ...face, release: noRelease, subjects: [group("scraped-public-images", 3000000, 0)] },
    },
    {
      description: "non-users stated to hold no Illinois residents",
      system: { ...face, release: noRelease, subjects: [group("non-users-in-uploads", 5000, 0, "unknown")] },
    },
    { description: "account users with a direct relationship", system: { ...face, subjects: [group("users", 40000, 9000, "direct")] } },
    { description: "customers whose relationship is not stated", system: { subjects: [group("customers", 500, 500, "unknown")] } },
    { description: "no subject groups listed", system: { subjects: [] } },
  ],
});

describe("bipa/15b-no-relationship-subjects remedies", () => {
  const run = (system: Record<string, unknown>) => runRule(noRelationshipSubjects, { description: "", system })[0]?.remedies;

  it("offer an opt-in prompt only where people can be reached", () => {
    expect(run({ release: noRelease, subjects: [group("scraped-public-images", 10, 1)] })).toEqual([
      "stop-collection-until-release",
      "destroy-unconsented-data",
      "avoid-collecting-illinois-residents",
      "destroy-illinois-residents-data",
    ]);
    expect(run({ release: noRelease, subjects: [group("non-users-in-uploads", 10, 1)] })).toContain("opt-in-consent-prompt");
  });

  it("drop the Illinois geofencing measures already in place", () => {
    expect(
      run({
        release: noRelease,
        subjects: [group("scraped-public-images", 10, 1)],
        geofencing: { collectionFilter: { enabled: true, since: "2020-05-01", coverage: 0.9 }, existingDataPurged: true },
      }),
    ).toEqual(["stop-collection-until-release", "destroy-unconsented-data"]);
  });

  it("key findings by population, not by position", () => {
    const findings = runRule(noRelationshipSubjects, {
      description: "",
      system: { release: noRelease, subjects: [group("users", 1, 1, "direct"), group("scraped-public-images", 10, 1), group("scraped-public-images", 5, 1)] },
    });
    expect(findings.map((f) => f.fingerprint)).toEqual([
      "bipa/15b-no-relationship-subjects|timeclock|/subjects/scraped-public-images",
      "bipa/15b-no-relationship-subjects|timeclock|/subjects/scraped-public-images#2",
    ]);
  });
});
