import { expect, it } from "vitest";
import { entityType } from "../../../../../src/packs/bipa/rules/scope/scope-entity-type.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

testRule(entityType, {
  fires: [
    {
      description: "a State or local government agency is not a private entity",
      organization: { entityType: "government-unit" },
      excludes: true,
      severity: "info",
      basis: "fact",
      pointer: "/organization/entityType",
      messageIncludes: ["Fingerprint timeclock", "Prairie Fabrication LLC", "State or local government agency", '"private entity"'],
    },
    {
      description: "an Illinois court, clerk or judge is not a private entity",
      organization: { entityType: "illinois-court" },
      excludes: true,
      messageIncludes: ["an Illinois court (or its clerk, judge or justice)", "Illinois courts, their clerks, judges and justices"],
    },
    {
      description: "a government unit is excluded whatever its practices (no release, selling data)",
      organization: { entityType: "government-unit" },
      system: { release: { type: "none" }, commerce: { sells: true } },
      excludes: true,
    },
    {
      description: "a court's system is excluded even with no Illinois facts stated",
      organization: { entityType: "illinois-court", illinoisPresence: null },
      system: { illinoisNexus: null },
      excludes: true,
    },
    {
      description: "a government unit's face system is excluded as well as its timeclock",
      organization: { entityType: "government-unit" },
      system: { modalities: ["face-geometry"], faceMatching: "identification" },
      excludes: true,
      pointer: "/organization/entityType",
    },
  ],
  silent: [
    { description: "a private company (the compliant profile)" },
    {
      description: "a private contractor working for a government unit (that is Sec. 25(e), not Sec. 10)",
      system: { actingForGovernmentUnit: { acting: true, unit: "Cook County" } },
    },
    {
      description: "no guessing from the name: a private entity called a county foundation stays private",
      organization: { name: "Cook County Health Foundation" },
    },
    { description: "a private entity with no Illinois presence", organization: { illinoisPresence: null } },
    { description: "a private financial institution (Sec. 25(c) is a different rule)", organization: { glba: { titleVSubject: true, role: "financial-institution" } } },
  ],
});

it("bipa/scope-entity-type: an exclusion names no remedial measure, and its evidence carries the value", () => {
  const [finding] = runRule(entityType, { description: "direct run", organization: { entityType: "government-unit" } });
  expect(finding?.remedies).toEqual([]);
  expect(finding?.evidence[0]).toMatchObject({ pointer: "/organization/entityType", value: "government-unit" });
});
