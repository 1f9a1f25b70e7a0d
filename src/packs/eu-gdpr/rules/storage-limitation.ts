import { definePackRule } from "../../../core/pack.js";
import { isPositive } from "../../../practices/counts.js";

const TRIGGER = "/retention/schedule/trigger";
const PAST = "/retention/practice/recordsRetainedPastTrigger";
const NOTE = "The GDPR sets no fixed period, and the reference marks this principle [UNVERIFIED].";

/**
 * Art. 5(1)(e): no longer than necessary, with no fixed period. The reference marks the row
 * unverified, so the rule never grades above a risk and never names a number of days.
 */
export const storageLimitation = definePackRule({
  id: "eu-gdpr/storage-limitation",
  title: "Keep biometric data no longer than necessary",
  section: "Regulation (EU) 2016/679, Art. 5(1)(e)",
  severity: "risk",
  summary:
    "A risk when the schedule has no destruction trigger, when records are kept past the schedule, or when the trigger is unknown. No period is imposed: the GDPR sets none.",
  plainLanguage: "Biometric data may be kept only as long as its purpose needs it; the GDPR gives no number of days.",
  authorities: ["eu-gdpr-art-5-1-e", "eu-gdpr-garante-2022"],
  remedies: ["eu-gdpr-limit-storage"],
  tags: ["retention", "storage-limitation"],
  check({ system }) {
    const name = system.name;
    const trigger = system.retention.schedule.trigger;
    if (trigger === "none") {
      return [{ message: `${name} has no destruction trigger: biometric data is kept with no end, which storage limitation (Art. 5(1)(e)) does not allow. ${NOTE}`, evidence: [TRIGGER] }];
    }
    if (isPositive(system.retention.practice.recordsRetainedPastTrigger)) {
      return [{ message: `${name} keeps biometric records past its own destruction trigger, beyond the time it set as necessary (Art. 5(1)(e)). ${NOTE}`, evidence: [PAST, TRIGGER] }];
    }
    if (trigger === "unknown") {
      return [{ message: `For ${name} the profile does not say when biometric data is destroyed, so storage limitation (Art. 5(1)(e)) cannot be checked. ${NOTE}`, evidence: [TRIGGER], basis: "unknown" }];
    }
    return [];
  },
});
