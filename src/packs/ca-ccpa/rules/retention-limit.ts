import { definePackRule } from "../../../core/pack.js";
import { isPositive } from "../../../practices/counts.js";

const TRIGGER = "/retention/schedule/trigger";
const PAST = "/retention/practice/recordsRetainedPastTrigger";

/**
 * 1798.100(a)(3): no longer than reasonably necessary for the disclosed purpose. The CCPA sets no
 * period, so only a schedule with no end is a violation; records kept past the business's own
 * schedule are a risk (longer than it told people, not necessarily longer than necessary).
 */
export const retentionLimit = definePackRule({
  id: "ca-ccpa/retention-limit",
  title: "Keep sensitive personal information no longer than reasonably necessary",
  section: "Cal. Civ. Code §1798.100(a)(3)",
  severity: "violation",
  summary:
    "Checks the retention schedule: no destruction trigger at all is a violation; records kept past the business's own schedule are a risk; an unknown trigger is a risk. Fixed periods are not judged, since the CCPA sets none.",
  plainLanguage:
    "A business may keep Californians' biometric information only as long as reasonably necessary for the purpose it disclosed. The law names no number of days.",
  authorities: ["ca-ccpa-1798-100"],
  remedies: ["ca-ccpa-keep-only-as-long-as-necessary"],
  tags: ["retention", "sensitive-personal-information"],
  check({ system }) {
    const name = system.name;
    const trigger = system.retention.schedule.trigger;
    if (trigger === "none") {
      return [
        {
          message: `${name} has no destruction trigger, so biometric information of people in California is kept with no end. 1798.100(a)(3) forbids keeping it longer than reasonably necessary for the disclosed purpose.`,
          evidence: [TRIGGER],
        },
      ];
    }
    if (isPositive(system.retention.practice.recordsRetainedPastTrigger)) {
      return [
        {
          message: `${name} keeps biometric records past its own destruction trigger, longer than the retention it states. 1798.100(a)(3) forbids keeping them longer than reasonably necessary for the disclosed purpose.`,
          evidence: [PAST, TRIGGER],
          severity: "risk",
        },
      ];
    }
    if (trigger === "unknown") {
      return [
        {
          message: `For ${name} the profile does not say when biometric information is destroyed, so it cannot be checked against 1798.100(a)(3) (no longer than reasonably necessary for the disclosed purpose).`,
          evidence: [TRIGGER],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
