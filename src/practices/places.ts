import { countBounds, type CountBounds, isPositive, isZero } from "./counts.js";
import type { PartialCount } from "./primitives.js";
import type { System } from "./schema.js";

/*
 * Where a system's people and capture are, read once for every jurisdiction pack: the coded places
 * (`systems[].places`), and, where those are silent, the Illinois facts the profile states anyway
 * (an Illinois share of 1, or every group counted as Illinois, says nobody lives elsewhere; capture
 * listed only in Illinois says capture happens nowhere else). Statute-neutral: a pack names its
 * territory and decides what presence means under its law.
 */

/** A territory: a country ("FR"), a state ("US-TX") or a city ("US-NY/new-york-city"), and its name in messages. */
export interface Territory {
  code: string;
  name: string;
}

/** Whether a place code lies in an area: the area itself, a subdivision of a country, or a city inside a state. */
export function inArea(place: string, area: string): boolean {
  if (place === area || place.startsWith(`${area}/`)) return true;
  return /^[A-Z]{2}$/.test(area) && place.startsWith(`${area}-`);
}

/** A place entry with its position in `places.subjects` (absent for one derived from the Illinois facts). */
export interface PlaceEntry {
  place: string;
  count: PartialCount;
  index?: number;
}

/** The Illinois facts as a place list: every person in Illinois, when the profile says so. */
function illinoisOnly(system: System): PlaceEntry | undefined {
  const { illinoisSubjectShare } = system.illinoisNexus;
  const groups = system.subjects;
  const allCounted = groups.length > 0 && groups.every((g) => typeof g.count === "number" && g.illinoisCount === g.count);
  if (illinoisSubjectShare !== 1 && !allCounted) return undefined;
  const total = groups.reduce<number | undefined>((sum, g) => (sum === undefined || typeof g.count !== "number" ? undefined : sum + g.count), 0);
  return { place: "US-IL", count: total === undefined || groups.length === 0 ? "some" : total };
}

/** The subject places and whether the list is complete, the Illinois facts filling in when `places` lists nobody. */
export function subjectPlaces(system: System): { entries: PlaceEntry[]; complete: boolean; derived: boolean } {
  const listed = system.places.subjects.map((e, index) => ({ place: e.place, count: e.count, index }));
  if (listed.length > 0 || system.places.complete === true) return { entries: listed, complete: system.places.complete === true, derived: false };
  const illinois = illinoisOnly(system);
  return illinois ? { entries: [illinois], complete: true, derived: true } : { entries: [], complete: false, derived: false };
}

/** Capture places: `places.capture`, or else the Illinois capture facts when they place capture only in Illinois. */
export function capturePlaces(system: System): { places: string[] | "unknown"; derived: boolean } {
  if (system.places.capture !== "unknown") return { places: system.places.capture, derived: false };
  const { captureInIllinois, captureLocations } = system.illinoisNexus;
  const named = captureLocations.length > 0 && captureLocations.every((p) => /^(illinois|IL|US-IL)\b/i.test(p.trim()));
  if (named && captureInIllinois !== false) return { places: ["US-IL"], derived: true };
  return { places: "unknown", derived: false };
}

/** Whether the system has people in the territory, and how many (bounds summed over its entries). */
export function peopleIn(system: System, area: string): { answer: "yes" | "no" | "unknown"; entries: PlaceEntry[]; bounds: CountBounds | undefined; complete: boolean } {
  const { entries: all, complete } = subjectPlaces(system);
  const entries = all.filter((e) => inArea(e.place, area));
  let low = 0;
  let high: number | undefined = 0;
  let known = true;
  for (const e of entries) {
    const b = countBounds(e.count);
    if (b === undefined) {
      known = false;
      high = undefined;
      continue;
    }
    low += b.low;
    high = high === undefined || b.high === undefined ? undefined : high + b.high;
  }
  const bounds = entries.length > 0 && known ? { low, high } : entries.length === 0 && complete ? { low: 0, high: 0 } : undefined;
  if (entries.some((e) => isPositive(e.count))) return { answer: "yes", entries, bounds, complete };
  if (entries.length > 0 && entries.every((e) => isZero(e.count))) return { answer: "no", entries, bounds, complete };
  if (entries.length === 0 && complete) return { answer: "no", entries, bounds, complete };
  return { answer: "unknown", entries, bounds, complete };
}

/** Whether capture happens in the territory. */
export function captureIn(system: System, area: string): "yes" | "no" | "unknown" {
  const { places } = capturePlaces(system);
  if (places === "unknown") return "unknown";
  return places.some((p) => inArea(p, area)) ? "yes" : "no";
}

/** Whether a system touches a territory (people living there, or capture there), with the fields that decide it. */
export interface Presence {
  status: "yes" | "no" | "unknown";
  reasons: string[];
  /** Pointers relative to the system. */
  evidence: string[];
  /** The counts of the system's people in the territory, one per entry. */
  counts: PartialCount[];
}

const pointerOf = (e: PlaceEntry | undefined): string =>
  e?.index !== undefined ? `/places/subjects/${e.index}/count` : e ? "/illinoisNexus/illinoisSubjectShare" : "/places/subjects";

/**
 * People in the territory, or capture there, bring a system in; it is out only when both are known to
 * be absent (people: every entry for the territory is zero, or the list is complete without it;
 * capture: a list of places without it). Anything else is unknown, naming the fields.
 */
export function presence(system: System, territory: Territory): Presence {
  const people = peopleIn(system, territory.code);
  const capture = captureIn(system, territory.code);
  const counts = people.entries.map((e) => e.count);
  const positive = people.entries.find((e) => isPositive(e.count));
  const captureWhere = capturePlaces(system);
  const capturePointer = captureWhere.derived ? "/illinoisNexus/captureLocations" : "/places/capture";
  if (positive) return { status: "yes", reasons: [`${system.name} has people in ${territory.name} (${positive.place}).`], evidence: [pointerOf(positive)], counts };
  if (capture === "yes") return { status: "yes", reasons: [`${system.name} captures biometric data in ${territory.name}.`], evidence: [capturePointer], counts };
  if (people.answer === "no" && capture === "no") {
    const subjects = subjectPlaces(system);
    const where = captureWhere.places === "unknown" || captureWhere.places.length === 0 ? "nowhere" : captureWhere.places.join(", ");
    return {
      status: "no",
      reasons: [
        `${system.name} has no people in ${territory.name} and captures nothing there (people: ${subjects.entries.map((e) => e.place).join(", ") || "none listed"}${subjects.derived ? ", from the Illinois facts" : ""}; capture: ${where}).`,
      ],
      evidence: [people.entries.length > 0 ? pointerOf(people.entries[0]) : subjects.derived ? "/illinoisNexus/illinoisSubjectShare" : "/places/complete", capturePointer],
      counts,
    };
  }
  const open: string[] = [];
  if (people.answer === "unknown") open.push(people.entries.length > 0 ? pointerOf(people.entries[0]) : "/places/subjects");
  if (capture === "unknown") open.push("/places/capture");
  const fields = open.map((p) => p.replace(/^\//, "").replaceAll("/", ".")).join(", ");
  return { status: "unknown", reasons: [`The profile does not say whether ${system.name} has people in ${territory.name} or captures there (${fields}).`], evidence: open, counts };
}

/**
 * For a law tied to premises in the territory (a city's stores, its places of public accommodation):
 * where capture happens decides, whatever the people's residence; when capture is not stated, people
 * served in the territory bring the system in, and anything else is unknown.
 */
export function premisesPresence(system: System, territory: Territory): Presence {
  const capture = capturePlaces(system);
  const pointer = capture.derived ? "/illinoisNexus/captureLocations" : "/places/capture";
  const people = peopleIn(system, territory.code);
  const counts = people.entries.map((e) => e.count);
  if (capture.places !== "unknown") {
    const here = capture.places.filter((p) => inArea(p, territory.code));
    if (here.length > 0) return { status: "yes", reasons: [`${system.name} captures biometric data in ${territory.name} (${here.join(", ")}).`], evidence: [pointer], counts };
    const where = capture.places.length === 0 ? "nowhere" : capture.places.join(", ");
    return { status: "no", reasons: [`${system.name} captures biometric data only outside ${territory.name} (${where}), so none of its premises are there.`], evidence: [pointer], counts };
  }
  const positive = people.entries.find((e) => isPositive(e.count));
  if (positive) return { status: "yes", reasons: [`${system.name} serves people in ${territory.name} (${positive.place}).`], evidence: [pointerOf(positive)], counts };
  return { status: "unknown", reasons: [`The profile does not say whether ${system.name} captures biometric data in ${territory.name} (places.capture).`], evidence: ["/places/capture"], counts };
}

/**
 * How many of the system's people are in the territory: its entries, or every group when all capture
 * is there; `undefined` when the profile does not say.
 */
export function peopleCountIn(system: System, area: string): CountBounds | undefined {
  const people = peopleIn(system, area);
  if (people.entries.length > 0 || people.complete) return people.bounds;
  const { places } = capturePlaces(system);
  const allHere = places !== "unknown" && places.length > 0 && places.every((p) => inArea(p, area));
  if (!allHere) return undefined;
  let low = 0;
  let high: number | undefined = 0;
  for (const g of system.subjects) {
    const b = countBounds(g.count);
    if (b === undefined) return undefined;
    low += b.low;
    high = high === undefined || b.high === undefined ? undefined : high + b.high;
  }
  return system.subjects.length === 0 ? undefined : { low, high };
}
