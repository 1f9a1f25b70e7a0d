import { describe, expect, it } from "vitest";
import { writtenRelease } from "../../../../../src/packs/bipa/rules/15b/15b-written-release.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const minors = { population: "minors", count: 800, illinoisCount: 800, unionRepresented: false, relationship: "direct" };
const employees = (unionRepresented: boolean | "unknown") => ({
  population: "employees",
  count: 120,
  illinoisCount: 120,
  unionRepresented,
  relationship: "direct",
});
const contractors = { population: "contractors", count: 15, illinoisCount: 15, unionRepresented: false, relationship: "direct" };
const customers = { population: "customers", count: 5000, illinoisCount: 4000, unionRepresented: false, relationship: "direct" };

testRule(writtenRelease, {
  fires: [
    {
      description: "point 8: a subject group in which nobody signed (§5.9 item 48)",
      system: { subjects: [{ ...employees(false), release: { status: "none" } }] },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/subjects/0/release/status",
      messageIncludes: ["from the employees", "without a written release from any of them"],
    },
    {
      description: "point 8: a mixed group: some Illinois people lack a release (a partial count is enough to decide)",
      system: { subjects: [{ ...employees(false), release: { status: "mixed", illinoisWithoutRelease: "some" } }] },
      severity: "violation",
      messageIncludes: ["some Illinois people did not"],
    },
    {
      description: "point 4: a vendor performing the capture for the entity does not shield it (Rogers v. BNSF, 15(b); §1.3)",
      system: { release: { type: "none" }, collection: { capturedBy: "vendor-for-entity" } },
      severity: "violation",
    },
    {
      description: "no release at all",
      system: { release: { type: "none" } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/release/type",
      messageIncludes: ["Fingerprint timeclock collects fingerprints without any written release", "Rosenbach"],
    },
    {
      description: "a verbal release is not a written one",
      system: { release: { type: "verbal" } },
      severity: "violation",
      pointer: "/systems/0/release/type",
      messageIncludes: ["verbal release", "a spoken agreement is none of these"],
    },
    {
      description: "no release: one finding even when other release facts are also wrong",
      system: { release: { type: "none", coversAllSubjects: false, signedBy: "union" } },
      severity: "violation",
    },
    {
      description: "release type unknown",
      system: { release: { type: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/release/type",
      messageIncludes: ["For Fingerprint timeclock, the profile does not state what form of release"],
    },
    {
      description: "release omitted entirely: one risk naming each deciding unknown",
      system: { release: null },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["what form of release (if any) subjects give and whether every subject has signed a release"],
    },
    {
      description: "electronic signature the day before PA 103-0769 took effect: info, not a violation",
      system: { release: { type: "electronic-signature", date: "2024-08-01" } },
      severity: "info",
      pointer: "/systems/0/release/type",
      messageIncludes: ["2024-08-01", "PA 103-0769", "E-SIGN", "Electronic Commerce Security Act", "treated here as a written release"],
    },
    {
      description: "click-through release from 2019: info only",
      system: { release: { type: "click-through" } },
      severity: "info",
      messageIncludes: ["a click-through release first obtained on 2019-12-15"],
    },
    {
      description: "point 3: minors who sign their own release are a risk (contractual capacity), not a violation (§1.3 15(b), \"Who may sign\")",
      system: { subjects: [minors], release: { employmentCondition: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/release/signedBy",
      messageIncludes: ["collects from minors who sign the release themselves", '"executed by the subject" meets the words of 15(b)(3)', "contractual capacity", "parent's or guardian's signature", "14-year-old"],
    },
    {
      description: "a union cannot sign for minors (and no union note is added)",
      system: { subjects: [minors], release: { signedBy: "union", employmentCondition: false } },
      severity: "violation",
      messageIncludes: ["signed by a union"],
    },
    {
      description: "minors, signer unknown",
      system: { subjects: [minors], release: { signedBy: "unknown", employmentCondition: false } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/release/signedBy",
      messageIncludes: ["who signs the release for the minors (the minors themselves, or a parent or guardian)"],
    },
    {
      description: "point 9: a union signs for union-represented employees: info citing Miller with its reporter citation (926 F.3d 898, verified: §2) and Walton",
      system: { subjects: [employees(true)], release: { signedBy: "union" } },
      severity: "info",
      pointer: "/systems/0/release/signedBy",
      messageIncludes: ["Miller v. Southwest Airlines, 926 F.3d 898 (7th Cir. 2019)", "Railway Labor Act or LMRA §301", "Walton v. Roosevelt University", "union-represented employees"],
    },
    {
      description: "a union signs for employees it does not represent",
      system: { subjects: [employees(false)], release: { signedBy: "union" } },
      severity: "violation",
      pointer: "/systems/0/release/signedBy",
      messageIncludes: ["the employees are not union-represented", "not their legally authorized representative"],
    },
    {
      description: "a union signs for represented employees and unrepresented contractors: violation and note",
      system: { subjects: [employees(true), { ...contractors }], release: { signedBy: "union", employmentCondition: false } },
      count: 2,
      severity: "violation",
      messageIncludes: ["the contractors are not union-represented"],
    },
    {
      description: "a group's own release says the union signed, for contractors it does not represent (§1.3 'Who may sign')",
      system: {
        subjects: [{ ...contractors, release: { status: "before-first-capture", signedBy: "union" } }],
        release: { signedBy: "subject", employmentCondition: false },
      },
      severity: "violation",
      pointer: "/systems/0/subjects/0/release/signedBy",
      messageIncludes: ["the contractors are not union-represented", "not their legally authorized representative"],
    },
    {
      description: "a union signs, representation unknown",
      system: { subjects: [employees("unknown")], release: { signedBy: "union" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/subjects/0/unionRepresented",
      messageIncludes: ["whether the employees the union signed for are union-represented"],
    },
    {
      description: "an employment-condition release used for contractors too",
      system: { subjects: [employees(false), contractors] },
      severity: "violation",
      pointer: "/systems/0/release/employmentCondition",
      messageIncludes: ["condition of employment", "Sec. 10", "The contractors are not employees"],
    },
    {
      description: "an employment-condition release for job applicants",
      system: { subjects: [{ ...contractors, population: "job-applicants" }] },
      severity: "violation",
      messageIncludes: ["The job applicants are not employees"],
    },
    {
      description: "employees and contractors, employment condition unknown",
      system: { subjects: [employees(false), contractors], release: { employmentCondition: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/release/employmentCondition",
      messageIncludes: ["not for the contractors"],
    },
    {
      description: "release does not cover every subject",
      system: { release: { coversAllSubjects: false } },
      severity: "violation",
      pointer: "/systems/0/release/coversAllSubjects",
      messageIncludes: ["Not every subject of Fingerprint timeclock has signed a release"],
    },
    {
      description: "whether every subject signed is unknown",
      system: { release: { coversAllSubjects: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/release/coversAllSubjects",
    },
    {
      description: "several defects at once give one finding each",
      system: { subjects: [minors], release: { signedBy: "subject", employmentCondition: false, coversAllSubjects: false } },
      count: 2,
      severity: "violation",
    },
  ],
  silent: [
    {
      description: "the system's release names the union, but the contractors' own release says they signed themselves",
      system: {
        subjects: [{ ...contractors, release: { status: "before-first-capture", signedBy: "subject" } }],
        release: { signedBy: "union", employmentCondition: false },
      },
    },
    {
      description: "point 8: every group states it signed before first capture: the groups answer coverage",
      system: { subjects: [{ ...employees(false), release: { status: "before-first-capture" } }], release: { coversAllSubjects: "unknown" } },
    },
    {
      description: "point 8: a mixed group whose Illinois people all signed (none without a release)",
      system: { subjects: [{ ...employees(false), release: { status: "mixed", illinoisWithoutRelease: 0 } }] },
    },
    {
      description: "point 4: a vendor's scanner on the subject's own device, data never leaving it, is not the entity's collection (Barnett; §1.3 15(b))",
      system: { release: { type: "none" }, possession: { holder: "subject-device-only" }, collection: { capturedBy: "subject-device" } },
    },
    { description: "wet-signature release by each employee as a condition of employment", system: {} },
    { description: "electronic signature on the day PA 103-0769 took effect", system: { release: { type: "electronic-signature", date: "2024-08-02" } } },
    { description: "click-through release after the amendment", system: { release: { type: "click-through", date: "2025-03-01" } } },
    { description: "electronic release with an unknown date (timing is another rule's concern)", system: { release: { type: "electronic-signature", date: "unknown" } } },
    { description: "minors' release signed by a parent or guardian", system: { subjects: [minors], release: { signedBy: "parent-or-guardian", employmentCondition: false } } },
    {
      description: "minors' release signed by another legally authorized representative",
      system: { subjects: [minors], release: { signedBy: "legally-authorized-representative", employmentCondition: false } },
    },
    { description: "adults, signer unknown: any listed signer may be valid", system: { release: { signedBy: "unknown" } } },
    { description: "employment condition unknown, only employees", system: { release: { employmentCondition: "unknown" } } },
    { description: "employment condition unknown, only customers", system: { subjects: [customers], release: { employmentCondition: "unknown" } } },
    { description: "customers give informed written consent, not a job condition", system: { subjects: [customers], release: { employmentCondition: false } } },
    { description: "release signed after first capture is the timing rule's concern", system: { release: { date: "2020-03-01" } } },
    { description: "notice problems are the notice rules' concern", system: { notice: { inWriting: false, lengthOfTerm: false } } },
  ],
});

describe("bipa/15b-written-release findings", () => {
  it("name the parental remedy when minors have no release", () => {
    const [finding] = runRule(writtenRelease, { description: "", system: { subjects: [minors], release: { type: "none" } } });
    expect(finding?.remedies).toEqual([
      "obtain-written-release",
      "obtain-parental-release-for-minors",
      "stop-collection-until-release",
      "destroy-unconsented-data",
    ]);
  });

  it("§1.3 15(b) 'Who may sign': minors who sign for themselves, stated both for the system and for their group, are one risk (the group's), not two", () => {
    const findings = runRule(writtenRelease, {
      description: "",
      system: { subjects: [{ ...minors, release: { status: "before-first-capture", signedBy: "subject" } }], release: { signedBy: "subject", employmentCondition: false } },
    });
    const signer = findings.filter((f) => f.message.includes("sign the release themselves"));
    expect(signer.map((f) => f.fingerprint)).toEqual(["bipa/15b-written-release|timeclock|/subjects/0/release/signedBy"]);
    expect(signer[0]?.severity).toBe("risk");
  });

  it("point 9: cite Miller as verified against the opinion (bipa-reference.md §2) and keep notes free of remedies", () => {
    const [note] = runRule(writtenRelease, { description: "", system: { subjects: [employees(true)], release: { signedBy: "union" } } });
    expect(note?.authorities.find((a) => a.id === "miller-2019")).toMatchObject({ status: "V", citation: "926 F.3d 898" });
    expect(note?.remedies).toEqual([]);
    expect(note?.fingerprint).toBe("bipa/15b-written-release|timeclock|/release/signedBy/union-note");
  });

  it("never reports a pre-amendment electronic release as a violation", () => {
    for (const type of ["electronic-signature", "click-through"] as const) {
      for (const date of ["2008-10-03", "2024-08-01"]) {
        const findings = runRule(writtenRelease, { description: "", system: { release: { type, date } } });
        expect(findings.map((f) => f.severity)).toEqual(["info"]);
      }
    }
  });
});
