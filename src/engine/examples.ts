import type { PracticesInput } from "../practices/schema.js";
import type { RuleExample } from "../core/pack.js";

/** Objects merge key by key; arrays and scalars replace. `null` deletes the key. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = { ...structuredClone(base) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? deepMerge(out[key], value) : structuredClone(value);
  }
  return out;
}

/** A full profile: the base with the example's organization and first-system patches applied. */
export function applyExample(base: PracticesInput, example: RuleExample): PracticesInput {
  const profile = structuredClone(base);
  if (example.organization) {
    profile.organization = deepMerge(profile.organization, example.organization) as PracticesInput["organization"];
  }
  if (example.system) {
    const [first, ...rest] = profile.systems;
    profile.systems = [deepMerge(first, example.system) as PracticesInput["systems"][number], ...rest];
  }
  return profile;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
