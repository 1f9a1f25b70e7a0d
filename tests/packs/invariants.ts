import { expect } from "vitest";
import type { Pack, PackOptionValues, PenaltyContext } from "../../src/core/pack.js";
import type { Practices } from "../../src/practices/schema.js";

/**
 * What must hold for any profile a pack is given: an applicability with a reason; findings that name
 * the system, point at evidence and offer only the rule's own remedies; a penalty whose figures are
 * finite, whole, low ≤ high, and the sum of its lines. Used by the packs' property tests.
 */
export function expectPackInvariants(pack: Pack, profile: Practices, asOf: string, options?: PackOptionValues): void {
  const applies: number[] = [];
  const findings: PenaltyContext["findings"][number][] = [];
  profile.systems.forEach((system, index) => {
    const ctx = { profile, system, index, asOf, ...(options ? { options } : {}) };
    const a = pack.applicability!(ctx);
    expect(["applies", "does-not-apply", "unknown"]).toContain(a.status);
    expect(a.reasons.length).toBeGreaterThan(0);
    if (a.status === "applies") applies.push(index);
    for (const rule of pack.rules) {
      for (const d of rule.check(ctx)) {
        expect(d.message).toContain(system.name);
        expect(d.evidence.length).toBeGreaterThan(0);
        for (const r of d.remedies ?? []) expect(rule.remedies).toContain(r);
        const severity = d.severity ?? rule.severity;
        expect(["violation", "risk", "info"]).toContain(severity);
        findings.push({ ruleId: rule.id, systemId: system.id, severity, basis: d.basis ?? "fact" });
      }
    }
  });
  const e = pack.penalty?.({ profile, findings, applies, asOf, ...(options ? { options } : {}) });
  if (!e) return;
  for (const n of [e.low, e.high, ...e.lines.flatMap((l) => [l.low, l.high])]) {
    expect(Number.isSafeInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  expect(e.low).toBeLessThanOrEqual(e.high);
  expect(e.low).toBe(e.lines.reduce((s, l) => s + l.low, 0));
  expect(e.high).toBe(e.lines.reduce((s, l) => s + l.high, 0));
  for (const l of e.lines) {
    expect(l.low).toBeLessThanOrEqual(l.high);
    expect(l.arithmetic).toMatch(/=/);
  }
}
