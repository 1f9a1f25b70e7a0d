import type { Severity } from "../core/report.js";
import { closest } from "../util/suggest.js";
import type { Rule } from "../packs/bipa/rule.js";

/** A rule setting in options or config: off, or the severity to report it at. */
export type RuleSetting = "off" | Severity;

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Whether the user replaced the rule's severity (then it applies to every finding of the rule). */
  overridden: boolean;
}

/** Thrown for rule settings that name no rule or no valid setting: a typo must not pass. */
export class RuleSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "RuleSettingsError";
  }
}

/** Applies `off` and severity overrides; rejects unknown rule ids with a suggestion. */
export function resolveRules(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): ActiveRule[] {
  const known = new Map(rules.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    if (!known.has(id)) {
      const hint = closest(id, [...known.keys()]);
      problems.push(`unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
    }
    if (!["off", "violation", "risk", "info"].includes(setting)) {
      problems.push(`rule "${id}": setting must be off, violation, risk or info, got ${JSON.stringify(setting)}`);
    }
  }
  if (problems.length > 0) throw new RuleSettingsError(problems);
  return rules
    .filter((rule) => settings[rule.id] !== "off")
    .map((rule) => {
      const setting = settings[rule.id];
      return setting && setting !== "off"
        ? { rule, severity: setting, overridden: true }
        : { rule, severity: rule.severity, overridden: false };
    });
}
