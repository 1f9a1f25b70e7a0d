import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";
import { DELETION_OPTION_ID, DEPENDS_ON_OPTION, deletionReading, readingWords, type DeletionReading } from "../deletion-option.js";
import { against, type Verdict } from "../schedule.js";
import { list } from "../wording.js";

type Reading = Exclude<DeletionReading, "unset">;
const READINGS: readonly Reading[] = ["two-years-of-collection", "earliest-of-24-months"];

const DESTROY: Record<Reading, string> = {
  "two-years-of-collection": "co-biometric-destroy-two-years-of-collection",
  "earliest-of-24-months": "co-biometric-destroy-24-months-after-last-interaction",
};

export const deletionDeadline = definePackRule({
  id: "co-biometric/deletion-deadline",
  title: "Biometric data deleted by Colorado's deadline (a reading the user chooses)",
  section: "C.R.S. §6-1-1314 (retention and deletion)",
  severity: "risk",
  summary:
    "The reference gives conflicting reports of the deletion deadline, so the pack applies none by itself. With the option co-biometric/deletion-deadline unset (the default), a schedule that would exceed either checkable reading is a risk that says so; only a reading the user chose makes an exceeding schedule a violation. An unstated schedule is a risk.",
  plainLanguage:
    "Colorado requires deletion of biometric identifiers on a deadline, but the reports of that deadline conflict: two years after collection (the sponsor), the earliest of purpose satisfied, 24 months after the last interaction or 45 days after the decision (commentary), or a year (a superseded bill). Until counsel confirms the enrolled text, the finding is a risk.",
  authorities: ["co-biometric-deletion-sponsor-release", "co-biometric-deletion-commentary", "co-biometric-deletion-fiscal-note", "co-biometric-written-policy"],
  remedies: [
    "co-biometric-confirm-deletion-deadline",
    "co-biometric-destroy-reading-unset",
    "co-biometric-destroy-two-years-of-collection",
    "co-biometric-destroy-24-months-after-last-interaction",
    "co-biometric-establish-facts",
  ],
  tags: ["retention", "deletion", "unsettled"],
  check({ system, options }) {
    const reading = deletionReading(options);
    return reading === "unset" ? unset(system) : chosen(system, reading);
  },
});

/** No reading chosen: risk when the schedule would exceed either reading, never a violation. */
function unset(system: System): PackFindingDraft[] {
  const verdicts = READINGS.map((r) => ({ reading: r, ...against(system, r) }));
  const unknown = verdicts.find((v) => v.verdict === "unknown");
  if (unknown) return [unstated(system, unknown, ["co-biometric-establish-facts", "co-biometric-confirm-deletion-deadline"])];
  const exceeded = verdicts.filter((v) => v.verdict === "exceeds");
  if (exceeded.length === 0) return [];
  const same = exceeded.every((v) => v.words === exceeded[0]!.words);
  const what = same
    ? `The deletion schedule of ${system.name} ${exceeded[0]!.words}, which would not meet ${exceeded.length === 1 ? "one reported reading" : "either reported reading"} of Colorado's deadline: ${list(exceeded.map((v) => readingWords(v.reading)))}.`
    : `The deletion schedule of ${system.name} would not meet either reported reading of Colorado's deadline: ${list(exceeded.map((v) => `${readingWords(v.reading)}, since it ${v.words}`))}.`;
  return [
    {
      message: `${what} No reading is chosen, so this is a risk, not a violation of a number of days. ${DEPENDS_ON_OPTION}`,
      evidence: [...new Set(exceeded.flatMap((v) => v.evidence))],
      key: "deadline",
      severity: "risk",
      basis: "fact",
      remedies: ["co-biometric-confirm-deletion-deadline", "co-biometric-destroy-reading-unset"],
    },
  ];
}

/** A reading chosen: an exceeding schedule is a violation of that reading. */
function chosen(system: System, reading: Reading): PackFindingDraft[] {
  const v = against(system, reading);
  if (v.verdict === "within") return [];
  if (v.verdict === "unknown") return [unstated(system, v, ["co-biometric-establish-facts", DESTROY[reading]])];
  return [
    {
      message: `The deletion schedule of ${system.name} ${v.words}. On the reading chosen in the option ${DELETION_OPTION_ID}, Colorado requires deletion ${readingWords(reading)}. ${DEPENDS_ON_OPTION}`,
      evidence: v.evidence,
      key: "deadline",
      severity: "violation",
      basis: "fact",
      remedies: [DESTROY[reading]],
    },
  ];
}

function unstated(system: System, v: Verdict, remedies: string[]): PackFindingDraft {
  return {
    message: `The deletion schedule of ${system.name} ${v.words}, so it cannot be compared with Colorado's deadline. ${DEPENDS_ON_OPTION}`,
    evidence: v.evidence,
    key: "deadline",
    severity: "risk",
    basis: "unknown",
    remedies,
  };
}
