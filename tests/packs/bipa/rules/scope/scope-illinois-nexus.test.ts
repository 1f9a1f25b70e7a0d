import { expect, it } from "vitest";
import { audit } from "../../../../../src/audit.js";
import { applyExample } from "../../../../../src/engine/examples.js";
import { parseProfile } from "../../../../../src/practices/load.js";
import { bipaRules } from "../../../../../src/packs/bipa/rules/index.js";
import { compliantProfile } from "../../../../../src/packs/bipa/compliant-profile.js";
import { illinoisNexus } from "../../../../../src/packs/bipa/rules/scope/scope-illinois-nexus.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §2.1 (Avery, an Illinois Supreme Court rule carried over to BIPA by federal courts;
// Rivera v. Google; In re Clearview; Vance) and §5.1 item 11 (subjects, capture and processing locations).
// Issue 10 point 2: the system's own facts decide; an unknown nexus is one risk with the section checks
// reported as conditional in it, not a flood of risks.
const noPresence = { illinoisPresence: { facilities: false, employees: false, customersOrContracts: false, marketsToIllinois: false } };
const marketsHere = { illinoisPresence: { facilities: true, employees: false, customersOrContracts: false, marketsToIllinois: true } };
const group = (population: string, illinoisCount: number | "some" | "unknown") => ({
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
      description: "an Indiana plant with no Illinois subjects, capture or processing (Avery, Ill. Sup. Ct. 2005)",
      organization: noPresence,
      system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: ["Nothing about Fingerprint timeclock touches Illinois", "capture in Indiana rather than Illinois", "processing in Indiana rather than Illinois", "no employees in Illinois", "Under Avery v. State Farm, Ill. Sup. Ct. 2005, an Illinois statute", "federal courts have carried that test over to BIPA", "Vance v. Google"],
    },
    {
      description: "point 2: the organization's Illinois marketing does not bring a system with no Illinois subjects, capture or processing within reach",
      organization: marketsHere,
      system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
      excludes: true,
      messageIncludes: ["Prairie Fabrication LLC's Illinois facilities and Illinois marketing do not change that"],
    },
    {
      description: "point 2: the organization's presence unknown decides nothing when the system's own facts point away",
      organization: { illinoisPresence: null },
      system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
      excludes: true,
    },
    {
      description: "no subjects listed: the exclusion rests on the stated share, and says so",
      organization: noPresence,
      system: { subjects: [], illinoisNexus: nowhereNear },
      excludes: true,
      messageIncludes: ["No subject groups are listed, so the exclusion rests on the stated Illinois share of 0"],
    },
    {
      description: "the Clearview pattern: capture elsewhere, a small Illinois share",
      organization: { illinoisPresence: { ...noPresence.illinoisPresence, customersOrContracts: true } },
      system: { subjects: [], illinoisNexus: { illinoisSubjectShare: 0.015, captureInIllinois: false, captureLocations: ["New York"], processingLocations: ["New York"] } },
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: ["(an Illinois subject share of 1.5%)", "98.5% of subjects outside Illinois", "capture in New York rather than Illinois", "question of fact", "In re Clearview AI (N.D. Ill. 2022)", "not a defence to rely on"],
    },
    {
      description: "Illinois residents captured outside Illinois",
      system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: false } },
      severity: "info",
      messageIncludes: ["Rivera v. Google (N.D. Ill. 2017) left it for discovery"],
    },
    {
      description: "point 2: processing in Illinois is an Illinois contact (processingLocations feeds the decision)",
      organization: noPresence,
      system: { subjects: [group("employees", 0)], illinoisNexus: { ...nowhereNear, processingLocations: ["Chicago, Illinois"] } },
      severity: "info",
      messageIncludes: ["processing in Chicago, Illinois"],
    },
    {
      description: "point 2: where the data is stored counts with where it is processed (servers: §2.1)",
      organization: noPresence,
      system: { subjects: [group("employees", 0)], illinoisNexus: { ...nowhereNear, processingLocations: [] }, possession: { storageLocations: ["Illinois data centre"] } },
      severity: "info",
      messageIncludes: ["processing in Illinois data centre"],
    },
    {
      description: "point 9: counts and populations in words, never raw slugs (\"job applicants\", \"1,200\")",
      organization: noPresence,
      system: { subjects: [{ ...group("job-applicants", 1200), count: 5000 }], illinoisNexus: nowhereNear },
      severity: "info",
      messageIncludes: ["1,200 people among the job applicants in Illinois"],
    },
    {
      description: "point 8: \"some\" Illinois people (number unknown) is an Illinois contact",
      organization: noPresence,
      system: { subjects: [group("customers", "some")], illinoisNexus: nowhereNear },
      severity: "info",
      messageIncludes: ["some people among the customers in Illinois"],
    },
    {
      description: "point 2: every system-level nexus fact unknown: one risk, conditional, whatever the organization does",
      organization: marketsHere,
      system: { subjects: [], illinoisNexus: null },
      conditional: true,
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
      messageIncludes: [
        "does not state Fingerprint timeclock's Illinois nexus: the Illinois share of subjects, where capture happens and where processing happens",
        "Prairie Fabrication LLC has Illinois facilities and Illinois marketing, which makes Illinois subjects likelier but does not by itself bring this system within reach",
        "If the law applies, the section checks find nothing on the stated facts",
      ],
    },
    {
      description: "no Illinois subjects, capture elsewhere, processing not stated: the one fact left decides",
      organization: noPresence,
      system: { subjects: [group("employees", 0)], illinoisNexus: { illinoisSubjectShare: 0, captureInIllinois: false, captureLocations: ["Indiana"], processingLocations: [] } },
      conditional: true,
      severity: "risk",
      pointer: "/systems/0/illinoisNexus/processingInIllinois",
      messageIncludes: ["but does not state where processing happens"],
    },
    {
      description: "a listed group with an unknown Illinois count blocks the exclusion",
      organization: noPresence,
      system: { subjects: [group("employees", 0), group("visitors", "unknown")], illinoisNexus: nowhereNear },
      severity: "risk",
      conditional: true,
      pointer: "/systems/0/subjects/1/illinoisCount",
      messageIncludes: ["how many visitors are in Illinois"],
    },
    {
      description: "issue 11 point 2: the coded places every pack reads decide when the Illinois fields are silent (a complete list with nobody in Illinois, capture and processing in Texas)",
      organization: noPresence,
      system: {
        subjects: [],
        illinoisNexus: null,
        places: { subjects: [{ place: "US-TX", count: 300 }, { place: "US-WA", count: 40 }], complete: true, capture: ["US-TX", "US-WA"], processing: ["US-TX"] },
      },
      excludes: true,
      basis: "fact",
      messageIncludes: ["people living only in US-TX and US-WA", "capture in US-TX and US-WA rather than Illinois", "processing in US-TX rather than Illinois"],
    },
    {
      description: "issue 11 point 2: the coded places: an incomplete list without Illinois does not exclude (one conditional risk)",
      organization: noPresence,
      system: { subjects: [], illinoisNexus: null, places: { subjects: [{ place: "US-TX", count: 300 }], complete: false, capture: ["US-TX"], processing: ["US-TX"] } },
      conditional: true,
      severity: "risk",
      pointer: "/systems/0/illinoisNexus/illinoisSubjectShare",
    },
  ],
  silent: [
    { description: "Illinois employees at an Illinois plant (the compliant profile)" },
    {
      description: "issue 11 point 2: Illinois residents counted in the coded places, capture in Illinois by place code",
      organization: noPresence,
      system: { subjects: [], illinoisNexus: null, places: { subjects: [{ place: "US-IL", count: 25 }], capture: ["US-IL/chicago"], processing: ["US-IL"] } },
    },
    {
      description: "capture in Illinois of out-of-state visitors is conduct in Illinois",
      organization: noPresence,
      system: { subjects: [group("visitors", 0)], illinoisNexus: { illinoisSubjectShare: 0, captureInIllinois: true } },
    },
    {
      description: "capture listed as Illinois (captureLocations) with the flag unknown",
      system: { illinoisNexus: { illinoisSubjectShare: "unknown", captureInIllinois: "unknown", captureLocations: ["IL"] } },
    },
    {
      description: "all Illinois subjects, capture location unknown",
      system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: "unknown" } },
    },
    {
      description: "geofencing on an Illinois system changes nothing here",
      system: { geofencing: { ipBlocking: { enabled: true } } },
    },
  ],
});

it("bipa/scope-illinois-nexus: the exclusion's evidence is the system's own facts", () => {
  const [finding] = runRule(illinoisNexus, {
    description: "direct run",
    organization: noPresence,
    system: { subjects: [group("employees", 0)], illinoisNexus: nowhereNear },
  });
  expect(finding?.evidence.map((e) => e.pointer)).toEqual([
    "/systems/0/illinoisNexus/illinoisSubjectShare",
    "/systems/0/subjects/0/illinoisCount",
    "/systems/0/illinoisNexus/captureInIllinois",
    "/systems/0/illinoisNexus/processingLocations",
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

it("point 2: an unknown nexus gives one conditional line, not a finding per section (issue 10; §2.1)", () => {
  // The case: no Illinois subjects and capture elsewhere, processing not stated, marketing unknown,
  // and practices that would fail several sections.
  const parsed = parseProfile(
    applyExample(compliantProfile, {
      description: "",
      organization: { illinoisPresence: { marketsToIllinois: "unknown" } },
      system: {
        subjects: [group("employees", "unknown")],
        illinoisNexus: { illinoisSubjectShare: "unknown", captureInIllinois: false, captureLocations: ["Indiana"], processingLocations: [] },
        release: { type: "none" },
        retention: { policy: { exists: false } },
      },
    }),
  );
  if (!parsed.ok) throw new Error("invalid");
  const report = audit(parsed.profile, { asOf: "2026-11-22", ruleSet: bipaRules });
  const own = report.findings.filter((f) => f.systemId === "timeclock");
  expect(own.map((f) => f.ruleId)).toEqual(["bipa/scope-illinois-nexus"]);
  expect(own[0]?.message).toMatch(/If the law applies, the section checks find \d+ violations? .*bipa\/15a-public-policy.*bipa\/15b-written-release/);
  expect(report.applicability[0]).toMatchObject({ status: "unknown", inScope: false, conditional: { ruleId: "bipa/scope-illinois-nexus" } });
  expect(report.applicability[0]?.conditional?.violation).toBeGreaterThanOrEqual(2);
  expect(report.exposure?.totalUsd).toEqual({ low: 0, high: 0 });
});
