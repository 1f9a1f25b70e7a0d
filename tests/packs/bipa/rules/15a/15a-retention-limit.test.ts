import { describe, expect, it } from "vitest";
import { retentionLimit } from "../../../../../src/packs/bipa/rules/15a/15a-retention-limit.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const schedule = (s: Record<string, unknown>) => ({ retention: { schedule: { trigger: "unknown", ...s } } });

testRule(retentionLimit, {
  fires: [
    {
      description: "no destruction trigger at all",
      system: schedule({ trigger: "none" }),
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/schedule/trigger",
      messageIncludes: ["Fingerprint timeclock has no destruction trigger", "whichever comes first"],
    },
    {
      description: "4 years after last interaction exceeds the 3-year maximum",
      system: schedule({ trigger: "last-interaction", yearsAfterLastInteraction: 4 }),
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/schedule/yearsAfterLastInteraction",
      messageIncludes: ["4 years after the person's last interaction, beyond the 3-year maximum"],
    },
    {
      description: "3.5 years after last interaction (just over the boundary)",
      system: schedule({ trigger: "last-interaction", yearsAfterLastInteraction: 3.5 }),
      severity: "violation",
    },
    {
      description: "exactly 3 years after last interaction meets the cap but may outlast the purpose",
      system: schedule({ trigger: "last-interaction", yearsAfterLastInteraction: 3 }),
      severity: "risk",
      basis: "fact",
      messageIncludes: ["3 years after the person's last interaction", "not tied to the purpose"],
    },
    {
      description: "destroyed at the last interaction still ignores an earlier end of purpose",
      system: schedule({ trigger: "last-interaction", yearsAfterLastInteraction: 0 }),
      severity: "risk",
      messageIncludes: ["at the person's last interaction"],
    },
    {
      description: "last-interaction with no number of years",
      system: schedule({ trigger: "last-interaction" }),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/schedule/yearsAfterLastInteraction",
      messageIncludes: ["does not say how many years"],
    },
    {
      description: "purpose satisfied alone has no 3-year backstop",
      system: schedule({ trigger: "purpose-satisfied" }),
      severity: "risk",
      basis: "fact",
      messageIncludes: ["no 3-year backstop", "dormant account"],
    },
    {
      description: "a fixed 7 years exceeds the maximum for anyone who leaves early",
      system: schedule({ trigger: "fixed-period", fixedPeriodYears: 7 }),
      severity: "violation",
      pointer: "/systems/0/retention/schedule/fixedPeriodYears",
      messageIncludes: ["fixed 7 years", "more than 3 years after the last interaction"],
    },
    {
      description: "a fixed 2 years stays under the cap but may outlast the purpose",
      system: schedule({ trigger: "fixed-period", fixedPeriodYears: 2 }),
      severity: "risk",
      basis: "fact",
      messageIncludes: ["a fixed 2 years after capture"],
    },
    {
      description: "fixed-period with no length",
      system: schedule({ trigger: "fixed-period" }),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/schedule/fixedPeriodYears",
    },
    {
      description: "trigger unknown while a policy with a schedule exists",
      system: schedule({ trigger: "unknown" }),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/schedule/trigger",
      messageIncludes: ["does not say what triggers destruction"],
    },
    {
      description: "no trigger is a violation even without a policy (the practice is at issue)",
      system: { retention: { policy: { exists: false }, schedule: { trigger: "none" } } },
      severity: "violation",
    },
  ],
  silent: [
    { description: "destroyed at the earlier of purpose satisfied or 3 years", system: {} },
    {
      description: "a stray period field does not matter under the statutory trigger",
      system: schedule({ trigger: "earlier-of-purpose-or-3-years", fixedPeriodYears: 10 }),
    },
    {
      description: "trigger unknown with no policy: the public-policy rule reports it",
      system: { retention: { policy: { exists: false }, schedule: { trigger: "unknown" } } },
    },
    {
      description: "trigger unknown with a policy that lacks a schedule: the contents rule reports it",
      system: { retention: { policy: { hasRetentionSchedule: false }, schedule: { trigger: "unknown" } } },
    },
  ],
});

describe("bipa/15a-retention-limit remedies", () => {
  it("asks for a schedule when there is no trigger, and for a shorter one when it is too long", () => {
    const none = runRule(retentionLimit, { description: "none", system: schedule({ trigger: "none" }) });
    expect(none[0]?.remedies).toEqual(["limit-retention-to-statutory-maximum", "add-schedule-and-destruction-guidelines"]);
    const long = runRule(retentionLimit, {
      description: "long",
      system: schedule({ trigger: "last-interaction", yearsAfterLastInteraction: 5 }),
    });
    expect(long[0]?.remedies).toEqual(["limit-retention-to-statutory-maximum"]);
    expect(long[0]?.evidence.map((e) => e.value)).toEqual([5, "last-interaction"]);
  });
});
