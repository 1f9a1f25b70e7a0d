import { bipaRules } from "../../packs/bipa/rules/index.js";
import { explainRule } from "../../format/rule-help.js";
import { closest } from "../../util/suggest.js";
import { UsageError } from "../errors.js";
import { colorEnabled } from "../color.js";
import type { CliIo } from "../io.js";

/** `bipa-check explain <rule>`: accepts `bipa/15c-profit` or `15c-profit`. */
export function runExplain(ruleId: string, flags: { color?: boolean }, io: CliIo): number {
  const rule = bipaRules.find((r) => r.id === ruleId) ?? bipaRules.find((r) => r.id === `bipa/${ruleId}`);
  if (!rule) {
    const hint = closest(ruleId.includes("/") ? ruleId : `bipa/${ruleId}`, bipaRules.map((r) => r.id));
    throw new UsageError([
      `bipa-check: unknown rule "${ruleId}"${hint ? ` (did you mean "${hint}"?)` : ""}; \`bipa-check rules\` lists them all`,
    ]);
  }
  io.stdout.write(explainRule(rule, { color: colorEnabled(io.stdout, io.env, flags.color) }));
  return 0;
}
