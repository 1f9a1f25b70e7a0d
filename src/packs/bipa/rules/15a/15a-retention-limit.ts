import { inPossession } from "../gates.js";
import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { possessive } from "../wording.js";

/** 15(a): destroy within 3 years of the person's last interaction, or sooner if the purpose is met. */
const STATUTORY_MAXIMUM_YEARS = 3;

const TRIGGER = "/retention/schedule/trigger";
const YEARS_AFTER = "/retention/schedule/yearsAfterLastInteraction";
const FIXED_YEARS = "/retention/schedule/fixedPeriodYears";

const DEADLINE =
  "15(a) requires destruction when the initial purpose of collection is satisfied or within 3 years of the person's last interaction with the entity, whichever comes first.";

/*
 * Where each schedule lands, and why:
 *
 * - A violation when the schedule itself guarantees retention past a statutory deadline: no trigger
 *   at all ("none"), or a period longer than 3 years counted from the last interaction, or a fixed
 *   period longer than 3 years (anyone who stops interacting soon after capture, such as an employee
 *   who leaves in the first month, is then kept more than 3 years after the last interaction).
 * - A risk when the schedule can comply or not depending on a fact the profile does not hold: when
 *   the purpose ends ("last-interaction" or "fixed-period" within 3 years may outlast the purpose),
 *   or how long the purpose runs after the last interaction ("purpose-satisfied" alone has no
 *   3-year backstop, which matters when the purpose outlives the relationship, e.g. dormant accounts).
 * - A risk with basis "unknown" when the trigger or its period is not given.
 */
export const retentionLimit = defineRule({
  id: "bipa/15a-retention-limit",
  title: "Destruction by the earlier of purpose satisfied or 3 years after last interaction",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Checks that the retention schedule destroys biometric data at the earlier of the purpose being satisfied or 3 years after the last interaction. No trigger, or a period over 3 years, is a violation; a schedule that may outlast the purpose or lacks the 3-year backstop is a risk; an unknown trigger or period is a risk.",
  plainLanguage:
    "The data must be destroyed as soon as the reason for collecting it is fulfilled, and in any case no later than 3 years after the person's last interaction with the company, whichever comes first.",
  authorities: ["bipa-15a", "fox-2020"],
  remedies: ["limit-retention-to-statutory-maximum", "add-schedule-and-destruction-guidelines"],
  tags: ["15(a)", "retention", "schedule", "destruction"],
  examples: {
    failing: {
      description: "The schedule keeps data 5 years after the person's last interaction.",
      system: { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 5 } } },
    },
    passing: {
      description: "The schedule destroys at the earlier of purpose satisfied or 3 years after last interaction.",
      system: { retention: { schedule: { trigger: "earlier-of-purpose-or-3-years" } } },
    },
  },
  check({ system }) {
    const { schedule, policy } = system.retention;
    const name = system.name;
    const withinPurposeRisk = (what: string, pointer: string): FindingDraft[] => [
      {
        message: `${possessive(name)} schedule destroys biometric data ${what}, which stays within the 3-year maximum but is not tied to the purpose of collection: if the purpose is satisfied sooner (for example when employment ends), the data outlasts it. ${DEADLINE}`,
        evidence: [pointer, TRIGGER],
        severity: "risk",
        remedies: ["limit-retention-to-statutory-maximum"],
      },
    ];
    const unknownPeriod = (words: string, pointer: string): FindingDraft[] => [
      {
        message: `${possessive(name)} schedule counts a period ${words}, but the profile does not say how many years, so it cannot be compared with the 3-year maximum. ${DEADLINE}`,
        evidence: [pointer, TRIGGER],
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "limit-retention-to-statutory-maximum"],
      },
    ];

    return match(schedule)
      .with({ trigger: "earlier-of-purpose-or-3-years" }, () => [])
      .with({ trigger: "none" }, (): FindingDraft[] => [
        {
          message: `${name} has no destruction trigger: its biometric data is kept with no end date. ${DEADLINE}`,
          evidence: [TRIGGER],
        },
      ])
      .with({ trigger: "purpose-satisfied" }, (): FindingDraft[] => [
        {
          message: `${possessive(name)} schedule destroys biometric data only when the purpose of collection is satisfied, with no 3-year backstop: where the purpose outlives the relationship (for example a dormant account), the data is kept more than 3 years after the last interaction. ${DEADLINE}`,
          evidence: [TRIGGER],
          severity: "risk",
          remedies: ["limit-retention-to-statutory-maximum"],
        },
      ])
      .with({ trigger: "last-interaction", yearsAfterLastInteraction: P.number.gt(STATUTORY_MAXIMUM_YEARS) }, (s): FindingDraft[] => [
        {
          message: `${possessive(name)} schedule keeps biometric data ${s.yearsAfterLastInteraction} years after the person's last interaction, beyond the 3-year maximum. ${DEADLINE}`,
          evidence: [YEARS_AFTER, TRIGGER],
          remedies: ["limit-retention-to-statutory-maximum"],
        },
      ])
      .with({ trigger: "last-interaction", yearsAfterLastInteraction: P.number }, (s) =>
        withinPurposeRisk(
          s.yearsAfterLastInteraction === 0
            ? "at the person's last interaction"
            : `${s.yearsAfterLastInteraction} years after the person's last interaction`,
          YEARS_AFTER,
        ),
      )
      .with({ trigger: "last-interaction" }, () => unknownPeriod("from the person's last interaction", YEARS_AFTER))
      .with({ trigger: "fixed-period", fixedPeriodYears: P.number.gt(STATUTORY_MAXIMUM_YEARS) }, (s): FindingDraft[] => [
        {
          message: `${possessive(name)} schedule keeps biometric data for a fixed ${s.fixedPeriodYears} years, whatever the purpose or the last interaction: anyone who stops interacting soon after capture is kept more than 3 years after the last interaction. ${DEADLINE}`,
          evidence: [FIXED_YEARS, TRIGGER],
          remedies: ["limit-retention-to-statutory-maximum"],
        },
      ])
      .with({ trigger: "fixed-period", fixedPeriodYears: P.number }, (s) =>
        // Counted from capture, a fixed period of 3 years or less ends before 3 years after the last
        // interaction (which is never earlier than capture).
        withinPurposeRisk(`a fixed ${s.fixedPeriodYears} years after capture`, FIXED_YEARS),
      )
      .with({ trigger: "fixed-period" }, () => unknownPeriod("of fixed length", FIXED_YEARS))
      .with({ trigger: "unknown" }, (): FindingDraft[] =>
        // No policy, or one without a schedule, is already a violation of the public-policy or
        // contents rule whose cure is writing the schedule; asking for its trigger would repeat it.
        policy.exists === false || policy.hasRetentionSchedule === false
          ? []
          : [
              {
                message: `The profile does not say what triggers destruction of ${possessive(name)} biometric data, so the schedule cannot be checked against the statutory deadline. ${DEADLINE}`,
                evidence: [TRIGGER],
                severity: "risk",
                basis: "unknown",
                remedies: ["establish-unknown-facts", "limit-retention-to-statutory-maximum"],
              },
            ],
      )
      .exhaustive();
  },
});
