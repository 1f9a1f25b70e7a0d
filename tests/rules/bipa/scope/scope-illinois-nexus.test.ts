import { expect, it } from "vitest";
import { illinoisNexus } from "../../../../src/rules/bipa/scope/scope-illinois-nexus.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

const noPresence = { illinoisPresence: { facilities: false, employees: false, customersOrContracts: false, marketsToIllinois: false } };
const group = (population: string, illinoisCount: number | "unknown") => ({
  population,
  count: 80,
  illinoisCount,
  unionRepresented: false,
  relationship: "direct",
});
const nowhereNear = { illinoisSubjectShare: 0, captureInIllinois: false, captureLocations: ["Indiana"], processingLocations: ["Indiana"] };

testRule(illinoisNexus, {
  fires: [
    {
      description: "an Indiana plant with no Illinois subjects, capture or presence (Avery)",
      organization: noPresence,
      system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: ["Nothing in the profile connects Fingerprint timeclock to Illinois", "capture in Indiana rather than Illinois", "no employees in Illinois", "no Illinois customers or contracts", '"primarily and substantially in Illinois"', "(Avery v. State Farm, Ill. 2005)", "Vance v. Google"],
    },
    {
      description: "no subjects listed: the exclusion rests on the stated share, and says so",
      organization: noPresence,
      system: { subjects: [], illinoisNexus: nowhereNear },
      excludes: true,
      messageIncludes: ["No subject groups are listed, so the exclusion rests on the stated Illinois share of 0"],
    },
    {
      description: "the Clearview pattern: capture elsewhere, a small Illinois share, Illinois customers",
      organization: { ...noPresence, illinoisPresence: { ...noPresence.illinoisPresence, customersOrContracts: true } },
      system: { subjects: [], illinoisNexus: { illinoisSubjectShare: 0.015, captureInIllinois: false, captureLocations: ["New York"] } },
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: ["(an Illinois subject share of 1.5% and Illinois customers or contracts)", "98.5% of subjects outside Illinois", "capture in New York rather than Illinois", "question of fact", "In re Clearview AI (N.D. Ill. 2022)", "not a defence to rely on"],
    },
    {
      description: "Illinois residents captured outside Illinois",
      system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: false } },
      severity: "info",
      messageIncludes: ["Rivera v. Google (N.D. Ill. 2017) left it for discovery"],
    },
    {
      description: "a small Illinois share with the capture location unknown",
      system: { illinoisNexus: { illinoisSubjectShare: 0.05, captureInIllinois: "unknown" } },
      severity: "info",
    },
    {
      description: "share 0 and no capture, but a listed group has Illinois subjects",
      organization: noPresence,
      system: { subjects: [group("customers", 12)], illinoisNexus: nowhereNear },
      severity: "info",
      messageIncludes: ["12 customers in Illinois"],
    },
    {
      description: "geofencing is not credited here: an out-of-state system with Illinois customers stays disputed",
      organization: { illinoisPresence: { facilities: false, employees: false, customersOrContracts: true, marketsToIllinois: false } },
      system: {
        illinoisNexus: { illinoisSubjectShare: 0.02, captureInIllinois: false },
        geofencing: { collectionFilter: { enabled: true, coverage: 0.99 }, ipBlocking: { enabled: true } },
      },
      severity: "info",
    },
    {
      description: "every nexus fact unknown: risk",
      organization: { illinoisPresence: null },
      system: { subjects: [], illinoisNexus: null },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: ["Illinois nexus unknown: the Illinois share of subjects, where capture happens and whether Prairie Fabrication LLC has Illinois facilities, Illinois employees, Illinois customers or contracts or Illinois marketing.", "No subject groups are listed"],
    },
    {
      description: "points away from Illinois but the organization's presence is unknown: the exclusion is not established",
      organization: { illinoisPresence: null },
      system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["points Fingerprint timeclock away from Illinois", "leaves open whether Prairie Fabrication LLC has Illinois facilities"],
    },
    {
      description: "a listed group with an unknown Illinois count blocks the exclusion",
      organization: noPresence,
      system: { subjects: [group("employees", 0), group("visitors", "unknown")], illinoisNexus: nowhereNear },
      severity: "risk",
      pointer: "/systems/0/subjects/1/illinoisCount",
      messageIncludes: ["how many visitors are in Illinois"],
    },
  ],
  silent: [
    { description: "Illinois employees at an Illinois plant (the compliant profile)" },
    {
      description: "capture in Illinois of out-of-state visitors is conduct in Illinois",
      organization: noPresence,
      system: { subjects: [group("visitors", 0)], illinoisNexus: { illinoisSubjectShare: 0, captureInIllinois: true } },
    },
    {
      description: "all Illinois subjects and presence, capture location unknown",
      system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: "unknown" } },
    },
    {
      description: "Illinois contacts only, with other facts unknown and no subjects listed",
      organization: { illinoisPresence: { facilities: true } },
      system: { subjects: [], illinoisNexus: { illinoisSubjectShare: "unknown", captureInIllinois: "unknown" } },
    },
    {
      description: "geofencing on an Illinois system changes nothing here",
      system: { geofencing: { ipBlocking: { enabled: true } } },
    },
  ],
});

it("bipa/scope-illinois-nexus: the exclusion's evidence covers every fact it rests on, organization included", () => {
  const [finding] = runRule(illinoisNexus, {
    description: "direct run",
    organization: noPresence,
    system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
  });
  expect(finding?.evidence.map((e) => e.pointer)).toEqual([
    "/systems/0/illinoisNexus/illinoisSubjectShare",
    "/systems/0/illinoisNexus/captureInIllinois",
    "/systems/0/subjects/0/illinoisCount",
    "/organization/illinoisPresence/facilities",
    "/organization/illinoisPresence/employees",
    "/organization/illinoisPresence/customersOrContracts",
    "/organization/illinoisPresence/marketsToIllinois",
  ]);
  expect(finding?.fingerprint).toBe("bipa/scope-illinois-nexus|timeclock|illinois-nexus");
});

it("bipa/scope-illinois-nexus: risk and info keep stable fingerprints of their own", () => {
  const [risk] = runRule(illinoisNexus, { description: "direct run", organization: { illinoisPresence: null }, system: { illinoisNexus: null, subjects: [] } });
  const [info] = runRule(illinoisNexus, { description: "direct run", system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: false } } });
  expect(risk?.fingerprint).toBe("bipa/scope-illinois-nexus|timeclock|illinois-nexus:unknown");
  expect(info?.fingerprint).toBe("bipa/scope-illinois-nexus|timeclock|illinois-nexus:disputed");
  expect(risk?.remedies).toEqual(["establish-unknown-facts"]);
});
