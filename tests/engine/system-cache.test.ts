import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { audit, type AuditOptions } from "../../src/audit.js";
import { SystemCache } from "../../src/engine/system-cache.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import { plan } from "../../src/plan/plan.js";
import { generateProfile } from "../bench/generate.js";
import { profileArb, systemArb } from "../helpers/arbitraries.js";

/*
 * The plan re-audits the profile once per measure with one SystemCache, reusing each system's outcome
 * when the system object, its position, the organization and the settings are unchanged
 * (src/engine/system-cache.ts). Reuse is sound only if no system's outcome reads another system:
 * these properties compare every cached audit with a fresh one, byte for byte. The comparison covers
 * the Sec. 20 estimate, whose per-system lines are reused too: its counting rules
 * (bipa-reference.md §1.7) are not restated here, only shown unchanged by the reuse.
 */

const AS_OF = "2026-11-22";
const runs = { seed: Number(process.env.FC_SEED ?? 20261202), numRuns: Number(process.env.FC_RUNS ?? 60) };

const parsed = (input: unknown): Practices | undefined => {
  const result = parseProfile(input);
  return result.ok ? result.profile : undefined;
};

/** A change to a profile that keeps some system objects and replaces others, as a measure does. */
const editArb = fc.record({
  replace: fc.array(fc.nat(), { maxLength: 3 }),
  replacement: systemArb("swapped"),
  swapOrder: fc.boolean(),
  organization: fc.boolean(),
  options: fc.constantFrom<Partial<AuditOptions>>({}, { rules: { "bipa/15a-public-policy": "off" } }, { asOf: "2021-06-01" }, { packs: ["bipa", "tx-cubi"] }),
});

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function edited(profile: Practices, edit: Edit): Practices | undefined {
  const replacement = parsed({ version: 1, organization: profile.organization, systems: [edit.replacement] })?.systems[0];
  if (!replacement || profile.systems.length === 0) return undefined;
  let systems = profile.systems.map((s, i) => (edit.replace.some((r) => r % profile.systems.length === i) ? { ...replacement, id: `${s.id}-swapped` } : s));
  // Ids stay unique (the schema's rule), so a swapped-in system gets its own.
  if (new Set(systems.map((s) => s.id)).size !== systems.length) return undefined;
  if (edit.swapOrder) systems = [...systems].reverse();
  const organization = edit.organization ? { ...profile.organization, name: `${profile.organization.name} (renamed)` } : profile.organization;
  return { ...profile, organization, systems };
}

describe("SystemCache (properties)", () => {
  it("an audit with a cache filled by an earlier audit equals a fresh audit, whatever changed in between", () => {
    fc.assert(
      fc.property(profileArb, editArb, (input, edit) => {
        const profile = parsed(input);
        if (!profile) return;
        const next = edited(profile, edit);
        if (!next) return;
        const cache = new SystemCache();
        const options: AuditOptions = { asOf: AS_OF, ...edit.options };
        audit(profile, { asOf: AS_OF, cache });
        expect(JSON.stringify(audit(next, { ...options, cache }))).toBe(JSON.stringify(audit(next, options)));
        // And back: the entries of the first profile's systems are still right for it.
        expect(JSON.stringify(audit(profile, { asOf: AS_OF, cache }))).toBe(JSON.stringify(audit(profile, { asOf: AS_OF })));
      }),
      runs,
    );
  });
});

describe("SystemCache without the packs' report fields", () => {
  it("an audit with a cache made with extend: false is the full audit less the fields the packs' extend hooks add", () => {
    fc.assert(
      fc.property(profileArb, editArb, (input, edit) => {
        const profile = parsed(input);
        if (!profile) return;
        const next = edited(profile, edit) ?? profile;
        const cache = new SystemCache({ extend: false });
        const options: AuditOptions = { asOf: AS_OF, ...edit.options };
        audit(profile, { asOf: AS_OF, cache });
        const full = audit(next, options);
        const bare = audit(next, { ...options, cache });
        // BIPA's hook is the only shipped one; it adds these two fields and nothing else changes.
        expect(Object.keys(full).filter((k) => !(k in bare))).toEqual(full.exposure ? ["exposure", "injunctionRisk"] : []);
        const { exposure: _exposure, injunctionRisk: _injunctionRisk, ...rest } = full;
        expect(JSON.stringify(bare)).toBe(JSON.stringify(rest));
      }),
      runs,
    );
  });

  it("a cache made without options keeps the fields", () => {
    const profile = parsed(generateProfile(12, 3))!;
    const report = audit(profile, { asOf: AS_OF, cache: new SystemCache() });
    expect(report.exposure).toBeDefined();
    expect(JSON.stringify(report)).toBe(JSON.stringify(audit(profile, { asOf: AS_OF })));
  });
});

describe("SystemCache in the plan", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the plan of a generated estate is the same with the cache as with a fresh audit per measure", () => {
    // 120 generated systems of every archetype; `apply: "all"` runs the what-if rounds too.
    const profile = parsed(generateProfile(120, 11))!;
    const report = audit(profile, { asOf: AS_OF });
    const cached = plan(report, profile, { apply: "all" });
    // The same plan with every lookup a miss: each system evaluated afresh in every re-audit.
    const misses = vi.spyOn(SystemCache.prototype, "get").mockImplementation((_kind, _pack, _system, _index, _organization, compute) => compute());
    const fresh = plan(report, profile, { apply: "all" });
    expect(misses).toHaveBeenCalled();
    expect(JSON.stringify(cached)).toBe(JSON.stringify(fresh));
    expect(cached.steps.length).toBeGreaterThan(5);
  });
});
