import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";

/** The first anniversary, in days: the law's outer limit after the purpose expires. */
const ANNIVERSARY_DAYS = 365;

/** (c-2) is in one secondary source only: shown as a note where it would matter, never relied on. */
function employmentNote(system: System): string {
  const employees = system.subjects.some((s) => s.population === "employees");
  const security = system.purposes.some((p) => p === "secure-access" || p === "security");
  return employees && security
    ? " For employees enrolled for security, §503.001(c-2) presumes the purpose expires when employment ends (one secondary source only; not confirmed)."
    : "";
}

export const destructionDeadline = definePackRule({
  id: "tx-cubi/destruction-deadline",
  title: "Destroy within a reasonable time, and within a year of the purpose expiring",
  section: "Tex. Bus. & Com. Code §503.001(c)(3)",
  severity: "violation",
  summary:
    "Fires when biometric identifiers are never destroyed or are destroyed more than a year after their purpose expires; a schedule counted from another date is a risk, an unknown one too.",
  plainLanguage:
    "A business must destroy a biometric identifier within a reasonable time, and no later than one year after the reason for collecting it ends (later only where a document it is used with must legally be kept longer).",
  authorities: ["tx-cubi-503-001", "tx-cubi-503-001-c2"],
  remedies: ["tx-cubi-destroy-by-first-anniversary"],
  tags: ["503.001(c)(3)", "retention"],
  check({ system }) {
    const { schedule, practice } = system.retention;
    const note = employmentNote(system);
    const drafts: PackFindingDraft[] = [];
    switch (schedule.trigger) {
      case "none":
        drafts.push({ message: `${system.name} has no point at which biometric identifiers are destroyed; §503.001(c)(3) requires destruction no later than the first anniversary of the purpose expiring.${note}`, evidence: ["/retention/schedule/trigger"] });
        break;
      case "unknown":
        drafts.push({
          message: `The profile does not say when ${system.name} destroys biometric identifiers (retention.schedule.trigger); §503.001(c)(3) requires destruction no later than a year after the purpose expires.${note}`,
          evidence: ["/retention/schedule/trigger"],
          severity: "risk",
          basis: "unknown",
        });
        break;
      case "purpose-satisfied":
      case "earlier-of-purpose-or-3-years": {
        const days = practice.daysFromTriggerToDeletion;
        if (typeof days === "number" && days > ANNIVERSARY_DAYS) {
          drafts.push({
            message: `${system.name} deletes biometric identifiers ${days} days after their purpose ends, past the first anniversary that §503.001(c)(3) sets as the limit.${note}`,
            evidence: ["/retention/practice/daysFromTriggerToDeletion"],
          });
        }
        break;
      }
      case "last-interaction": {
        const years = schedule.yearsAfterLastInteraction;
        if (years !== undefined && years > 1) {
          drafts.push({
            message: `${system.name} keeps biometric identifiers ${years} years after a person's last interaction; where the purpose ends with that interaction, this passes the first anniversary §503.001(c)(3) allows.${note}`,
            evidence: ["/retention/schedule/yearsAfterLastInteraction"],
            severity: "risk",
            basis: "fact",
          });
        }
        break;
      }
      case "fixed-period": {
        const years = schedule.fixedPeriodYears;
        if (years !== undefined && years > 1) {
          drafts.push({
            message: `${system.name} keeps biometric identifiers for a fixed ${years} years, counted regardless of when their purpose ends; §503.001(c)(3) allows at most a year after the purpose expires.${note}`,
            evidence: ["/retention/schedule/fixedPeriodYears"],
            severity: "risk",
            basis: "fact",
          });
        }
        break;
      }
    }
    return drafts;
  },
});
