import type { Severity } from "../core/report.js";
import { closest } from "../util/suggest.js";

/** A rule setting in options or config: off, or the severity to report it at. */
export type RuleSetting = "off" | Severity;

/** What selection needs of a rule, of any pack. */
export interface SelectableRule {
  id: string;
  severity: Severity;
}

export interface ActiveRule<R extends SelectableRule = SelectableRule> {
  rule: R;
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
export function resolveRules<R extends SelectableRule>(rules: readonly R[], settings: Readonly<Record<string, RuleSetting>>): ActiveRule<R>[] {
  checkSettings(rules.map((r) => r.id), settings);
  return applySettings(rules, settings);
}

/**
 * Rejects settings that name no rule of the audit's packs (with a suggestion) or no valid setting.
 * A rule of a known pack that is not run this time (`--pack`) is not an error: pass its id in `alsoKnown`.
 */
export function checkSettings(known: readonly string[], settings: Readonly<Record<string, RuleSetting>>, alsoKnown: readonly string[] = []): void {
  const ids = new Set(known);
  const other = new Set(alsoKnown);
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    if (!ids.has(id) && !other.has(id)) {
      const hint = closest(id, [...ids, ...other]);
      problems.push(`unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
    }
    if (!["off", "violation", "risk", "info"].includes(setting)) {
      problems.push(`rule "${id}": setting must be off, violation, risk or info, got ${JSON.stringify(setting)}`);
    }
  }
  if (problems.length > 0) throw new RuleSettingsError(problems);
}

/** The rules left on, each with the severity to report it at. */
export function applySettings<R extends SelectableRule>(rules: readonly R[], settings: Readonly<Record<string, RuleSetting>>): ActiveRule<R>[] {
  return rules
    .filter((rule) => settings[rule.id] !== "off")
    .map((rule) => {
      const setting = settings[rule.id];
      return setting && setting !== "off"
        ? { rule, severity: setting, overridden: true }
        : { rule, severity: rule.severity, overridden: false };
    });
}
