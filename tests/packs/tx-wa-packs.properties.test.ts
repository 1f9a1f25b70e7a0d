import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Pack, PackFindingDraft } from "../../src/core/pack.js";
import { txCubiPack } from "../../src/packs/tx-cubi/index.js";
import { waBiometricPack } from "../../src/packs/wa-biometric/index.js";
import { waMhmdaPack } from "../../src/packs/wa-mhmda/index.js";
import { parseProfile } from "../../src/practices/load.js";
import { asOfArb, stateProfileArb } from "./state-facts-arb.js";

/*
 * Properties of the Texas and Washington packs over generated profiles (bipa-reference.md §4.1, §4.2):
 * nothing throws, every decision gives a reason, every finding names its system and points into the
 * profile, an as-of date before the law is in force never applies, the same input gives the same output,
 * and the penalty total is the sum of its lines with the arithmetic on each.
 */
const PACKS: readonly Pack[] = [txCubiPack, waBiometricPack, waMhmdaPack];

function evaluate(pack: Pack, input: unknown, asOf: string) {
  const parsed = parseProfile(input);
  if (!parsed.ok) return undefined;
  const { profile } = parsed;
  const decisions = profile.systems.map((system, index) => pack.applicability!({ profile, system, index, asOf }));
  const drafts: Array<{ systemName: string; draft: PackFindingDraft; severity: string; basis: "fact" | "unknown"; ruleId: string; systemId: string }> = [];
  profile.systems.forEach((system, index) => {
    const ctx = { profile, system, index, asOf };
    for (const rule of pack.rules) {
      if (rule.engaged && !rule.engaged(ctx)) continue;
      for (const draft of rule.check(ctx)) drafts.push({ systemName: system.name, draft, severity: draft.severity ?? rule.severity, basis: draft.basis ?? "fact", ruleId: rule.id, systemId: system.id });
    }
  });
  const applies = decisions.flatMap((d, i) => (d.status === "applies" ? [i] : []));
  const findings = drafts.map((d) => ({ ruleId: d.ruleId, systemId: d.systemId, severity: d.severity as "violation" | "risk" | "info", basis: d.basis }));
  const penalty = pack.penalty?.({ profile, findings, applies, asOf });
  return { decisions, drafts, penalty };
}

describe("tx-cubi, wa-biometric and wa-mhmda over generated profiles", () => {
  for (const pack of PACKS) {
    it(`${pack.id}: §4 decisions have reasons, findings point into the profile, penalties add up, output is deterministic`, () => {
      const seen = { parsed: 0, applies: 0, findings: 0, penaltyLines: 0 };
      fc.assert(
        fc.property(stateProfileArb, asOfArb, (input, asOf) => {
          const result = evaluate(pack, input, asOf);
          if (!result) return;
          seen.parsed += 1;
          seen.applies += result.decisions.filter((d) => d.status === "applies").length;
          seen.findings += result.drafts.length;
          seen.penaltyLines += result.penalty?.lines.length ?? 0;
          for (const d of result.decisions) {
            expect(d.reasons.length).toBeGreaterThan(0);
            if (asOf < pack.effectiveFrom) expect(d.status).toBe("does-not-apply");
          }
          for (const { draft, systemName } of result.drafts) {
            expect(draft.message).toContain(systemName);
            expect(draft.evidence.length).toBeGreaterThan(0);
            for (const e of draft.evidence) expect(typeof e === "string" ? e : e.pointer).toMatch(/^\//);
            if (draft.severity === "risk" || draft.severity === "info") expect(draft.basis).toBeDefined();
          }
          if (result.penalty) {
            const { lines, low, high } = result.penalty;
            expect(low).toBe(lines.reduce((s, l) => s + l.low, 0));
            expect(high).toBe(lines.reduce((s, l) => s + l.high, 0));
            for (const l of lines) {
              expect(l.low).toBeLessThanOrEqual(l.high);
              expect(Number.isFinite(l.high)).toBe(true);
              expect(l.arithmetic).toMatch(/×.*=/);
            }
          }
          expect(JSON.stringify(evaluate(pack, input, asOf))).toBe(JSON.stringify(result));
        }),
        { numRuns: 100, seed: 1111 },
      );
      // The generator reaches the interesting cases: profiles that validate, systems the law applies to, findings and penalty lines.
      expect(seen.parsed).toBeGreaterThan(50);
      expect(seen.applies).toBeGreaterThan(0);
      expect(seen.findings).toBeGreaterThan(0);
      expect(seen.penaltyLines).toBeGreaterThan(0);
    });
  }
});
