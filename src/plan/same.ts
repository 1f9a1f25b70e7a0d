import type { Practices } from "../practices/schema.js";

/**
 * Whether two profile values are indistinguishable as data: the same primitives (Object.is), or arrays
 * and objects of one prototype with the same own keys, in the same order, holding such values. Key
 * order counts because output and rules may iterate it; an own key holding `undefined` counts too.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameData(x, other[i]));
  }
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((k, i) => k === otherKeys[i] && sameData(left[k], right[k]));
}

/**
 * The measured profile with every system (and the organization) a measure rebuilt but left as it was
 * replaced by the original object. A measure's change builds a new object even where it changes
 * nothing (a release already in place, no transfer to drop), and the re-audit reuses per-system
 * results by object (src/engine/system-cache.ts): as data they are the same, so the results are too.
 */
export function shareUnchanged(original: Practices, measured: Practices): Practices {
  const organization = measured.organization !== original.organization && sameData(measured.organization, original.organization) ? original.organization : measured.organization;
  let shared = organization !== measured.organization;
  const systems = measured.systems.map((s, i) => {
    const was = original.systems[i];
    if (was === undefined || s === was || !sameData(s, was)) return s;
    shared = true;
    return was;
  });
  return shared ? { ...measured, organization, systems } : measured;
}

/** Whether measures left the profile's systems and organization the very objects they were (a measure not modeled, or already in place). */
export function leftAlone(original: Practices, measured: Practices): boolean {
  return measured.organization === original.organization && measured.systems.length === original.systems.length && measured.systems.every((s, i) => s === original.systems[i]);
}
