import type { PackFindingDraft, PackRule, PackSystemContext } from "../../src/core/pack.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";

/*
 * What every pack's test fixture does the same way: patch a compliant profile, validate it, run a
 * rule. Each pack's fixture.ts keeps its own compliant and failing profiles and re-exports these.
 */

export type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** Merges `patch` into `base`: objects merge, arrays and scalars replace, `null` removes the key (defaults apply). */
export function merge(base: Plain, patch: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = isPlain(value) && isPlain(out[key]) ? merge(out[key] as Plain, value) : value;
  }
  return out;
}

/** Parses plain profile data, failing the test if it does not validate. */
export function parse(data: Plain): Practices {
  const parsed = parseProfile(data);
  if (!parsed.ok) throw new Error(`test profile does not validate: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  return parsed.profile;
}

/** A rule's drafts for one system, or none where its duty does not bind the system (`engaged`), as the engine runs it. */
export function checkEngaged(rule: PackRule, ctx: PackSystemContext): PackFindingDraft[] {
  return rule.engaged && !rule.engaged(ctx) ? [] : rule.check(ctx);
}
