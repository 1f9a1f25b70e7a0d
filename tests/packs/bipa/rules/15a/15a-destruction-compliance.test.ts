import { describe, expect, it } from "vitest";
import { destructionCompliance } from "../../../../../src/packs/bipa/rules/15a/15a-destruction-compliance.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(a) (duty 2: comply with the schedule; the only exception is "a valid warrant
// or subpoena issued by a court of competent jurisdiction"), §1.5 row (a) (Sec. 25(a) and litigation
// holds: a preservation duty is not a violation to be cured by destruction; seek the court's order).
const retained = (n: number | "some" | "unknown" | { atLeast: number; atMost?: number }, legalHold?: Record<string, unknown>) => ({
  retention: { practice: { recordsRetainedPastTrigger: n }, ...(legalHold ? { legalHold } : {}) },
});

// §1.3 15(a) (the trigger: "when the initial purpose ... has been satisfied or within 3 years of the
// individual's last interaction, whichever occurs first"), §1.5 row (a) (a preservation duty arises with
// pending or expected litigation), §1.7 ("Cure works forward only"): a hold covers retention from its
// date only, so the records of people who left before it were kept with nothing to excuse them.
const EMPLOYEES = { population: "employees", count: 120, illinoisCount: 120, unionRepresented: false, relationship: "direct" };
const leftOn = (date: string, illinoisCount: number | "unknown" = 40) => ({ subjects: [{ ...EMPLOYEES, departures: [{ date, illinoisCount }] }] });
const heldSince = (date: string, hold: Record<string, unknown> = { kind: "litigation-hold", issuedBy: "internal" }) => ({ ...hold, date });

testRule(destructionCompliance, {
  fires: [
    {
      description: "records kept past the trigger with no hold (Fox v. Dakkota)",
      system: retained(40),
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/practice/recordsRetainedPastTrigger",
      messageIncludes: ["Fingerprint timeclock keeps 40 records of biometric data past the destruction trigger", "Fox v. Dakkota", "stronger claim"],
    },
    {
      description: "a single record kept past the trigger (the boundary above zero)",
      system: retained(1),
      severity: "violation",
      messageIncludes: ["keeps 1 record of"],
    },
    {
      description: "\"some\" records kept past the trigger, number unknown, is still a violation: the count decides exposure, not liability",
      system: retained("some"),
      severity: "violation",
      basis: "fact",
      messageIncludes: ["keeps some records of biometric data past the destruction trigger"],
    },
    {
      description: "point 3: an internal litigation hold is a risk whose cure is a court order, never destruction (§1.5 row (a))",
      system: retained(12, { kind: "litigation-hold", matter: "Doe v. Prairie", reference: "No. 24-cv-1" }),
      severity: "risk",
      basis: "fact",
      messageIncludes: ["a litigation hold (Doe v. Prairie; No. 24-cv-1)", "with no court order", "not a violation to be cured by destroying the data", "spoliation", "seek the court's order"],
    },
    {
      description: "point 3: data under a court's preservation order is an info finding: keep it, the court-issued exception covers it",
      system: retained(12, { kind: "preservation-order", issuedBy: "court", court: "Circuit Court of Cook County" }),
      severity: "info",
      basis: "fact",
      messageIncludes: ["a preservation order issued by Circuit Court of Cook County", "keep the records it covers"],
    },
    {
      description: "an \"other\" hold with no court behind it: no excuse, and the advice still warns against destroying evidence",
      system: retained(12, { kind: "other" }),
      severity: "violation",
      messageIncludes: ["neither a warrant, a subpoena nor a court order", "keep them and seek the court's order instead of destroying them"],
    },
    {
      description: "point 3: an attorney-issued subpoena is not \"issued by a court\" on the text; untested, so a risk (§1.3 15(d))",
      system: retained(3, { kind: "subpoena", issuedBy: "attorney" }),
      severity: "risk",
      basis: "fact",
      messageIncludes: ["a subpoena issued by an attorney", "is not one issued by a court (a reading of the text; no BIPA case decides it"],
    },
    {
      description: "a subpoena stated not to be court-issued (issuedByCourt false) is graded the same",
      system: retained(3, { kind: "subpoena", issuedByCourt: false }),
      severity: "risk",
    },
    {
      description: "a court-issued warrant excuses retention: info finding noting the hold",
      system: retained(5, { kind: "warrant", issuedByCourt: true, reference: "Warrant 2026-114" }),
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/retention/legalHold/kind",
      messageIncludes: ["under a warrant issued by a court (Warrant 2026-114)", "the exception 15(a) names"],
    },
    {
      description: "a subpoena whose issuer is unknown is a risk",
      system: retained(5, { kind: "subpoena" }),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/legalHold/issuedBy",
      messageIncludes: ["does not say who issued it"],
    },
    {
      description: "records beyond what a court order covers are a violation of their own, beside the info on the covered ones",
      system: retained(50, { kind: "preservation-order", issuedBy: "court", recordsCovered: 20 }),
      count: 2,
      severity: "violation",
      messageIncludes: ["covers at most 20 records", "at least 30 records are kept with nothing to excuse it"],
    },
    {
      description: "the count of late records is unknown",
      system: retained("unknown"),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/practice/recordsRetainedPastTrigger",
      messageIncludes: ["does not say whether Fingerprint timeclock keeps any biometric records past"],
    },
    {
      description: "point 9: no automated deletion is worded without claiming anything is deleted",
      system: { retention: { practice: { automatedDeletion: false } } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/retention/practice/automatedDeletion",
      messageIncludes: ["has no automated deletion job", "if any are taken"],
    },
    {
      description: "backups and replicas kept",
      system: { retention: { practice: { backupsAndReplicasDeleted: false } } },
      severity: "risk",
      pointer: "/systems/0/retention/practice/backupsAndReplicasDeleted",
      messageIncludes: ["backups and replicas"],
    },
    {
      description: "vendors not deleting",
      system: { retention: { practice: { vendorsDeleteAndCertify: false } } },
      severity: "risk",
      pointer: "/systems/0/retention/practice/vendorsDeleteAndCertify",
      messageIncludes: ["vendors"],
    },
    {
      description: "late records and every undercutting practice: one finding each, the violation first",
      system: {
        retention: {
          practice: { recordsRetainedPastTrigger: 9, automatedDeletion: false, backupsAndReplicasDeleted: false, vendorsDeleteAndCertify: false },
        },
      },
      count: 4,
      severity: "violation",
    },
    {
      description: "an internal hold of 2026-09-05 over the records of 40 people who left on 2022-05-15: what was kept before the hold is a violation (the hold's own risk follows)",
      system: { ...retained(40, heldSince("2026-09-05")), ...leftOn("2022-05-15") },
      count: 2,
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/practice/recordsRetainedPastTrigger",
      messageIncludes: ["40 Illinois people left it before a litigation hold of the entity's own (since 2026-09-05) began (from 2022-05-15)", "kept until 2026-09-05 with nothing to excuse it", "a hold covers retention from its date only", "neither the hold nor destroying the data now cures", "risks spoliation sanctions"],
    },
    {
      description: "a court's subpoena does not reach back either: records of people who left a month before it were kept unexcused until it came",
      system: { ...retained(5, heldSince("2025-03-01", { kind: "subpoena", issuedBy: "court" })), ...leftOn("2025-02", 5) },
      count: 2,
      severity: "violation",
      messageIncludes: ["5 Illinois people left it before a subpoena issued by a court (since 2025-03-01) began (from 2025-02)"],
    },
  ],
  silent: [
    { description: "nothing kept past the trigger, deletion automated everywhere", system: {} },
    {
      description: "a court-issued subpoena on file with nothing held past the trigger",
      system: retained(0, { kind: "subpoena", issuedByCourt: true }),
    },
    {
      description: "a litigation hold with nothing held past the trigger",
      system: retained(0, { kind: "litigation-hold" }),
    },
    {
      description: "point 1: an unknown count decides nothing when a court order covers every record kept",
      system: retained("unknown", { kind: "preservation-order", issuedBy: "court" }),
    },
    {
      description: "practice facts left unknown decide nothing while the count is known to be zero",
      system: { retention: { practice: { automatedDeletion: "unknown", backupsAndReplicasDeleted: "unknown", vendorsDeleteAndCertify: "unknown" } } },
    },
    {
      description: "point 4: data only on the subject's own device is not in the entity's possession (Barnett), so 15(a) does not bind",
      system: { ...retained(40), possession: { holder: "subject-device-only" } },
    },
  ],
});

describe("bipa/15a-destruction-compliance: a hold covers retention from its date only (§1.3 15(a), §1.5 row (a), §1.7)", () => {
  const beforeHold = (system: Record<string, unknown>) =>
    runRule(destructionCompliance, { description: "hold", system }).filter((f) => f.fingerprint.endsWith(":before-hold"));

  it("names no earlier retention when everyone left after the hold began, or on its first day", () => {
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2026-10-01") })).toEqual([]);
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2026-09-05") })).toEqual([]);
  });

  it("reads partial dates so that the departure surely came first", () => {
    // "2026-09" may be 2026-09-30, after the hold of 2026-09-05: not surely before it.
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2026-09") })).toEqual([]);
    // "2026-08" ends on 2026-08-31, before the hold: before it.
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2026-08") })).toHaveLength(1);
    // A hold "since 2026-09" may have begun on 2026-09-01: a departure on 2026-09-10 is not surely before it.
    expect(beforeHold({ ...retained(40, heldSince("2026-09")), ...leftOn("2026-09-10") })).toEqual([]);
  });

  it("decides nothing on a hold of unknown date, or on departures of unknown date or count", () => {
    expect(beforeHold({ ...retained(40, { kind: "litigation-hold", issuedBy: "internal" }), ...leftOn("2022-05-15") })).toEqual([]);
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("unknown") })).toEqual([]);
    expect(beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2022-05-15", "unknown") })).toEqual([]);
  });

  it("adds nothing to a hold that excuses nothing (already a violation for every record)", () => {
    const all = runRule(destructionCompliance, { description: "other", system: { ...retained(40, heldSince("2026-09-05", { kind: "other" })), ...leftOn("2022-05-15") } });
    expect(all.map((f) => [f.severity, f.fingerprint.endsWith(":before-hold")])).toEqual([["violation", false]]);
  });

  it("never advises destroying the data it finds kept before the hold: the hold stands now", () => {
    const [early] = beforeHold({ ...retained(40, heldSince("2026-09-05")), ...leftOn("2022-05-15") });
    expect(early?.remedies).toEqual(["preserve-and-seek-court-order"]);
    expect(early?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/retention/practice/recordsRetainedPastTrigger", 40],
      ["/systems/0/retention/legalHold/date", "2026-09-05"],
      ["/systems/0/subjects/0/departures/0/date", "2022-05-15"],
    ]);
  });
});

describe("bipa/15a-destruction-compliance", () => {
  it("keeps one identity for the late-records finding whatever the hold says", () => {
    const none = runRule(destructionCompliance, { description: "none", system: retained(4) });
    const warrant = runRule(destructionCompliance, { description: "warrant", system: retained(4, { kind: "warrant", issuedByCourt: true }) });
    expect(none[0]?.fingerprint).toBe(warrant[0]?.fingerprint);
  });

  it("point 3: never advises destroying data that a duty to preserve covers (§1.5 row (a))", () => {
    const [late] = runRule(destructionCompliance, { description: "late", system: retained(4) });
    expect(late?.remedies).toEqual(["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena"]);
    for (const kind of ["litigation-hold", "preservation-order"] as const) {
      const [hold] = runRule(destructionCompliance, { description: kind, system: retained(4, { kind }) });
      expect(hold?.remedies).not.toContain("destroy-data-past-trigger");
      expect(hold?.remedies).not.toContain("destroy-unconsented-data");
    }
    const [attorney] = runRule(destructionCompliance, { description: "attorney", system: retained(4, { kind: "subpoena", issuedBy: "attorney" }) });
    expect(attorney?.remedies).toEqual(["preserve-and-seek-court-order", "hold-only-under-warrant-or-subpoena"]);
    const [hold] = runRule(destructionCompliance, { description: "hold", system: retained(4, { kind: "litigation-hold" }) });
    expect(hold?.remedies).toEqual(["preserve-and-seek-court-order"]);
    expect(hold?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/retention/legalHold/kind", "litigation-hold"],
      ["/systems/0/retention/practice/recordsRetainedPastTrigger", 4],
      ["/systems/0/retention/legalHold/issuedBy", "unknown"],
    ]);
  });
});
