import type { Pack } from "./core/pack.js";
import { allRuleIds, auditPacks, ORGANIZATION_ID } from "./engine/audit.js";
import type { RuleSetting } from "./engine/select.js";
import { bipaPackWith } from "./packs/bipa/index.js";
import type { Assumptions, Rule } from "./packs/bipa/rule.js";
import { SHIPPED_PACKS } from "./packs/index.js";
import type { LoadedProfile } from "./practices/load.js";
import type { Practices } from "./practices/schema.js";
import type { SourceMap } from "./practices/source-map.js";
import type { Report } from "./report/types.js";

export { ORGANIZATION_ID };

export interface AuditOptions {
  /** The date to evaluate as of (YYYY-MM-DD). Required: nothing reads the clock. */
  asOf: string;
  /**
   * The packs to run, in report order: shipped pack ids (`"bipa"`) or pack objects (your own).
   * Defaults to every shipped pack; each decides per system whether its law applies.
   */
  packs?: ReadonlyArray<string | Pack>;
  /** Per rule id: `"off"`, or a severity that replaces the rule's own. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** BIPA rules to run instead of the BIPA pack's own (the pack's hooks stay). */
  ruleSet?: readonly Rule[];
  /** Where the law is unsettled, what to assume (BIPA: `Assumptions`; other packs read their own keys). */
  assumptions?: Partial<Assumptions> & Readonly<Record<string, unknown>>;
  /** Source positions (from `loadProfile`), so evidence carries file lines. */
  sourceMap?: SourceMap;
  /** The file name to print in the report. */
  file?: string;
}

/** Thrown for a pack id no shipped pack has (the message lists the known ones). */
export class UnknownPackError extends TypeError {
  constructor(
    readonly unknown: readonly string[],
    readonly known: readonly string[],
  ) {
    super(`unknown pack ${unknown.map((id) => JSON.stringify(id)).join(", ")}; known packs: ${known.join(", ")}`);
    this.name = "UnknownPackError";
  }
}

/**
 * The packs an audit runs: the ids resolved to shipped packs (objects passed through), every shipped
 * pack by default, and the BIPA pack rebuilt on `ruleSet` when one is given.
 * @throws UnknownPackError for an id no shipped pack has.
 */
export function selectPacks(packs: AuditOptions["packs"], ruleSet?: readonly Rule[]): Pack[] {
  const chosen = packs ?? SHIPPED_PACKS;
  const unknown = chosen.filter((p): p is string => typeof p === "string" && !SHIPPED_PACKS.some((s) => s.id === p));
  if (unknown.length > 0) throw new UnknownPackError(unknown, SHIPPED_PACKS.map((p) => p.id));
  return chosen.map((p) => {
    const pack = typeof p === "string" ? SHIPPED_PACKS.find((s) => s.id === p)! : p;
    return ruleSet && pack.id === "bipa" ? bipaPackWith(ruleSet) : pack;
  });
}

/**
 * Audits a practices profile against the shipped jurisdiction packs (by default all of them; BIPA
 * first). Pure and synchronous: the same profile, options and `asOf` give the same report, with a
 * section per pack, the applicability matrix, and findings sorted by pack, system, severity, rule and field.
 *
 * @param input a validated profile, or the successful result of `loadProfile` (which adds file lines).
 * @example
 * const loaded = loadProfile(text, { file: "profile.yaml" });
 * if (loaded.ok) console.log(audit(loaded, { asOf: "2026-11-22" }).summary);
 */
export function audit(input: Practices | LoadedProfile, options: AuditOptions): Report {
  const packs = selectPacks(options.packs, options.ruleSet);
  const running = new Set(packs.map((p) => p.id));
  const otherRuleIds = SHIPPED_PACKS.filter((p) => !running.has(p.id)).flatMap(allRuleIds);
  // The engine returns the shipped packs' extra fields untyped; their types are the Report's.
  return auditPacks(input, packs, {
    asOf: options.asOf,
    ...(options.rules ? { rules: options.rules } : {}),
    otherRuleIds,
    ...(options.assumptions ? { assumptions: options.assumptions } : {}),
    ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
  }) as Report;
}
