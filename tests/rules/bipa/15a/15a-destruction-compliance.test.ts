import { describe, expect, it } from "vitest";
import { destructionCompliance } from "../../../../src/rules/bipa/15a/15a-destruction-compliance.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

const retained = (n: number | "unknown", legalHold?: Record<string, unknown>) => ({
  retention: { practice: { recordsRetainedPastTrigger: n }, ...(legalHold ? { legalHold } : {}) },
});

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
      description: "a litigation hold is not the statutory excuse",
      system: retained(12, { kind: "litigation-hold", reference: "Doe v. Prairie, No. 24-cv-1" }),
      severity: "violation",
      basis: "fact",
      messageIncludes: ["a litigation hold (Doe v. Prairie, No. 24-cv-1)", "not the statutory excuse", "remains a violation", "not an exemption"],
    },
    {
      description: "an \"other\" hold is not the statutory excuse",
      system: retained(12, { kind: "other", issuedByCourt: true }),
      severity: "violation",
      messageIncludes: ["neither a warrant nor a subpoena", "not the statutory excuse"],
    },
    {
      description: "a subpoena not issued by a court is not the statutory excuse",
      system: retained(3, { kind: "subpoena", issuedByCourt: false }),
      severity: "violation",
      messageIncludes: ["not issued by a court of competent jurisdiction"],
    },
    {
      description: "a court-issued warrant excuses retention: info finding noting the hold",
      system: retained(5, { kind: "warrant", issuedByCourt: true, reference: "Warrant 2026-114" }),
      severity: "info",
      basis: "fact",
      pointer: "/systems/0/retention/practice/recordsRetainedPastTrigger",
      messageIncludes: ["under a warrant (Warrant 2026-114) issued by a court of competent jurisdiction", "Keep only the records the warrant covers"],
    },
    {
      description: "a subpoena whose issuer is unknown is a risk",
      system: retained(5, { kind: "subpoena" }),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/legalHold/issuedByCourt",
      messageIncludes: ["does not say whether a court of competent jurisdiction issued it"],
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
      description: "no automated deletion",
      system: { retention: { practice: { automatedDeletion: false } } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/retention/practice/automatedDeletion",
      messageIncludes: ["deletes biometric data by hand"],
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
      description: "practice facts left unknown decide nothing while the count is known to be zero",
      system: { retention: { practice: { automatedDeletion: "unknown", backupsAndReplicasDeleted: "unknown", vendorsDeleteAndCertify: "unknown" } } },
    },
  ],
});

describe("bipa/15a-destruction-compliance", () => {
  it("keeps one identity for the late-records finding whatever the hold says", () => {
    const none = runRule(destructionCompliance, { description: "none", system: retained(4) });
    const warrant = runRule(destructionCompliance, { description: "warrant", system: retained(4, { kind: "warrant", issuedByCourt: true }) });
    expect(none[0]?.fingerprint).toBe(warrant[0]?.fingerprint);
  });

  it("points the excused and unexcused findings to the right remedies", () => {
    const [late] = runRule(destructionCompliance, { description: "late", system: retained(4) });
    expect(late?.remedies).toEqual(["destroy-data-past-trigger"]);
    const [hold] = runRule(destructionCompliance, { description: "hold", system: retained(4, { kind: "litigation-hold" }) });
    expect(hold?.remedies).toEqual(["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena"]);
    expect(hold?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/retention/practice/recordsRetainedPastTrigger", 4],
      ["/systems/0/retention/legalHold/kind", "litigation-hold"],
    ]);
  });
});
