import { audit } from "../../../src/audit.js";
import { DEFAULT_ASSUMPTIONS, type SystemRule } from "../../../src/packs/bipa/rule.js";
import { parseProfile } from "../../../src/practices/load.js";
import type { Practices } from "../../../src/practices/schema.js";
import { bipaRules } from "../../../src/packs/bipa/rules/index.js";
import { AS_OF, fixture } from "../fixtures.js";
import { fmt, ratio, sizesLabel, systems, verdict } from "../harness/format.js";
import { interleaved } from "../harness/timing.js";
import type { BenchModule, Row } from "../harness/types.js";
import { ENCODED_RULE_IDS, PeerEngine } from "../peer/json-rules-engine.js";
import { planFor } from "./throughput.js";

/*
 * The same 15(b), 15(d) and 15(e) decisions, behind the Illinois-nexus scope rule, in json-rules-engine (tests/bench/peer; that both reach
 * the same decisions is checked in tests/bench-parity). Every contestant starts from the validated
 * profile. "decisions only" is the like-for-like row: the rules' checks, which give what the peer
 * gives (which finding, at which severity) plus the message. "full report" adds what the peer cannot
 * give: evidence with values, citations, remedies, sorting, the exposure estimate. The last row gives
 * bipa-check the whole job (validate, then the full pack with exposure) against the peer's nine rules (the Illinois-nexus scope rule first).
 */
const encoded = bipaRules.filter((r) => (ENCODED_RULE_IDS as readonly string[]).includes(r.id));
const encodedChecks = encoded.filter((r): r is SystemRule => r.kind !== "organization");
const scopeChecks = encodedChecks.filter((r) => r.kind === "scope");
const sectionChecks = encodedChecks.filter((r) => r.kind === "section");

/**
 * The rules' decisions alone, as the peer gives them: no report, evidence, citations or exposure. As
 * in audit(), the nexus runs first: outside the Act ends the system; an unknown nexus still runs the
 * section checks (for its conditional line); a duty that is not engaged is not checked.
 */
function decisionsOnly(profile: Practices): number {
  let drafts = 0;
  profile.systems.forEach((system, index) => {
    const ctx = { profile, system, index, asOf: AS_OF, assumptions: DEFAULT_ASSUMPTIONS };
    const scope = scopeChecks.flatMap((rule) => rule.check(ctx));
    drafts += scope.length;
    if (scope.some((d) => d.excludes)) return;
    const conditional = scope.some((d) => d.conditional);
    for (const rule of sectionChecks) {
      if (rule.engaged && !rule.engaged(ctx)) continue;
      const found = rule.check(ctx).length;
      if (!conditional) drafts += found;
    }
  });
  return drafts;
}

const ROWS = [
  ["decisions only", "flat", "json-rules-engine (flat facts) ÷ bipa-check, same 9 rules, decisions only"],
  ["decisions only", "path", "json-rules-engine (JSONPath facts) ÷ bipa-check, same 9 rules, decisions only"],
  ["full report", "flat", "json-rules-engine (flat facts) ÷ bipa-check, same 9 rules, full report"],
  ["validate + full pack", "flat", "json-rules-engine (flat facts, 9 rules) ÷ bipa-check validate + full pack"],
] as const;

export const peer: BenchModule = {
  id: "peer",
  description: "json-rules-engine on the same decisions, like for like",
  async run(ctx) {
    // json-rules-engine takes about half a millisecond a system with JSONPath facts: 1,000 systems
    // keep the largest size's rounds short enough to repeat (the ratios at 1,000 and 2,000 were alike).
    const sizes = ctx.quick ? [1, 100, 500] : [1, 100, 1_000];
    const perSize: Record<number, Record<string, number>> = {};
    const flat = new PeerEngine("flat");
    const path = new PeerEngine("path");
    for (const n of sizes) {
      ctx.log(systems(n));
      const { data, profile } = fixture(n);
      perSize[n] = await interleaved(
        {
          "decisions only": () => decisionsOnly(profile),
          "full report": () => audit(profile, { asOf: AS_OF, ruleSet: encoded }),
          "validate + full pack": () => {
            const loaded = parseProfile(data);
            if (!loaded.ok) throw new Error("invalid");
            return audit(loaded, { asOf: AS_OF });
          },
          flat: () => flat.decideAll(profile, AS_OF),
          path: () => path.decideAll(profile, AS_OF),
        },
        // Two rounds at the largest size: json-rules-engine takes about a second a round there. A task
        // quicker than 200 ms (bipa-check's decisions, about 12-50 ms) is called until the round
        // lasts that long, as at the smaller sizes: timed once, right after the peer's round, a call
        // took about 49 ms, against 29-30 ms batched and 11-13 ms in a loop of its own (ratios 28-41×
        // single, 52-55× batched).
        n >= 500 ? { rounds: 2, warmup: 1, minRoundMs: 200 } : planFor(n, ctx.quick),
      );
    }
    const largest = sizes[sizes.length - 1]!;
    const rows: Row[] = ROWS.map(([ours, theirs, text]) => {
      const r = sizes.map((n) => perSize[n]![theirs]! / perSize[n]![ours]!);
      const last = r[r.length - 1]!;
      return {
        measure: `${text} (${sizesLabel(sizes)})`,
        result: r.map(ratio).join(" / "),
        target: "≥ 50×",
        met: verdict(last >= 50, `${ratio(50 / last)} short at ${fmt(largest)}`),
      };
    });
    return { rows, raw: { medianMsPerCall: perSize } };
  },
};
