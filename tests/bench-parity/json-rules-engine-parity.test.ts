import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { generateProfile } from "../bench/generate.js";
import { canonical, decisionsOf } from "../bench/peer/decisions.js";
import { ENCODED_RULE_IDS, OUTCOMES, PeerEngine, type EncodedRuleId } from "../bench/peer/json-rules-engine.js";

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

  it("covers every outcome: each encoded rule reaches every severity it can, passes somewhere, and is not engaged somewhere", () => {
    const profile = sample(400, 11);
    const report = audit(profile, { asOf: AS_OF, ruleSet: encoded });
    const decisions = decisionsOf(report, ENCODED_RULE_IDS);
    const passed = new Set(report.passed.map((p) => p.ruleId));
    const notEngaged = new Set((report.notEngaged ?? []).map((p) => p.ruleId));
    for (const rule of encoded) {
      const severities = [...new Set(decisions.filter((d) => d.ruleId === rule.id).map((d) => d.severity))].sort();
      expect(severities, `${rule.id} severities`).toEqual([...OUTCOMES[rule.id as EncodedRuleId]].sort());
      if (rule.kind !== "section") continue;
      expect(passed.has(rule.id), `${rule.id} passes`).toBe(true);
      expect(notEngaged.has(rule.id), `${rule.id} not engaged (possession or capture gate)`).toBe(true);
    }
    // The nexus: systems it lets through, takes outside the Act, and leaves conditional.
    const statuses = new Set(report.applicability.map((a) => a.status));
    expect([...statuses].sort()).toEqual(["applies", "does-not-apply", "unknown"]);
    const conditional = report.applicability.filter((a) => a.status === "unknown").map((a) => a.systemId);
    const sectionFindings = new Set(decisions.filter((d) => d.ruleId !== "bipa/scope-illinois-nexus").map((d) => d.systemId));
    expect(conditional.length).toBeGreaterThan(0);
    expect(conditional.filter((id) => sectionFindings.has(id))).toEqual([]);
  });

  it("exercises the decisions the corrected rules added (group releases, process issuers, consent timing, partial dates)", () => {
    const profile = sample(400, 11);
    const lines = canonical(decisionsOf(audit(profile, { asOf: AS_OF, ruleSet: encoded }), ENCODED_RULE_IDS));
    const shapes: Array<[string, RegExp]> = [
      ["a group whose members did not all sign", / bipa\/15b-written-release \/subjects\/\d+\/release violation fact$/],
      ["a group of minors who sign themselves", / bipa\/15b-written-release \/subjects\/\d+\/release\/signedBy risk fact$/],
      ["a minor's own signature on the system's release", / bipa\/15b-written-release \/release\/signedBy\/minors risk fact$/],
      ["a union signing for minors", / bipa\/15b-written-release \/release\/signedBy\/minors violation fact$/],
      ["release facts left unknown", / bipa\/15b-written-release \/release\/unknown risk unknown$/],
      ["an electronic release before PA 103-0769", / bipa\/15b-written-release \/release\/pre-amendment-electronic info fact$/],
      ["process not issued by a court", / bipa\/15d-disclosure .+:process risk fact$/],
      ["a warrant or subpoena with no issuer stated", / bipa\/15d-disclosure [^:]+ risk unknown$/],
      ["consent given after data began to flow", / bipa\/15d-disclosure .+:before-consent violation fact$/],
      ["consent whose timing is open", / bipa\/15d-disclosure .+:before-consent risk unknown$/],
      ["unencrypted storage", / bipa\/15e-encryption storage risk fact$/],
      ["a breach of biometric data", / bipa\/15e-breach-history breach:\d+:\S+ risk fact$/],
      ["a breach of other data only", / bipa\/15e-breach-history breach:\d+:\S+ info fact$/],
      ["a breach known only to the year or month", / bipa\/15e-breach-history breach:\d+:\d{4}(-\d{2})? \w+ fact$/],
      ["no named industry standard", / bipa\/15e-safeguards industry-standard info fact$/],
      ["Illinois contacts beside out-of-state facts", / bipa\/scope-illinois-nexus illinois-nexus:disputed info fact$/],
      ["nothing in Illinois", / bipa\/scope-illinois-nexus illinois-nexus info fact$/],
      ["an unknown nexus", / bipa\/scope-illinois-nexus illinois-nexus:unknown risk unknown$/],
    ];
    for (const [what, shape] of shapes) expect(lines.some((l) => shape.test(l)), what).toBe(true);
  });
});
