import { audit } from "../../../src/audit.js";
import { PACK_IDS } from "../../../src/packs/index.js";
import { parseProfile } from "../../../src/practices/load.js";
import { AS_OF, fixture } from "../fixtures.js";
import { fmt, ratio, systems, verdict } from "../harness/format.js";
import { interleaved } from "../harness/timing.js";
import type { BenchModule } from "../harness/types.js";

/*
 * The cost of the jurisdiction packs (issue 11): the same validated profile audited with every shipped
 * pack named (each runs its applicability and its rules on every system, the worst case: the default
 * selection runs only the laws that apply) against BIPA alone. Target: the full set at most 2× BIPA.
 */
export const packs: BenchModule = {
  id: "packs",
  description: "every jurisdiction pack ÷ BIPA alone, same profile",
  async run(ctx) {
    const n = ctx.quick ? 1_000 : 2_000;
    ctx.log(systems(n));
    const parsed = parseProfile(fixture(n).data);
    if (!parsed.ok) throw new Error("invalid");
    const times = await interleaved(
      {
        "BIPA alone": () => audit(parsed.profile, { asOf: AS_OF, packs: ["bipa"] }),
        "every pack": () => audit(parsed.profile, { asOf: AS_OF, packs: [...PACK_IDS] }),
      },
      // Three rounds: a round of both takes about two seconds here, and the ratio held to 0.1× over five.
      { rounds: 3, warmup: 1, minRoundMs: 0 },
    );
    const r = times["every pack"]! / times["BIPA alone"]!;
    return {
      rows: [
        {
          measure: `audit with all ${PACK_IDS.length} packs named ÷ BIPA alone (${fmt(n)} systems; validated once, outside the timing)`,
          result: `${ratio(r)} (${fmt(times["every pack"]!)} ms vs ${fmt(times["BIPA alone"]!)} ms)`,
          target: "≤ 2×",
          met: verdict(r <= 2, `${ratio(r / 2)} over`),
        },
      ],
      raw: times,
    };
  },
};
