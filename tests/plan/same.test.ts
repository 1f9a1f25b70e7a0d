import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { audit } from "../../src/audit.js";
import { applyMeasures } from "../../src/packs/bipa/plan/measures.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import { plan } from "../../src/plan/plan.js";
import { leftAlone, sameData, shareUnchanged } from "../../src/plan/same.js";
import { generateProfile } from "../bench/generate.js";
import { profileArb } from "../helpers/arbitraries.js";

/*
 * The plan gives a re-audit the original object for each system (and the organization) a measure
 * rebuilt without changing (src/plan/same.ts), so the per-system cache reuses what the last audit
 * found. That is sound only if `sameData` holds just for values no rule or output can tell apart,
 * and if the plan is the same with the sharing as without it.
 */

const AS_OF = "2026-11-22";
const runs = { seed: Number(process.env.FC_SEED ?? 20261203), numRuns: Number(process.env.FC_RUNS ?? 60) };

const parsed = (input: unknown): Practices | undefined => {
  const result = parseProfile(input);
  return result.ok ? result.profile : undefined;
};

describe("sameData", () => {
  it("holds for a value and its deep copy, and implies the same JSON", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const profile = parsed(input);
        if (!profile) return;
        const copy = structuredClone(profile);
        expect(sameData(profile, copy)).toBe(true);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(profile));
      }),
      runs,
    );
  });

  it("fails for any changed leaf of a profile", () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), (input, pick) => {
        const profile = parsed(input);
        if (!profile) return;
        // Every path to a primitive, then one of them changed in a copy.
        const leaves: Array<Array<string | number>> = [];
        const walk = (v: unknown, path: Array<string | number>) => {
          if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
          else leaves.push(path);
        };
        walk(profile, []);
        const path = leaves[pick % leaves.length]!;
        const copy = structuredClone(profile) as unknown as Record<string | number, unknown>;
        let at = copy;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        const last = path[path.length - 1]!;
        const was = at[last];
        at[last] = typeof was === "number" ? was + 1 : typeof was === "boolean" ? !was : `${String(was)}!`;
        expect(sameData(profile, copy)).toBe(false);
      }),
      runs,
    );
  });

  it("tells apart what JSON does not: key order, an own key holding undefined, -0, and the prototype", () => {
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([0], [-0])).toBe(false);
    expect(sameData(Object.create(null) as object, {})).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe("shareUnchanged", () => {
  const profile = parsed(generateProfile(60, 5))!;

  it("gives back the original object for each system a measure rebuilt as it was, and keeps the changed ones", () => {
    // Stopping profiting rebuilds every aimed system, many of which did not profit to begin with.
    const measured = applyMeasures(profile, ["stop-profiting"], AS_OF);
    const shared = shareUnchanged(profile, measured);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(measured));
    let kept = 0;
    shared.systems.forEach((s, i) => {
      if (s === profile.systems[i]) {
        kept++;
        expect(measured.systems[i]).not.toBe(s); // rebuilt, and given back
      } else {
        expect(s).toBe(measured.systems[i]);
        expect(sameData(s, profile.systems[i])).toBe(false);
      }
    });
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(profile.systems.length);
  });

  it("gives back the original organization when a measure rebuilt it as it was", () => {
    // No affiliate is known to reach biometric data in the generated estate: the organization is rebuilt unchanged.
    const measured = applyMeasures(profile, ["limit-cross-border-transfers"], AS_OF);
    expect(measured.organization).not.toBe(profile.organization);
    expect(shareUnchanged(profile, measured).organization).toBe(profile.organization);
  });

  it("returns the measured profile itself when there is nothing to share", () => {
    const measured = applyMeasures(profile, [], AS_OF);
    expect(shareUnchanged(profile, measured)).toBe(measured);
  });
});

describe("leftAlone", () => {
  const profile = parsed(generateProfile(20, 5))!;

  it("holds only when every system and the organization are the very objects they were", () => {
    expect(leftAlone(profile, applyMeasures(profile, [], AS_OF))).toBe(true);
    expect(leftAlone(profile, { ...profile, systems: [...profile.systems] })).toBe(true);
    expect(leftAlone(profile, structuredClone(profile))).toBe(false);
    expect(leftAlone(profile, { ...profile, systems: profile.systems.slice(1) })).toBe(false);
    expect(leftAlone(profile, { ...profile, organization: { ...profile.organization } })).toBe(false);
    expect(leftAlone(profile, applyMeasures(profile, ["stop-profiting"], AS_OF))).toBe(false);
  });
});

describe("the plan with and without the reuse", () => {
  afterEach(() => {
    vi.doUnmock("../../src/plan/same.js");
    vi.resetModules();
  });

  it("is the same, byte for byte, for generated estates, with the what-if rounds", async () => {
    vi.resetModules();
    // Without it: every rebuilt object kept, and a profile measures left alone re-audited like any other.
    vi.doMock("../../src/plan/same.js", async (original) => ({
      ...(await original<typeof import("../../src/plan/same.js")>()),
      shareUnchanged: (_: Practices, measured: Practices) => measured,
      leftAlone: () => false,
    }));
    const unshared = (await import("../../src/plan/plan.js")).plan;
    expect(unshared).not.toBe(plan);
    for (const [count, seed] of [
      [30, 1],
      [50, 13],
    ] as const) {
      const profile = parsed(generateProfile(count, seed))!;
      const report = audit(profile, { asOf: AS_OF });
      // Measures no profile change expresses are among the steps: their profile is left alone.
      expect(plan(report, profile).steps.some((s) => !s.modeled)).toBe(true);
      // "all" runs the what-if rounds; the list, a what-if of measures that change nothing.
      for (const apply of [undefined, "all", ["establish-unknown-facts", "adopt-policy-before-collection"]] as const) {
        const options = apply ? { apply } : {};
        expect(JSON.stringify(plan(report, profile, options)), `${count} systems, seed ${seed}, apply ${String(apply)}`).toBe(JSON.stringify(unshared(report, profile, options)));
      }
    }
  });
});
