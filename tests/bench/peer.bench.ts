import { bench, describe } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { DEFAULT_ASSUMPTIONS, type SystemRule } from "../../src/packs/bipa/rule.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import type { Practices } from "../../src/practices/schema.js";
import { AS_OF, budget, fixture, label, SIZES } from "./fixtures.js";
import { ENCODED_RULE_IDS, PeerEngine } from "./peer/json-rules-engine.js";

/*
 * (2) The same 15(b), 15(d) and 15(e) decisions in json-rules-engine (tests/bench/peer; agreement is
 * checked in tests/bench-parity). Every contestant starts from the validated profile, so validation is
 * left out. "decisions only" is the like-for-like row: the rules' checks, which give what the peer
 * gives (which finding, at which severity) plus the message. "full report" adds what the peer cannot
 * give: evidence with values, citations, remedies, sorting, the exposure estimate. The last bench gives
 * bipa-check the whole job (validate, then the full pack with exposure) against the peer's eight rules.
 */
const encoded = bipaRules.filter((r) => (ENCODED_RULE_IDS as readonly string[]).includes(r.id));
const encodedChecks = encoded.filter((r): r is SystemRule => r.kind !== "organization");

/** The rules' decisions alone, as the peer gives them: no report, evidence, citations or exposure. */
function decisionsOnly(profile: Practices): number {
  let drafts = 0;
  profile.systems.forEach((system, index) => {
    const ctx = { profile, system, index, asOf: AS_OF, assumptions: DEFAULT_ASSUMPTIONS };
    for (const rule of encodedChecks) drafts += rule.check(ctx).length;
  });
  return drafts;
}

for (const systems of SIZES) {
  const { data, profile } = fixture(systems);
  const flat = new PeerEngine("flat");
  const path = new PeerEngine("path");
  describe(`peer: 15(b), 15(d), 15(e) decisions, ${label(systems)}`, () => {
    bench("bipa-check same rules, decisions only", () => void decisionsOnly(profile), budget(systems));
    bench("bipa-check same rules, full report", () => void audit(profile, { asOf: AS_OF, ruleSet: encoded }), budget(systems));
    bench("json-rules-engine flat facts", async () => void (await flat.decideAll(profile, AS_OF)), budget(systems));
    bench("json-rules-engine JSONPath facts", async () => void (await path.decideAll(profile, AS_OF)), budget(systems));
    bench(
      "bipa-check validate + full audit",
      () => {
        const loaded = parseProfile(data);
        if (!loaded.ok) throw new Error("invalid");
        audit(loaded, { asOf: AS_OF });
      },
      budget(systems),
    );
  });
}
