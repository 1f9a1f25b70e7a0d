import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { generateProfile } from "../bench/generate.js";
import { canonical, decisionsOf } from "../bench/peer/decisions.js";
import { ENCODED_RULE_IDS, PeerEngine } from "../bench/peer/json-rules-engine.js";

/*
 * The benchmark compares bipa-check with the same decisions encoded in json-rules-engine. The ratio
 * only means something if the two agree, so this checks, on a generated sample, that both engines
 * reach the same decisions (rule, system, key, severity, basis) for every encoded rule. If a rule's
 * logic changes, this fails until tests/bench/peer/json-rules-engine.ts is brought in line.
 */

const AS_OF = "2026-11-22";
const encoded = bipaRules.filter((r) => (ENCODED_RULE_IDS as readonly string[]).includes(r.id));

function sample(count: number, seed: number) {
  const loaded = parseProfile(generateProfile(count, seed));
  if (!loaded.ok) throw new Error("the generated profile does not validate");
  return loaded.profile;
}

describe("json-rules-engine peer encoding (bench parity)", () => {
  it("encodes every rule it names, and the pack still has them", () => {
    expect(encoded.map((r) => r.id).sort()).toEqual([...ENCODED_RULE_IDS].sort());
  });

  for (const style of ["flat", "path"] as const) {
    it(`reaches bipa-check's decisions on a 400-system sample (${style} facts)`, async () => {
      const profile = sample(400, 11);
      const ours = canonical(decisionsOf(audit(profile, { asOf: AS_OF, ruleSet: encoded }), ENCODED_RULE_IDS));
      const theirs = canonical(await new PeerEngine(style).decideAll(profile, AS_OF));
      expect(ours.length).toBeGreaterThan(1_000);
      expect(theirs).toEqual(ours);
    });
  }

  it("covers every outcome: each encoded rule fires as a violation, a risk and passes somewhere", async () => {
    const profile = sample(400, 11);
    const report = audit(profile, { asOf: AS_OF, ruleSet: encoded });
    const seen = new Set(decisionsOf(report, ENCODED_RULE_IDS).map((d) => `${d.ruleId} ${d.severity}`));
    const passed = new Set(report.passed.map((p) => p.ruleId));
    for (const id of ENCODED_RULE_IDS) {
      expect(seen.has(`${id} violation`), `${id} violation`).toBe(true);
      expect(seen.has(`${id} risk`), `${id} risk`).toBe(true);
      expect(passed.has(id), `${id} passes`).toBe(true);
    }
  });
});
