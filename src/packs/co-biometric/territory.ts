import { countBounds, type CountBounds } from "../../practices/counts.js";
import type { System } from "../../practices/schema.js";

/*
 * Whether a system reaches Colorado, read from the place facts (systems[].places). A place inside the
 * state ("US-CO/denver") counts as Colorado. Kept in the pack so the pack imports nothing but the core
 * and the profile; the same few lines sit in the other city and state packs.
 */

export const TERRITORY = "US-CO";

/** Whether a place code is Colorado or a place inside it. */
export function inTerritory(place: string): boolean {
  return place === TERRITORY || place.startsWith(`${TERRITORY}/`);
}

export interface Reach {
  status: "yes" | "no" | "unknown";
  reason: string;
  evidence: string[];
}

/**
 * People or capture in Colorado decide: a listed Colorado group with people, or capture there, is
 * reach; capture known to be elsewhere with no listed Colorado people is none; anything else is
 * unknown, naming the fields.
 */
export function reach(system: System): Reach {
  const { subjects, capture } = system.places;
  const here = subjects.filter((s) => inTerritory(s.place));
  const people = here.find((s) => (countBounds(s.count)?.low ?? 0) > 0);
  if (people) return { status: "yes", reason: `${system.name} has people in Colorado (${people.place}).`, evidence: ["/places/subjects"] };
  if (capture !== "unknown" && capture.some(inTerritory)) {
    return { status: "yes", reason: `${system.name} captures biometric data in Colorado (${capture.filter(inTerritory).join(", ")}).`, evidence: ["/places/capture"] };
  }
  const noListedPeople = here.every((s) => countBounds(s.count)?.high === 0);
  if (noListedPeople && capture !== "unknown") {
    return {
      status: "no",
      reason: `${system.name} has no listed people in Colorado and captures only elsewhere (${capture.length === 0 ? "no capture" : capture.join(", ")}).`,
      evidence: ["/places/subjects", "/places/capture"],
    };
  }
  return {
    status: "unknown",
    reason: `The profile does not say whether ${system.name} has people in Colorado or captures there (places.subjects, places.capture).`,
    evidence: ["/places/subjects", "/places/capture"],
  };
}

/**
 * How many of the system's people are in Colorado: the listed Colorado groups, or every group when
 * all capture is in Colorado; `undefined` when the profile does not say.
 */
export function peopleInTerritory(system: System): CountBounds | undefined {
  const here = system.places.subjects.filter((s) => inTerritory(s.place));
  const groups = here.length > 0 ? here.map((s) => s.count) : allCaptureHere(system) ? system.subjects.map((s) => s.count) : [];
  if (groups.length === 0) return undefined;
  let low = 0;
  let high: number | undefined = 0;
  for (const count of groups) {
    const b = countBounds(count);
    if (b === undefined) return undefined;
    low += b.low;
    high = high === undefined || b.high === undefined ? undefined : high + b.high;
  }
  return { low, high };
}

function allCaptureHere(system: System): boolean {
  const { capture } = system.places;
  return capture !== "unknown" && capture.length > 0 && capture.every(inTerritory);
}
