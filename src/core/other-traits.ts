import type { System } from "../practices/schema.js";

/*
 * What the free-text `otherTraits` of a system name. The profile keeps traits that are not BIPA
 * identifiers there ("palm-vein", "keystroke dynamics", docs/profile.md), and some laws define their
 * data by such traits. Law-neutral: this file only reads the words; each pack decides which of the
 * trait names its law reaches, in its own terms. A text none of the words match is `unrecognised`,
 * so a pack can leave it open rather than rule the system out.
 */

/** A body trait the words of an `otherTraits` entry name. */
export type TraitName = "iris" | "retina" | "fingerprint" | "face" | "hand" | "palm" | "vein" | "voice" | "keystroke" | "gait" | "signature";

/** A biological characteristic (the body itself) or a behavioural pattern (how a person acts). */
export type TraitNature = "biological" | "behavioural";

/** The words that name each trait, and its nature. Order is the order names are reported in. */
const WORDS: Readonly<Record<TraitName, { nature: TraitNature; pattern: RegExp }>> = {
  iris: { nature: "biological", pattern: /\biris(es)?\b/i },
  retina: { nature: "biological", pattern: /\bretina[ls]?\b/i },
  fingerprint: { nature: "biological", pattern: /\bfinger[- ]?prints?\b/i },
  face: { nature: "biological", pattern: /\b(face|facial)\b/i },
  hand: { nature: "biological", pattern: /\bhands?\b/i },
  palm: { nature: "biological", pattern: /\bpalm(s|print|prints)?\b/i },
  vein: { nature: "biological", pattern: /\b(vein|veins|vascular)\b/i },
  voice: { nature: "biological", pattern: /\bvoice(print|prints)?\b/i },
  keystroke: { nature: "behavioural", pattern: /\b(keystrokes?|typing)\b/i },
  gait: { nature: "behavioural", pattern: /\bgait\b/i },
  signature: { nature: "behavioural", pattern: /\bsignatures?\b/i },
};
const NAMES = Object.keys(WORDS) as TraitName[];

/** Whether a trait name is a biological characteristic or a behavioural pattern. */
export function natureOf(name: TraitName): TraitNature {
  return WORDS[name].nature;
}

/** One `otherTraits` entry read: the trait names its words match, and where it is in the profile. */
export interface ReadTrait {
  /** The entry as the profile gives it. */
  text: string;
  /** Pointer relative to the system: `/otherTraits/<i>`. */
  pointer: string;
  /** The trait names matched, in the order of `WORDS`; empty when none is. */
  names: readonly TraitName[];
  /** No known trait word matches the text: what it is, is left for the reader. */
  unrecognised: boolean;
}

/** The system's `otherTraits`, each with the trait names its words match. */
export function readOtherTraits(system: Pick<System, "otherTraits">): ReadTrait[] {
  return system.otherTraits.map((text, i) => {
    const names = NAMES.filter((n) => WORDS[n].pattern.test(text));
    return { text, pointer: `/otherTraits/${i}`, names, unrecognised: names.length === 0 };
  });
}

/**
 * Sorts the system's traits by a law's list of trait names: `covered` when some name the text matches
 * is on the list, `unrecognised` when no known word matches it, and `outside` when every name matched
 * is known and off the list (a pack may rule the system out on those alone).
 */
export function traitsByLaw(system: Pick<System, "otherTraits">, covers: (name: TraitName) => boolean): { covered: ReadTrait[]; unrecognised: ReadTrait[]; outside: ReadTrait[] } {
  const covered: ReadTrait[] = [];
  const unrecognised: ReadTrait[] = [];
  const outside: ReadTrait[] = [];
  for (const trait of readOtherTraits(system)) {
    if (trait.names.some(covers)) covered.push(trait);
    else if (trait.unrecognised) unrecognised.push(trait);
    else outside.push(trait);
  }
  return { covered, unrecognised, outside };
}
