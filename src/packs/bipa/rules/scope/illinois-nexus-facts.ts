import { countBounds, isZero } from "../../../../practices/counts.js";
import type { Organization, System } from "../../../../practices/schema.js";
import { populationWords } from "../15b/wording.js";
import { countWords, joinWords } from "../wording.js";

/**
 * One Illinois-nexus fact of a system, read one way: as an Illinois contact, as a point an
 * out-of-state defence would make, or as unknown. A share strictly between 0 and 1 is read both ways
 * (some subjects in Illinois, some not). Geofencing is deliberately not read here: it is assessed by
 * `bipa/geofencing-gaps`, and it limits new collection rather than removing the nexus.
 */
export interface NexusFact {
  reading: "illinois" | "elsewhere" | "unknown";
  /** System-relative pointer, or an absolute `/organization/...` pointer. */
  pointer: string;
  words: string;
}

/** The three system-level questions of the nexus: who the subjects are, where capture and where processing happen. */
export interface SystemNexus {
  subjects: NexusFact[];
  capture: NexusFact;
  processing: NexusFact;
}

/** The organization's Illinois presence, by field, as the noun a message names it by. */
const PRESENCE_NOUNS = {
  facilities: "Illinois facilities",
  employees: "Illinois employees",
  customersOrContracts: "Illinois customers or contracts",
  marketsToIllinois: "Illinois marketing",
} as const;

export const PRESENCE_POINTER = "/organization/illinoisPresence/";

/** Whether a place named in a profile is Illinois: the word, or the postal code as a token ("IL", "US-IL"). */
export function namesIllinois(place: string): boolean {
  return /\billinois\b/i.test(place) || /(^|[^A-Za-z])IL([^A-Za-z]|$)/.test(place);
}

/** A place code of the profile's `places` facts ("US-IL", "US-IL/chicago") that is in Illinois. */
function isIllinoisCode(code: string): boolean {
  return code === "US-IL" || code.startsWith("US-IL/");
}

/**
 * The coded places (`places.capture`, `places.processing`) as a fallback list: the same question
 * answered by the facts every jurisdiction pack reads, used only when the Illinois fields say nothing.
 */
function codedPlaces(list: readonly string[] | "unknown"): string[] {
  return list === "unknown" ? [] : list.map((code) => (isIllinoisCode(code) ? `Illinois (${code})` : code));
}

/** A tri-state location fact, falling back on a list of places when the flag is unknown. */
function locationFact(flag: boolean | "unknown", places: readonly string[], pointers: { flag: string; list: string }, noun: string, coded: { places: readonly string[]; pointer: string } = { places: [], pointer: "" }): NexusFact {
  if (flag === "unknown" && places.length === 0 && coded.places.length > 0) return locationFact(flag, coded.places, { flag: pointers.flag, list: coded.pointer }, noun);
  if (flag === true) return { reading: "illinois", pointer: pointers.flag, words: `${noun} in Illinois` };
  if (flag === false) {
    const elsewhere = places.filter((p) => !namesIllinois(p));
    return { reading: "elsewhere", pointer: pointers.flag, words: elsewhere.length > 0 ? `${noun} in ${joinWords(elsewhere)} rather than Illinois` : `${noun} outside Illinois` };
  }
  if (places.length === 0) return { reading: "unknown", pointer: pointers.flag, words: `where ${noun} happens` };
  if (places.some(namesIllinois)) return { reading: "illinois", pointer: pointers.list, words: `${noun} in ${joinWords(places)}` };
  return { reading: "elsewhere", pointer: pointers.list, words: `${noun} in ${joinWords(places)} rather than Illinois` };
}

/**
 * The system's own nexus facts. Subjects: the Illinois share and each listed group's Illinois count
 * (an empty `subjects` list, the schema default, is read as "not described", never as "no Illinois
 * subjects"). Capture and processing: the flag, or else the places listed.
 */
export function systemNexus(system: System): SystemNexus {
  const { illinoisSubjectShare: share, processingInIllinois, processingLocations } = system.illinoisNexus;
  const subjects: NexusFact[] = [];
  const sharePointer = "/illinoisNexus/illinoisSubjectShare";
  if (share === "unknown") {
    // With every listed group counted, the groups answer the question the share would; failing
    // that, the coded places of residence do.
    const allCounted = system.subjects.length > 0 && system.subjects.every((g) => g.illinoisCount !== "unknown");
    const placed = allCounted ? undefined : placesSubjects(system);
    if (placed) subjects.push(placed);
    else if (!allCounted) subjects.push({ reading: "unknown", pointer: sharePointer, words: "the Illinois share of subjects" });
  } else if (share === 0) subjects.push({ reading: "elsewhere", pointer: sharePointer, words: "an Illinois subject share of 0" });
  else {
    subjects.push({ reading: "illinois", pointer: sharePointer, words: `an Illinois subject share of ${percent(share)}` });
    if (share < 1) subjects.push({ reading: "elsewhere", pointer: sharePointer, words: `${percent(1 - share)} of subjects outside Illinois` });
  }
  system.subjects.forEach((group, i) => {
    const pointer = `/subjects/${i}/illinoisCount`;
    const who = populationWords(group.population);
    const count = group.illinoisCount;
    const bounds = countBounds(count);
    if (bounds === undefined) subjects.push({ reading: "unknown", pointer, words: `how many ${who} are in Illinois` });
    else if (isZero(count)) subjects.push({ reading: "elsewhere", pointer, words: `no ${who} in Illinois` });
    else if (bounds.low > 0) subjects.push({ reading: "illinois", pointer, words: `${countWords(count, "person", "people")} among the ${who} in Illinois` });
    else subjects.push({ reading: "unknown", pointer, words: `whether any ${who} are in Illinois` });
  });
  return {
    subjects,
    capture: captureFact(system),
    // Where the data is stored is where its servers are (bipa-reference.md §2.1): read with processing.
    processing: locationFact(
      processingInIllinois,
      [...processingLocations, ...system.possession.storageLocations.filter((p) => !processingLocations.includes(p))],
      { flag: "/illinoisNexus/processingInIllinois", list: "/illinoisNexus/processingLocations" },
      "processing",
      { places: codedPlaces(system.places.processing), pointer: "/places/processing" },
    ),
  };
}

/** Where capture happens: the flag, or else the places listed (on its own, as capture in Illinois settles the nexus). */
export function captureFact(system: System): NexusFact {
  const { captureInIllinois, captureLocations } = system.illinoisNexus;
  return locationFact(captureInIllinois, captureLocations, { flag: "/illinoisNexus/captureInIllinois", list: "/illinoisNexus/captureLocations" }, "capture", {
    places: codedPlaces(system.places.capture),
    pointer: "/places/capture",
  });
}

/**
 * Where the system's people live, from `places.subjects`: Illinois when an Illinois entry counts
 * someone; elsewhere only when the list is declared complete and has nobody in Illinois.
 */
function placesSubjects(system: System): NexusFact | undefined {
  const entries = system.places.subjects;
  const index = entries.findIndex((e) => isIllinoisCode(e.place));
  if (index >= 0) {
    const entry = entries[index];
    const bounds = entry === undefined ? undefined : countBounds(entry.count);
    const pointer = `/places/subjects/${index}/count`;
    if (entry !== undefined && bounds !== undefined && bounds.low > 0) return { reading: "illinois", pointer, words: `${countWords(entry.count, "person", "people")} living in Illinois` };
    if (entry !== undefined && isZero(entry.count) && system.places.complete === true) return { reading: "elsewhere", pointer, words: "nobody living in Illinois" };
    return undefined;
  }
  if (system.places.complete === true && entries.length > 0) {
    return { reading: "elsewhere", pointer: "/places/complete", words: `people living only in ${joinWords(entries.map((e) => e.place))}` };
  }
  return undefined;
}

/** The organization's Illinois presence: context for a system's nexus, never decisive on its own. */
export function presenceFacts(organization: Organization): NexusFact[] {
  return (Object.entries(PRESENCE_NOUNS) as Array<[keyof typeof PRESENCE_NOUNS, string]>).map(([field, noun]) => {
    const value = organization.illinoisPresence[field];
    const pointer = `${PRESENCE_POINTER}${field}`;
    if (value === "unknown") return { reading: "unknown", pointer, words: noun };
    return { reading: value ? "illinois" : "elsewhere", pointer, words: value ? noun : `no ${noun}` };
  });
}

/** 0.125 → `12.5%`. */
function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
