import type { System } from "../../practices/schema.js";

/*
 * The four elements of Art. 5(1)(e), all needed (bipa-reference.md §4.8, [S]): (1) an AI system
 * placed on the market, put into service or used in the EU; (2) for creating or expanding a facial
 * recognition database; (3) untargeted scraping; (4) of facial images from the internet or CCTV
 * footage. Each is read as "yes", "no" or "unknown" with the field that decides it.
 */

export type Answer = "yes" | "no" | "unknown";

/** Chapters I and II, Art. 113(a). */
export const PROHIBITION_APPLIES_FROM = "2025-02-02";
/** The penalty provisions. */
export const PENALTIES_APPLY_FROM = "2025-08-02";

/**
 * The 27 EU member states (ISO 3166-1; Greece is GR). Kept here as well as in the GDPR pack so each
 * pack imports only its own folder.
 */
const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

export function inEu(place: string): boolean {
  return EU_MEMBER_STATES.has(place.slice(0, 2)) && (place.length === 2 || place[2] === "-" || place[2] === "/");
}

export interface Element {
  answer: Answer;
  /** The element as met, after "it" ("is an AI system"). */
  words: string;
  /** The element as not met, after "it" ("is not an AI system"). */
  not: string;
  /** The profile field that decides it, as a pointer relative to the system and as a dotted name. */
  pointer: string;
  field: string;
}

function tri(value: boolean | "unknown"): Answer {
  return value === "unknown" ? "unknown" : value ? "yes" : "no";
}

/** (1a) Placed on the market, put into service or used in the EU. */
export function euMarket(system: System): Element {
  const offered = system.places.offeredIn;
  const answer: Answer = offered === "unknown" ? "unknown" : offered.some(inEu) ? "yes" : "no";
  return { answer, words: "is placed on the market, put into service or used in the EU", not: "is not placed on the market, put into service or used in the EU", pointer: "/places/offeredIn", field: "places.offeredIn" };
}

/** (1b) An AI system. */
export function aiSystem(system: System): Element {
  return { answer: tri(system.faceDatabase.aiSystem), words: "is an AI system", not: "is not an AI system", pointer: "/faceDatabase/aiSystem", field: "faceDatabase.aiSystem" };
}

/**
 * (2) Creating or expanding a facial recognition database. A system that captures no face geometry
 * and is not said to build a face database does not, whatever else is unknown.
 */
export function buildsFaceDatabase(system: System): Element {
  const stated = system.faceDatabase.createsOrExpands;
  const words = "creates or expands a facial recognition database";
  if (stated === "unknown" && !system.modalities.includes("face-geometry")) {
    return { answer: "no", words, not: "captures no face geometry and is not stated to build a facial recognition database", pointer: "/modalities", field: "modalities" };
  }
  return { answer: tri(stated), words, not: "does not create or expand a facial recognition database", pointer: "/faceDatabase/createsOrExpands", field: "faceDatabase.createsOrExpands" };
}

/** (3) Untargeted scraping. */
export function untargeted(system: System): Element {
  return { answer: tri(system.faceDatabase.untargetedScraping), words: "gathers its images by untargeted scraping", not: "does not gather its images by untargeted scraping", pointer: "/faceDatabase/untargetedScraping", field: "faceDatabase.untargetedScraping" };
}

/** (4) Facial images from the internet or CCTV footage. */
export function internetOrCctv(system: System): Element {
  const sources = system.faceDatabase.sources;
  const answer: Answer = sources.some((s) => s === "internet" || s === "cctv") ? "yes" : sources.length > 0 ? "no" : "unknown";
  return { answer, words: "takes its facial images from the internet or CCTV footage", not: "does not take its facial images from the internet or CCTV footage", pointer: "/faceDatabase/sources", field: "faceDatabase.sources" };
}

/** The elements that decide whether the Act's ban reaches the system at all (scope). */
export function scopeElements(system: System): Element[] {
  return [buildsFaceDatabase(system), euMarket(system), aiSystem(system)];
}

/** All four elements (five facts: element 1 has two parts). */
export function allElements(system: System): Element[] {
  return [...scopeElements(system), untargeted(system), internetOrCctv(system)];
}
