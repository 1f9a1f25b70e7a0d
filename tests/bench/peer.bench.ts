import { bench, describe } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { bipaRules } from "../../src/rules/bipa/index.js";
import { AS_OF, budget, fixture, label, SIZES } from "./fixtures.js";
import { ENCODED_RULE_IDS, PeerEngine } from "./peer/json-rules-engine.js";

/*
 * (2) The same 15(b), 15(d) and 15(e) decisions in json-rules-engine (tests/bench/peer; agreement is
 * checked in tests/bench-parity). Every contestant starts from the validated profile, so validation is
 * left out of the comparison, except in the last bench, which gives bipa-check the whole job (validate
 * and run the full pack with exposure) against the peer's eight rules.
 */
const encoded = bipaRules.filter((r) => (ENCODED_RULE_IDS as readonly string[]).includes(r.id));

for (const systems of SIZES) {
  const { data, profile } = fixture(systems);
  const flat = new PeerEngine("flat");
  const path = new PeerEngine("path");
  describe(`peer: 15(b), 15(d), 15(e) decisions, ${label(systems)}`, () => {
    bench("bipa-check same rules", () => void audit(profile, { asOf: AS_OF, ruleSet: encoded }), budget(systems));
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
