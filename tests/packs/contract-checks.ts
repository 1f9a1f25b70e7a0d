import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect, it } from "vitest";
import type { Pack } from "../../src/core/pack.js";
import { SHARED_MEASURES } from "../../src/core/measures.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";

/** Plain profile data, as a test writes it. */
export type Plain = { [key: string]: unknown };

/** Merges `patch` into `base`: objects merge, everything else (arrays included) replaces. */
export function merge(base: Plain, patch: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value !== null && typeof value === "object" && !Array.isArray(value) && current !== null && typeof current === "object" && !Array.isArray(current)
        ? merge(current as Plain, value as Plain)
        : value;
  }
  return out;
}

/** Parses plain profile data, failing the test with every problem if it does not validate. */
export function parsed(data: unknown): Practices {
  const result = parseProfile(data);
  if (!result.ok) throw new Error(`test profile does not validate: ${result.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  return result.profile;
}

/**
 * The checks every pack passes (pack-common.md): ids prefixed with the pack id and unique, every
 * rule's authorities and remedies resolve inside the pack, every remedy's sources resolve, every
 * measure is shared or `<pack>/<slug>`, and amendments cite an authority of the pack.
 */
export function checkPackContract(pack: Pack): void {
  const authorityIds = new Set(pack.authorities.map((a) => a.id));
  const remedyIds = new Set(pack.remedies.map((r) => r.id));

  it("prefixes every rule, authority and remedy id with the pack id, and keeps them unique", () => {
    for (const rule of pack.rules) expect(rule.id).toMatch(new RegExp(`^${pack.id}/[a-z0-9-]+$`));
    for (const a of pack.authorities) expect(a.id.startsWith(`${pack.id}-`)).toBe(true);
    for (const r of pack.remedies) expect(r.id.startsWith(`${pack.id}-`)).toBe(true);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
    expect(new Set(pack.rules.map((r) => r.id)).size).toBe(pack.rules.length);
  });

  it("resolves every rule's authorities and remedies inside the pack", () => {
    for (const rule of pack.rules) {
      expect(rule.authorities.length, rule.id).toBeGreaterThan(0);
      expect(rule.remedies.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.authorities) expect(authorityIds.has(id), `${rule.id} → ${id}`).toBe(true);
      for (const id of rule.remedies) expect(remedyIds.has(id), `${rule.id} → ${id}`).toBe(true);
    }
  });

  it("resolves every remedy's sources and names a shared or pack-prefixed measure", () => {
    for (const remedy of pack.remedies) {
      expect(remedy.sources.length, remedy.id).toBeGreaterThan(0);
      for (const id of remedy.sources) expect(authorityIds.has(id), `${remedy.id} → ${id}`).toBe(true);
      const shared = Object.hasOwn(SHARED_MEASURES, remedy.measure);
      expect(shared || remedy.measure.startsWith(`${pack.id}/`), remedy.measure).toBe(true);
    }
  });

  it("offers every remedy it carries through at least one rule", () => {
    const used = new Set([...pack.rules.flatMap((r) => r.remedies)]);
    for (const r of pack.remedies) expect(used.has(r.id), `remedy ${r.id} unused`).toBe(true);
  });

  it("gives dates as YYYY-MM-DD and amendments that cite the pack's authorities, after the effective date", () => {
    // A year alone where the reference gives no day (Pack.effectiveFrom).
    expect(pack.effectiveFrom).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    for (const a of pack.amendments ?? []) {
      expect(a.date > pack.effectiveFrom).toBe(true);
      expect(authorityIds.has(a.authority), a.authority).toBe(true);
    }
    for (const a of pack.authorities) {
      expect(["V", "V2", "S", "UNVERIFIED"]).toContain(a.status);
      if (a.date !== undefined) expect(a.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it("cites a section on every rule and sets no URL the reference does not give", () => {
    for (const rule of pack.rules) expect(rule.section.length).toBeGreaterThan(0);
    for (const a of pack.authorities) expect(a.url).toBeUndefined();
  });
}

/** Runs every rule of a pack on every system the pack applies to; returns the rule ids that fired. */
export function firedRules(pack: Pack, profile: Practices, asOf: string): string[] {
  const fired = new Set<string>();
  profile.systems.forEach((system, index) => {
    const ctx = { profile, system, index, asOf };
    if (pack.applicability!(ctx).status !== "applies") return;
    for (const rule of pack.rules) {
      if (rule.engaged !== undefined && !rule.engaged(ctx)) continue;
      if (rule.check(ctx).length > 0) fired.add(rule.id);
    }
  });
  return [...fired].sort();
}

/**
 * Properties every pack keeps on generated profiles: the applicability decision is total and
 * deterministic with a reason; a closed date gate decides; rules never throw and name the system;
 * penalties are finite, low ≤ high, and add up, each line with its arithmetic.
 */
export function checkPackProperties(pack: Pack, profileArb: fc.Arbitrary<unknown>, asOfArb: fc.Arbitrary<string>): void {
  it("decides, checks and estimates every generated profile consistently", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(profileArb, asOfArb, (data, asOf) => {
        const profile = parsed(data);
        const applies: number[] = [];
        const findings: Array<{ ruleId: string; systemId?: string; severity: "violation" | "risk" | "info"; basis: "fact" | "unknown" }> = [];
        profile.systems.forEach((system, index) => {
          const ctx = { profile, system, index, asOf };
          const decision = pack.applicability!(ctx);
          expect(["applies", "does-not-apply", "unknown"]).toContain(decision.status);
          expect(decision.reasons.length).toBeGreaterThan(0);
          expect(pack.applicability!(ctx)).toEqual(decision);
          if (asOf < pack.effectiveFrom) expect(decision.status).toBe("does-not-apply");
          seen.add(decision.status);
          if (decision.status === "applies") applies.push(index);
          for (const rule of pack.rules) {
            for (const draft of rule.check(ctx)) {
              expect(draft.message).toContain(system.name);
              expect(draft.evidence.length).toBeGreaterThan(0);
              if (draft.basis === "unknown") expect(draft.severity ?? rule.severity).toBe("risk");
              findings.push({ ruleId: rule.id, systemId: system.id, severity: draft.severity ?? rule.severity, basis: draft.basis ?? "fact" });
            }
          }
        });
        const estimate = pack.penalty?.({ profile, findings, applies, asOf });
        if (estimate === undefined) return;
        expect(Number.isFinite(estimate.high)).toBe(true);
        expect(estimate.low).toBeLessThanOrEqual(estimate.high);
        expect(estimate.low).toBe(estimate.lines.reduce((s, l) => s + l.low, 0));
        expect(estimate.high).toBe(estimate.lines.reduce((s, l) => s + l.high, 0));
        for (const line of estimate.lines) {
          expect(line.low).toBeGreaterThanOrEqual(0);
          expect(line.low).toBeLessThanOrEqual(line.high);
          expect(line.arithmetic.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
    // The generator reaches every outcome, so the properties are not checked on one status only.
    expect([...seen].sort()).toEqual(["applies", "does-not-apply", "unknown"]);
  });
}

/**
 * A pack imports only the shared types (src/core), the profile (src/practices) and its own folder,
 * and never reads the clock or types anything as `any` (pack-common.md).
 */
export function checkPackSources(packId: string): void {
  it("imports only src/core, src/practices and its own folder, and never reads the clock or uses `any`", () => {
    const root = join(import.meta.dirname, "../../src");
    const folder = join(root, "packs", packId);
    const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = join(folder, file);
      const text = readFileSync(path, "utf8");
      for (const [, spec] of text.matchAll(/from\s+"([^"]+)"/g)) {
        const target = resolve(dirname(path), spec!);
        const allowed = [join(root, "core"), join(root, "practices"), folder].some((dir) => target.startsWith(`${dir}/`));
        expect(allowed, `${file} imports ${spec}`).toBe(true);
      }
      expect(text, file).not.toMatch(/\bDate\.now\(|new Date\(/);
      expect(text, file).not.toMatch(/:\s*any\b|\bas\s+any\b|<any>|\bany\[\]/);
    }
  });
}
