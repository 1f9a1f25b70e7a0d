import { isPositive, isZero } from "../../practices/counts.js";
import type { PartialCount } from "../../practices/primitives.js";
import type { System } from "../../practices/schema.js";

/** Washington as a place code; a city code inside it ("US-WA/seattle") is in Washington too. */
export const WASHINGTON = "US-WA";

const inWashington = (code: string): boolean => code === WASHINGTON || code.startsWith(`${WASHINGTON}/`);

/** Whether a system touches Washington (people there, or capture there), with the fields that decide it. */
export interface WashingtonPresence {
  status: "yes" | "no" | "unknown";
  reasons: string[];
  evidence: string[];
  /** The counts of the system's people in Washington, one per listed place. */
  counts: PartialCount[];
}

/**
 * People in Washington, or capture there, brings a system in; it is out only when both are known to be
 * absent (people: every Washington entry is zero, or the list is complete without Washington; capture:
 * a list of places without Washington).
 */
export function washingtonPresence(system: System): WashingtonPresence {
  const { subjects, complete, capture } = system.places;
  const entries = subjects.map((entry, i) => ({ entry, i })).filter(({ entry }) => inWashington(entry.place));
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
  const captured: "yes" | "no" | "unknown" = capture === "unknown" ? "unknown" : capture.some(inWashington) ? "yes" : "no";

  if (people === "yes" && positive) {
    return { status: "yes", reasons: [`${system.name} has people in Washington (${positive.entry.place}).`], evidence: [`/places/subjects/${positive.i}/count`], counts };
  }
  if (captured === "yes") {
    return { status: "yes", reasons: [`${system.name} captures biometric data in Washington.`], evidence: ["/places/capture"], counts };
  }
  if (people === "no" && captured === "no") {
    return {
      status: "no",
      reasons: [`${system.name} has no people in Washington and captures nothing there.`],
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
      `The profile does not say whether ${system.name} has people in Washington or captures there (${open.map((p) => `places${p.replace(/^\/places/, "").replaceAll("/", ".")}`).join(", ")}).`,
    ],
    evidence: open,
    counts,
  };
}
