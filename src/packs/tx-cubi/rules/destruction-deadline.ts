import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { earliestDay } from "../../../practices/dates.js";
import type { System } from "../../../practices/schema.js";
import { HB149_IN_FORCE } from "../effective.js";
import { assessedBeforeHb149Only } from "../hb149.js";

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

/**
 * The last day a purpose can have expired for the first-anniversary deadline to pass before HB 149 took
 * effect: purpose expired on 2024-12-30 → destroy by 2025-12-30 → kept on 2025-12-31, a breach before
 * 2026-01-01. An identifier whose purpose expired later (and none expires before its capture) meets its
 * deadline's end on or after 2026-01-01.
 */
const LAST_EXPIRY_BREACHED_BEFORE_HB149 = "2024-12-30";

/**
 * For a system within an HB 149 AI exemption whose capture began before 2026 (hb149.ts): when no
 * deadline can have passed before 2026-01-01, a missed deadline falls in the exempt period, and whether
 * the exemption reaches identifiers captured before it is not addressed by the reference. The finding
 * becomes a risk saying so, and is not counted.
 */
function hb149Period(system: System, asOf: string): string | undefined {
  const earlier = assessedBeforeHb149Only(system, asOf);
  if (!earlier || earliestDay(earlier.firstCapture) <= LAST_EXPIRY_BREACHED_BEFORE_HB149) return undefined;
  return ` Capture began ${earlier.firstCapture.length === 10 ? "on" : "in"} ${earlier.firstCapture}, so no identifier's deadline (a year after its purpose expired, never before its capture) can have passed before ${HB149_IN_FORCE}, when HB 149 exempts ${system.name}; whether the exemption reaches identifiers captured before that day is not addressed by the reference, so this is a risk, not a counted violation.`;
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
  check({ system, asOf }) {
    const { schedule, practice } = system.retention;
    const note = employmentNote(system);
    const drafts: PackFindingDraft[] = [];
    const period = hb149Period(system, asOf);
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
    if (!period) return drafts;
    return drafts.map((d) => ({ ...d, message: `${d.message}${period}`, severity: "risk", basis: d.basis ?? "fact" }));
  },
});
