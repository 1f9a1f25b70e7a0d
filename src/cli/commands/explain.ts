import { bipaRules } from "../../packs/bipa/rules/index.js";
import { explainRule } from "../../format/rule-help.js";
import { closest } from "../../util/suggest.js";
import { UsageError } from "../errors.js";
import { colorEnabled } from "../color.js";
import type { CliIo } from "../io.js";
import { explainPackRule } from "../../format/pack-rule-help.js";
import { SHIPPED_PACKS } from "../../packs/index.js";

/** `bipa-check explain <rule>`: accepts `bipa/15c-profit` or `15c-profit`, or any pack's rule id (`tx-cubi/consent-before-capture`). */
export function runExplain(ruleId: string, flags: { color?: boolean }, io: CliIo): number {
  const rule = bipaRules.find((r) => r.id === ruleId) ?? bipaRules.find((r) => r.id === `bipa/${ruleId}`);
  const pack = rule ? undefined : SHIPPED_PACKS.find((p) => p.id !== "bipa" && p.rules.some((r) => r.id === ruleId));
  if (pack) {
    io.stdout.write(explainPackRule(pack, pack.rules.find((r) => r.id === ruleId)!, { color: colorEnabled(io.stdout, io.env, flags.color) }));
    return 0;
  }
  if (!rule) {
    const known = [...bipaRules.map((r) => r.id), ...SHIPPED_PACKS.flatMap((p) => (p.id === "bipa" ? [] : p.rules.map((r) => r.id)))];
    const hint = closest(ruleId.includes("/") ? ruleId : `bipa/${ruleId}`, known);
    throw new UsageError([
      `bipa-check: unknown rule "${ruleId}"${hint ? ` (did you mean "${hint}"?)` : ""}; \`bipa-check rules\` lists them all`,
    ]);
  }
  io.stdout.write(explainRule(rule, { color: colorEnabled(io.stdout, io.env, flags.color) }));
  return 0;
}
