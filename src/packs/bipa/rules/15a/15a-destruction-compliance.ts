import { inPossession } from "../gates.js";
import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { countBounds } from "../../../../practices/counts.js";
import type { System } from "../../../../practices/schema.js";
import { countWords } from "../wording.js";
import { leftBeforeHold } from "../../left-before-hold.js";

const RETAINED = "/retention/practice/recordsRetainedPastTrigger";
const HOLD = "/retention/legalHold";

/** The statute's only excuse, in its words (kept short for messages). */
const EXCUSE = 'the only exception 15(a) names is "a valid warrant or subpoena issued by a court of competent jurisdiction"';

/**
 * Sec. 25(a) and a duty to preserve (bipa-reference.md §1.5 row (a)): a reading, not a holding, so it
 * is stated as such wherever a hold decides the grade.
 */
const PRESERVATION =
  "Sec. 25(a) leaves discovery and admission of the data untouched, and destroying data under a duty to preserve risks spoliation sanctions; the path the reference describes is to keep the data and ask the court for a preservation or protective order, which brings the retention within the court-issued exception (a reading of the text and general commentary; no BIPA case decides it)";

const FOX =
  "Keeping data past its destruction point is the concrete injury found in Fox v. Dakkota (7th Cir. 2020), a stronger claim than a missing or unpublished policy.";

/** Practice facts that, when false, make it likely that data outlives its destruction trigger. */
const PRACTICES = [
  {
    field: "automatedDeletion",
    words: "has no automated deletion job, so destruction on schedule depends on manual steps, if any are taken",
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

type Hold = NonNullable<System["retention"]["legalHold"]>;

/** How a hold stands against 15(a): court-issued process, a court order to preserve, a duty to preserve without an order, or nothing the statute or Sec. 25(a) recognizes. */
type HoldStanding = "court-process" | "court-order" | "preservation-duty" | "not-court" | "issuer-unknown" | "no-excuse";

function holdStanding(hold: Hold): HoldStanding {
  const byCourt = hold.issuedBy === "court" || hold.issuedByCourt === true;
  const notByCourt = (hold.issuedBy !== "unknown" && hold.issuedBy !== "court") || hold.issuedByCourt === false;
  return match(hold.kind)
    .returnType<HoldStanding>()
    .with(P.union("warrant", "subpoena"), () => (byCourt ? "court-process" : notByCourt ? "not-court" : "issuer-unknown"))
    .with("preservation-order", () => (notByCourt ? "preservation-duty" : "court-order"))
    .with("litigation-hold", () => (byCourt ? "court-order" : "preservation-duty"))
    .with("other", () => (byCourt ? "court-order" : "no-excuse"))
    .exhaustive();
}

function holdWords(hold: Hold): string {
  const what = match(hold.kind)
    .with("warrant", () => "a warrant")
    .with("subpoena", () => "a subpoena")
    .with("preservation-order", () => "a preservation order")
    .with("litigation-hold", () => "a litigation hold")
    .with("other", () => "a hold that is neither a warrant, a subpoena nor a court order")
    .exhaustive();
  const issuer = match(hold.issuedBy)
    .with("court", () => (hold.court ? ` issued by ${hold.court}` : " issued by a court"))
    .with("court-clerk", () => " issued by a court clerk")
    .with("attorney", () => " issued by an attorney")
    .with("agency", () => " issued by an agency")
    .with("internal", () => " of the entity's own")
    .with("unknown", () => (hold.issuedByCourt === true ? (hold.court ? ` issued by ${hold.court}` : " issued by a court") : hold.court ? ` (${hold.court})` : ""))
    .exhaustive();
  const refs = [hold.matter, hold.reference, hold.date === "unknown" ? undefined : `since ${hold.date}`].filter((r): r is string => r !== undefined && r !== "");
  return `${what}${issuer}${refs.length > 0 ? ` (${refs.join("; ")})` : ""}`;
}

export const destructionCompliance = defineRule({
  id: "bipa/15a-destruction-compliance",
  title: "Biometric data actually destroyed on schedule",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires when records are kept past their destruction trigger with nothing that excuses it (Fox v. Dakkota), including, under a hold, the records of people who left before the hold began (a hold covers retention from its date only). Records under a warrant, subpoena or preservation order issued by a court are an info finding; under a duty to preserve evidence without a court order (a litigation hold) a risk whose remedy is to keep the data and seek the court's order, never to destroy it; under process from a clerk, attorney or agency a risk (not court-issued on the text). Practices that undercut destruction (no automated deletion, backups or vendors not deleting) are risks; an unknown count is a risk.",
  plainLanguage:
    "Having a schedule is not enough: the company must actually destroy the data when the schedule says. The statute's only exception is a valid warrant or subpoena issued by a court. A duty to preserve evidence for litigation is different: Sec. 25(a) leaves discovery of the data untouched, so data under a litigation hold should be kept, and the court asked for an order that covers it, rather than destroyed.",
  authorities: ["bipa-15a", "fox-2020", "bipa-25", "fleury-union-pacific-2023"],
  remedies: ["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena", "preserve-and-seek-court-order"],
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

/** Fox v. Dakkota: records actually kept past their trigger, judged against the hold, if any. */
function retainedPastTrigger(system: System): FindingDraft[] {
  const { practice, legalHold: hold } = system.retention;
  const name = system.name;
  const retained = countBounds(practice.recordsRetainedPastTrigger);
  if (retained?.high === 0) return [];
  if (retained === undefined) {
    // With every record under court-issued process or a court order, the count decides nothing.
    if (hold && hold.recordsCovered === "unknown" && ["court-process", "court-order"].includes(holdStanding(hold))) return [];
    return [
      {
        message: `The profile does not say whether ${name} keeps any biometric records past their destruction trigger. 15(a) requires the entity to follow its own schedule, and keeping data past its destruction point is the concrete injury found in Fox v. Dakkota (7th Cir. 2020); the fact must be established.`,
        evidence: [RETAINED],
        key: RETAINED,
        severity: "risk",
        basis: "unknown",
        remedies: hold ? ["establish-unknown-facts", "hold-only-under-warrant-or-subpoena"] : ["establish-unknown-facts", "destroy-data-past-trigger"],
      },
    ];
  }
  if (retained.low === 0) {
    // "{ atLeast: 0 }" says nothing more than unknown, but names no positive count.
    return [
      {
        message: `The profile allows that ${name} keeps no biometric records past their destruction trigger, but does not rule it out. 15(a) requires the entity to follow its own schedule (Fox v. Dakkota, 7th Cir. 2020); the number must be established.`,
        evidence: [RETAINED],
        key: RETAINED,
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts"],
      },
    ];
  }

  const kept = `${name} keeps ${countWords(practice.recordsRetainedPastTrigger, "record")} of biometric data past the destruction trigger`;
  if (!hold) {
    return [
      {
        message: `${kept}, with no warrant, subpoena, court order or hold recorded. 15(a) requires the entity to comply with its retention schedule and destruction guidelines. ${FOX}`,
        evidence: [RETAINED],
        key: RETAINED,
        remedies: ["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena"],
      },
    ];
  }
  const drafts: FindingDraft[] = [];
  const covered = countBounds(hold.recordsCovered);
  // Records beyond what the hold covers stand on their own: no hold excuses them.
  if (covered?.high !== undefined && covered.high < retained.low) {
    drafts.push({
      message: `${kept}, but ${holdWords(hold)} covers at most ${countWords(covered.high, "record")}; at least ${countWords(retained.low - covered.high, "record")} are kept with nothing to excuse it. 15(a) requires the entity to comply with its schedule. ${FOX}`,
      evidence: [RETAINED, `${HOLD}/recordsCovered`],
      key: `${RETAINED}:uncovered`,
      remedies: ["destroy-data-past-trigger", "hold-only-under-warrant-or-subpoena"],
    });
  }
  const standing = holdStanding(hold);
  // A hold covers retention from its date only: records whose trigger passed before it were kept with
  // nothing to excuse them (a hold that excuses nothing is a violation for every record already).
  const early = standing === "no-excuse" ? undefined : leftBeforeHold(system);
  if (early) {
    drafts.push({
      message: `${kept}, and ${countWords(early.people, "Illinois person", "Illinois people")} left it before ${holdWords(hold)} began (from ${early.first}). Their purpose was satisfied when they left, so their records passed the destruction trigger then (15(a): when the initial purpose has been satisfied or within 3 years of the last interaction, whichever occurs first), and were kept until ${early.holdDate} with nothing to excuse it: a hold covers retention from its date only. That retention is a completed 15(a) violation, which neither the hold nor destroying the data now cures. ${FOX} Keep the data while the hold lasts: destroying it would not undo the earlier retention and risks spoliation sanctions.`,
      evidence: [RETAINED, `${HOLD}/date`, ...early.pointers],
      key: `${RETAINED}:before-hold`,
      remedies: ["preserve-and-seek-court-order"],
    });
  }
  const evidence = [`${HOLD}/kind`, RETAINED, `${HOLD}/issuedBy`];
  drafts.push(
    match(standing)
      .returnType<FindingDraft>()
      .with("court-process", "court-order", () => ({
        message: `${kept} under ${holdWords(hold)}. Process issued by a court of competent jurisdiction is the exception 15(a) names, and Sec. 25(a) leaves discovery of the data untouched: keep the records it covers for as long as it requires, and destroy them on schedule once it ends.`,
        evidence,
        key: RETAINED,
        severity: "info",
        remedies: ["hold-only-under-warrant-or-subpoena"],
      }))
      .with("preservation-duty", () => ({
        message: `${kept} under ${holdWords(hold)}, with no court order. That is not the statutory exception (${EXCUSE}), but it is not a violation to be cured by destroying the data either: ${PRESERVATION}. Keep the data and seek the court's order${hold.court ? ` from ${hold.court}` : ""}.`,
        evidence,
        key: RETAINED,
        severity: "risk",
        remedies: ["preserve-and-seek-court-order"],
      }))
      .with("not-court", () => ({
        message: `${kept} under ${holdWords(hold)}. On the text, ${EXCUSE}, and a subpoena issued by a clerk, an attorney or an agency is not one issued by a court (a reading of the text; no BIPA case decides it, and whether a statute that compels compliance with an agency subpoena changes that is open). Keep the data while the process is pending and ask the court for an order that covers it. ${FOX}`,
        evidence,
        key: RETAINED,
        severity: "risk",
        remedies: ["preserve-and-seek-court-order", "hold-only-under-warrant-or-subpoena"],
      }))
      .with("issuer-unknown", () => ({
        message: `${kept} under ${holdWords(hold)}, but the profile does not say who issued it; ${EXCUSE}. Record the issuer (issuedBy) and the court.`,
        evidence: [`${HOLD}/issuedBy`, RETAINED, `${HOLD}/kind`],
        key: RETAINED,
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "hold-only-under-warrant-or-subpoena"],
      }))
      .with("no-excuse", () => ({
        message: `${kept} under ${holdWords(hold)}. That is not the statutory exception: ${EXCUSE}. ${FOX} If the records must be preserved as evidence, keep them and seek the court's order instead of destroying them.`,
        evidence: [RETAINED, `${HOLD}/kind`],
        key: RETAINED,
        remedies: ["destroy-data-past-trigger", "preserve-and-seek-court-order"],
      }))
      .exhaustive(),
  );
  return drafts;
}

/**
 * Facts that undercut destruction: risks even when no record is known to be late. An unknown here
 * decides nothing on its own (the count above does), so only a stated `false` is reported.
 */
function undercuttingPractices(system: System): FindingDraft[] {
  const practice = system.retention.practice;
  return PRACTICES.flatMap(({ field, words }): FindingDraft[] =>
    practice[field] !== false
      ? []
      : [
          {
            message: `${system.name} ${words}. 15(a) requires the entity to destroy the data as its schedule and guidelines say, and data kept past its destruction point is the injury found in Fox v. Dakkota (7th Cir. 2020).`,
            evidence: [`/retention/practice/${field}`],
            key: `/retention/practice/${field}`,
            severity: "risk",
            remedies: ["destroy-data-past-trigger"],
          },
        ],
  );
}
