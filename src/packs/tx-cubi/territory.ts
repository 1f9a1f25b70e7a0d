import { isPositive, isZero } from "../../practices/counts.js";
import type { PartialCount } from "../../practices/primitives.js";
import type { System } from "../../practices/schema.js";

/** Texas as a place code; a city code inside it ("US-TX/austin") is in Texas too. */
export const TEXAS = "US-TX";

const inTexas = (code: string): boolean => code === TEXAS || code.startsWith(`${TEXAS}/`);

/** Whether a system touches Texas (people there, or capture there), with the fields that decide it. */
export interface TexasPresence {
  status: "yes" | "no" | "unknown";
  reasons: string[];
  evidence: string[];
  /** The counts of the system's people in Texas, one per listed place. */
  counts: PartialCount[];
}

/**
 * People in Texas, or capture in Texas, brings a system in; it is out only when both are known to be
 * absent (people: every Texas entry is zero, or the list is complete without Texas; capture: a list of
 * places without Texas).
 */
export function texasPresence(system: System): TexasPresence {
  const { subjects, complete, capture } = system.places;
  const entries = subjects.map((entry, i) => ({ entry, i })).filter(({ entry }) => inTexas(entry.place));
  const counts = entries.map(({ entry }) => entry.count);
  const positive = entries.find(({ entry }) => isPositive(entry.count));
  const people: "yes" | "no" | "unknown" = positive
    ? "yes"
    : entries.length > 0
      ? entries.every(({ entry }) => isZero(entry.count))
        ? "no"
        : "unknown"
      : complete === true
        ? "no"
        : "unknown";
  const captured: "yes" | "no" | "unknown" = capture === "unknown" ? "unknown" : capture.some(inTexas) ? "yes" : "no";

  if (people === "yes" && positive) {
    return { status: "yes", reasons: [`${system.name} has people in Texas (${positive.entry.place}).`], evidence: [`/places/subjects/${positive.i}/count`], counts };
  }
  if (captured === "yes") {
    return { status: "yes", reasons: [`${system.name} captures biometric data in Texas.`], evidence: ["/places/capture"], counts };
  }
  if (people === "no" && captured === "no") {
    return {
      status: "no",
      reasons: [`${system.name} has no people in Texas and captures nothing there.`],
      evidence: [entries.length > 0 ? `/places/subjects/${entries[0]!.i}/count` : "/places/complete", "/places/capture"],
      counts,
    };
  }
  const open: string[] = [];
  if (people === "unknown") open.push(entries.length > 0 ? `/places/subjects/${entries[0]!.i}/count` : "/places/subjects");
  if (captured === "unknown") open.push("/places/capture");
  return {
    status: "unknown",
    reasons: [
      `The profile does not say whether ${system.name} has people in Texas or captures there (${open.map((p) => `places${p.replace(/^\/places/, "").replaceAll("/", ".")}`).join(", ")}).`,
    ],
    evidence: open,
    counts,
  };
}
