import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import type { System } from "../../../practices/schema.js";

const RETAINED = "/retention/practice/recordsRetainedPastTrigger";
const HOLD_KIND = "/retention/legalHold/kind";
const HOLD_COURT = "/retention/legalHold/issuedByCourt";

/** The statute's only excuse, in its words (kept short for messages). */
const EXCUSE = 'the only exception 15(a) allows is "a valid warrant or subpoena issued by a court of competent jurisdiction"';

/** Practice facts that, when false, make it likely that data outlives its destruction trigger. */
const PRACTICES = [
  {
    field: "automatedDeletion",
    words: "deletes biometric data by hand, with no automated deletion job, so destruction on schedule depends on someone remembering to do it",
  },
  {
    field: "backupsAndReplicasDeleted",
    words: "does not delete backups and replicas along with the primary records, so copies of the data remain in its possession after the destruction trigger",
  },
  {
    field: "vendorsDeleteAndCertify",
    words: "does not require the vendors that hold its biometric data to delete it and certify the deletion, so the data can survive with them after the destruction trigger",
  },
] as const;

function records(n: number): string {
  return `${n} record${n === 1 ? "" : "s"}`;
}

export const destructionCompliance = defineRule({
  id: "bipa/15a-destruction-compliance",
  title: "Biometric data actually destroyed on schedule",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  severity: "violation",
  summary:
    "Fires when records are kept past their destruction trigger (Fox v. Dakkota), unless a valid warrant or subpoena issued by a court covers them (then an info finding notes the hold); litigation holds are not the statutory excuse. Practices that undercut destruction (no automated deletion, backups or vendors not deleting) are risks; an unknown count is a risk.",
  plainLanguage:
    "Having a schedule is not enough: the company must actually destroy the data when the schedule says. The only reason the statute accepts for keeping it longer is a valid warrant or subpoena issued by a court.",
  authorities: ["bipa-15a", "fox-2020"],
  remedies: ["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena"],
  tags: ["15(a)", "retention", "destruction", "legal-hold"],
  examples: {
    failing: {
      description: "Forty former employees' templates are still held after their destruction date.",
      system: { retention: { practice: { recordsRetainedPastTrigger: 40 } } },
    },
    passing: {
      description: "Nothing is kept past the trigger; deletion is automated and reaches backups and vendors.",
      system: {
        retention: {
          practice: { recordsRetainedPastTrigger: 0, automatedDeletion: true, backupsAndReplicasDeleted: true, vendorsDeleteAndCertify: true },
        },
      },
    },
  },
  check({ system }) {
    return [...retainedPastTrigger(system), ...undercuttingPractices(system)];
  },
});

/** Fox v. Dakkota: records actually kept past their trigger, judged against the legal hold, if any. */
function retainedPastTrigger(system: System): FindingDraft[] {
  const { practice, legalHold } = system.retention;
  const name = system.name;
  const retained = practice.recordsRetainedPastTrigger;
  if (retained === 0) return [];
  if (retained === "unknown") {
    return [
      {
        message: `The profile does not say whether ${name} keeps any biometric records past their destruction trigger. 15(a) requires the entity to follow its own schedule, and keeping data past its destruction point is the concrete injury found in Fox v. Dakkota (7th Cir. 2020); the fact must be established.`,
        evidence: [RETAINED],
        key: RETAINED,
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "destroy-data-past-trigger"],
      },
    ];
  }

  const kept = `${name} keeps ${records(retained)} of biometric data past the destruction trigger`;
  const fox =
    "Keeping data past its destruction point is the concrete injury found in Fox v. Dakkota (7th Cir. 2020), a stronger claim than a missing or unpublished policy.";
  return match(legalHold)
    .with(undefined, (): FindingDraft[] => [
      {
        message: `${kept}, with no warrant or subpoena requiring it. 15(a) requires the entity to comply with its retention schedule and destruction guidelines. ${fox}`,
        evidence: [RETAINED],
        key: RETAINED,
        remedies: ["destroy-data-past-trigger"],
      },
    ])
    .with({ kind: P.union("warrant", "subpoena"), issuedByCourt: true }, (hold): FindingDraft[] => [
      {
        message: `${kept} under a ${hold.kind}${ref(hold.reference)} issued by a court of competent jurisdiction, which 15(a) accepts as the reason to keep it. Keep only the records the ${hold.kind} covers, and destroy them on schedule once it no longer requires them.`,
        evidence: [RETAINED, HOLD_KIND, HOLD_COURT],
        key: RETAINED,
        severity: "info",
        remedies: ["hold-only-under-warrant-or-subpoena", "destroy-data-past-trigger"],
      },
    ])
    .with({ kind: P.union("warrant", "subpoena"), issuedByCourt: "unknown" }, (hold): FindingDraft[] => [
      {
        message: `${kept} under a ${hold.kind}${ref(hold.reference)}, but the profile does not say whether a court of competent jurisdiction issued it; ${EXCUSE}. If it was not court-issued, the retention is a violation. ${fox}`,
        evidence: [HOLD_COURT, RETAINED, HOLD_KIND],
        key: RETAINED,
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "hold-only-under-warrant-or-subpoena", "destroy-data-past-trigger"],
      },
    ])
    .with({ kind: P.union("warrant", "subpoena"), issuedByCourt: false }, (hold): FindingDraft[] => [
      {
        message: `${kept} under a ${hold.kind}${ref(hold.reference)} that was not issued by a court of competent jurisdiction. That is not the statutory excuse: ${EXCUSE}. ${fox}`,
        evidence: [RETAINED, HOLD_KIND, HOLD_COURT],
        key: RETAINED,
      },
    ])
    .with({ kind: P.union("litigation-hold", "other") }, (hold): FindingDraft[] => [
      {
        message: `${kept} under ${hold.kind === "litigation-hold" ? "a litigation hold" : "a hold that is neither a warrant nor a subpoena"}${ref(hold.reference)}. That is not the statutory excuse: ${EXCUSE}, so the retention remains a violation. (Sec. 25(a) leaves discovery unaffected, but it is not an exemption from 15(a).) ${fox}`,
        evidence: [RETAINED, HOLD_KIND],
        key: RETAINED,
      },
    ])
    .exhaustive();
}

/**
 * Facts that undercut destruction: risks even when no record is known to be late. An unknown here
 * decides nothing on its own (the count above does), so only a stated `false` is reported.
 */
function undercuttingPractices(system: System): FindingDraft[] {
  const practice = system.retention.practice;
  return PRACTICES.flatMap(({ field, words }): FindingDraft[] =>
    match(practice[field])
      .with(false, (): FindingDraft[] => [
        {
          message: `${system.name} ${words}. 15(a) requires the entity to destroy the data as its schedule and guidelines say, and data kept past its destruction point is the injury found in Fox v. Dakkota (7th Cir. 2020).`,
          evidence: [`/retention/practice/${field}`],
          key: `/retention/practice/${field}`,
          severity: "risk",
          remedies: ["destroy-data-past-trigger"],
        },
      ])
      .with(P.union(true, "unknown"), () => [])
      .exhaustive(),
  );
}

function ref(reference: string | undefined): string {
  return reference ? ` (${reference})` : "";
}
