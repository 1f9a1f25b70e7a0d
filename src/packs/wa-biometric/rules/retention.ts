import { definePackRule } from "../../../core/pack.js";
import { isPositive } from "../../../practices/counts.js";

export const retention = definePackRule({
  id: "wa-biometric/retention",
  title: "Keep identifiers no longer than reasonably necessary",
  section: "RCW 19.375.020",
  severity: "violation",
  summary: "Fires when identifiers are never deleted; records kept past their own deletion trigger, or an unknown schedule, are risks.",
  plainLanguage:
    "A business may keep a biometric identifier only as long as reasonably necessary to comply with the law, protect against fraud or security threats, or provide the service.",
  authorities: ["wa-biometric-19-375-020"],
  remedies: ["wa-biometric-retain-only-as-necessary"],
  tags: ["19.375.020", "retention"],
  check({ system }) {
    const { schedule, practice } = system.retention;
    if (schedule.trigger === "none") {
      return [{ message: `${system.name} never deletes enrolled biometric identifiers; RCW 19.375.020 allows keeping them only as long as reasonably necessary.`, evidence: ["/retention/schedule/trigger"] }];
    }
    if (schedule.trigger === "unknown") {
      return [
        {
          message: `The profile does not say when ${system.name} deletes biometric identifiers (retention.schedule.trigger); RCW 19.375.020 allows keeping them only as long as reasonably necessary.`,
          evidence: ["/retention/schedule/trigger"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    if (isPositive(practice.recordsRetainedPastTrigger)) {
      return [
        {
          message: `${system.name} keeps records past its own deletion trigger; once they are no longer needed, RCW 19.375.020 does not allow keeping them.`,
          evidence: ["/retention/practice/recordsRetainedPastTrigger"],
          severity: "risk",
          basis: "fact",
        },
      ];
    }
    return [];
  },
});
