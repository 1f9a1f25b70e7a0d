import type { Organization, System } from "../../../practices/schema.js";
import { joinWords } from "../wording.js";

/**
 * One Illinois-nexus fact, read one way: as an Illinois contact, as a point an out-of-state defence
 * would make, or as unknown. A share strictly between 0 and 1 is read both ways (some subjects in
 * Illinois, some not). Geofencing is deliberately not read here: it is assessed by
 * `bipa/geofencing-gaps`, and it limits new collection rather than removing the nexus.
 */
export interface NexusFact {
  reading: "illinois" | "elsewhere" | "unknown";
  /** System-relative pointer, or an absolute `/organization/...` pointer. */
  pointer: string;
  words: string;
}

/** The organization's Illinois presence, by field, as the noun a message names it by. */
const PRESENCE_NOUNS = {
  facilities: "Illinois facilities",
  employees: "Illinois employees",
  customersOrContracts: "Illinois customers or contracts",
  marketsToIllinois: "Illinois marketing",
} as const;

export const PRESENCE_POINTER = "/organization/illinoisPresence/";

/**
 * Every nexus fact of a system, in a fixed order: subject share, capture location, each subject
 * group's Illinois count, then the organization's Illinois presence.
 *
 * An empty `subjects` list (the schema default) contributes nothing: it is read as "not described",
 * never as "no Illinois subjects" or as an unknown. The share, capture and presence facts still speak
 * for the system as a whole.
 */
export function nexusFacts(system: System, organization: Organization): NexusFact[] {
  const facts: NexusFact[] = [];
  const { illinoisSubjectShare: share, captureInIllinois, captureLocations } = system.illinoisNexus;

  const sharePointer = "/illinoisNexus/illinoisSubjectShare";
  if (share === "unknown") facts.push({ reading: "unknown", pointer: sharePointer, words: "the Illinois share of subjects" });
  else if (share === 0) facts.push({ reading: "elsewhere", pointer: sharePointer, words: "an Illinois subject share of 0" });
  else {
    facts.push({ reading: "illinois", pointer: sharePointer, words: `an Illinois subject share of ${percent(share)}` });
    if (share < 1) facts.push({ reading: "elsewhere", pointer: sharePointer, words: `${percent(1 - share)} of subjects outside Illinois` });
  }

  const capturePointer = "/illinoisNexus/captureInIllinois";
  if (captureInIllinois === "unknown") facts.push({ reading: "unknown", pointer: capturePointer, words: "where capture happens" });
  else if (captureInIllinois) facts.push({ reading: "illinois", pointer: capturePointer, words: "capture in Illinois" });
  else {
    const words = captureLocations.length > 0 ? `capture in ${joinWords(captureLocations)} rather than Illinois` : "capture outside Illinois";
    facts.push({ reading: "elsewhere", pointer: capturePointer, words });
  }

  system.subjects.forEach((group, i) => {
    const pointer = `/subjects/${i}/illinoisCount`;
    const count = group.illinoisCount;
    if (count === "unknown") facts.push({ reading: "unknown", pointer, words: `how many ${group.population} are in Illinois` });
    else if (count === 0) facts.push({ reading: "elsewhere", pointer, words: `no ${group.population} in Illinois` });
    else facts.push({ reading: "illinois", pointer, words: `${count} ${group.population} in Illinois` });
  });

  for (const [field, noun] of Object.entries(PRESENCE_NOUNS) as Array<[keyof typeof PRESENCE_NOUNS, string]>) {
    const value = organization.illinoisPresence[field];
    const pointer = `${PRESENCE_POINTER}${field}`;
    if (value === "unknown") facts.push({ reading: "unknown", pointer, words: noun });
    else facts.push({ reading: value ? "illinois" : "elsewhere", pointer, words: value ? noun : `no ${noun}` });
  }
  return facts;
}

/** 0.125 → `12.5%`. */
function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
