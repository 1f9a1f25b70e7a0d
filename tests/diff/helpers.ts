import { readFileSync } from "node:fs";
import { join } from "node:path";
import { audit } from "../../src/audit.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import type { DiffSide } from "../../src/diff/types.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { ROOT } from "../../scripts/golden.js";

export const AS_OF = "2026-11-22";

/**
 * An example profile, audited as of `asOf` against BIPA (the diff tests tell BIPA's Clearview story;
 * the 2021 profile also states facts other laws read, which the 2020 one does not), with its profile.
 */
export function exampleSide(name: string, asOf = AS_OF): DiffSide & { profile: Practices } {
  const file = `examples/${name}.yaml`;
  const loaded = loadProfile(readFileSync(join(ROOT, file), "utf8"), { file });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { report: audit(loaded, { asOf, packs: ["bipa"] }), profile: loaded.profile };
}

/** The compliant employer, changed by `edit`, as a diff side. */
export function compliantSide(edit: (p: Practices) => void = () => {}, asOf = AS_OF): DiffSide & { profile: Practices } {
  const parsed = parseProfile(structuredClone(compliantProfile));
  if (!parsed.ok) throw new Error("the compliant profile does not parse");
  const profile = structuredClone(parsed.profile);
  edit(profile);
  const again = parseProfile(profile);
  if (!again.ok) throw new Error(JSON.stringify(again.problems));
  return { report: { ...audit(again.profile, { asOf }), file: "profile.yaml" }, profile: again.profile };
}
