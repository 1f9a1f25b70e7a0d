import type { Pack } from "./core/pack.js";
import { allRuleIds, auditPacks, checkOptionValues, ORGANIZATION_ID } from "./engine/audit.js";
import type { RuleSetting } from "./engine/select.js";
import { bipaPackWith } from "./packs/bipa/index.js";
import type { Assumptions, Rule } from "./packs/bipa/rule.js";
import { SHIPPED_PACKS } from "./packs/index.js";
import type { LoadedProfile } from "./practices/load.js";
import type { Practices } from "./practices/schema.js";
import type { SourceMap } from "./practices/source-map.js";
import type { Report } from "./report/types.js";
import type { MatrixCell } from "./core/report.js";
import { optionValues } from "./engine/evaluate.js";
import { formatCount } from "./packs/bipa/exposure/words.js";
import type { SystemCache } from "./engine/system-cache.js";

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
  /** @internal Per-system outcomes reused across audits of profiles sharing system objects (the plan's re-audits). */
  cache?: SystemCache;
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
 * @throws TypeError for a pack option (`assumptions["<pack>/<slug>"]`) set to a value that is not one of its readings.
 * @example
 * const loaded = loadProfile(text, { file: "profile.yaml" });
 * if (loaded.ok) console.log(audit(loaded, { asOf: "2026-11-22" }).summary);
 */
export function audit(input: Practices | LoadedProfile, options: AuditOptions): Report {
  const all = selectPacks(options.packs, options.ruleSet);
  // Before the default selection, which reads the options of packs it may not run.
  checkOptionValues(all, options.assumptions ?? {});
  // By default, every applicable pack: a law no system is shown to be within is decided for the
  // matrix but not run, so a profile that states no facts for it gets no flood of open questions.
  const profile = "ok" in input ? input.profile : input;
  // Before the default selection, which reads the cache too (the engine starts it the same way).
  options.cache?.begin({ asOf: options.asOf, assumptions: options.assumptions, settings: options.rules ?? {}, sourceMap: options.sourceMap ?? ("ok" in input ? input.sourceMap : undefined) });
  const { run: packs, held } = options.packs === undefined ? defaultPacks(all, profile, options) : { run: all, held: [] };
  const running = new Set(packs.map((p) => p.id));
  const otherRuleIds = SHIPPED_PACKS.filter((p) => !running.has(p.id)).flatMap(allRuleIds);
  // The engine returns the shipped packs' extra fields untyped; their types are the Report's.
  const report = auditPacks(input, packs, {
    asOf: options.asOf,
    ...(options.rules ? { rules: options.rules } : {}),
    otherRuleIds,
    ...(options.assumptions ? { assumptions: options.assumptions } : {}),
    ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  }) as Report;
  const withHeld = held.length === 0 ? report : withHeldPacks(report, held, all);
  return options.packs === undefined ? withHeld : withUnselected(withHeld, running);
}

/**
 * With an explicit selection (`--pack`, packs turned off in the configuration, or `packs` in the
 * API), the shipped packs left out are named, so that a law missing from the report is not read as a
 * law with nothing to report.
 */
function withUnselected(report: Report, running: ReadonlySet<string>): Report {
  const left = SHIPPED_PACKS.filter((p) => !running.has(p.id));
  if (left.length === 0) return report;
  return {
    ...report,
    notes: [
      ...report.notes,
      `Not run, because the selection left them out (--pack, or packs turned off in the configuration): ${left.map((p) => `${p.id} (${p.citation})`).join(", ")}. This report says nothing about them.`,
    ],
  };
}

/** A pack not run by default, with its decision for each system. */
interface HeldPack {
  pack: Pack;
  cells: MatrixCell[];
}

/**
 * The default selection: BIPA (and any pack deciding through scope rules) always runs; another pack
 * runs when its law applies to at least one system. The others are held back with their decisions.
 */
function defaultPacks(packs: readonly Pack[], profile: Practices, options: AuditOptions): { run: Pack[]; held: HeldPack[] } {
  const run: Pack[] = [];
  const held: HeldPack[] = [];
  for (const pack of packs) {
    if (pack.scopeRules || !pack.applicability) {
      run.push(pack);
      continue;
    }
    const assumptions = { ...pack.defaultAssumptions, ...options.assumptions };
    // Once a pack, not once a system: the values, the law's name and the not-yet-in-force reason.
    const values = optionValues(assumptions);
    const law = lawTitle(pack);
    const notInForce = `${pack.citation} is in force from ${pack.effectiveFrom}; the audit is as of ${options.asOf}.`;
    const decide = (system: Practices["systems"][number], index: number): MatrixCell => {
      if (options.asOf < pack.effectiveFrom) {
        return { packId: pack.id, systemId: system.id, systemName: system.name, status: "does-not-apply", reason: notInForce, law };
      }
      const decided = pack.applicability!({ profile, system, index, asOf: options.asOf, assumptions, options: values });
      return { packId: pack.id, systemId: system.id, systemName: system.name, status: decided.status, reason: decided.reasons.join(" "), law };
    };
    const cache = options.cache;
    const cellOf = (system: Practices["systems"][number], index: number): MatrixCell =>
      cache ? cache.get("held", pack, system, index, profile.organization, () => decide(system, index)) : decide(system, index);
    // A pack that applies to one system runs, and the engine decides every system again: its cells
    // are not needed, so the decisions stop at the first system it applies to.
    const cells: MatrixCell[] = [];
    let applies = false;
    for (let index = 0; index < profile.systems.length && !applies; index++) {
      const cell = cellOf(profile.systems[index]!, index);
      if (cell.status === "applies") applies = true;
      else cells.push(cell);
    }
    if (applies) run.push(pack);
    else held.push({ pack, cells });
  }
  return { run, held };
}

/** A law's name as the matrix gives it: the title, with the citation when the title does not carry it. */
function lawTitle(pack: Pack): string {
  return pack.title.includes(pack.citation) ? pack.title : `${pack.title} (${pack.citation})`;
}

/** The held packs' decisions join the matrix (in pack order), and a note says why they were not run. */
function withHeldPacks(report: Report, held: readonly HeldPack[], order: readonly Pack[]): Report {
  const rank = new Map(order.map((p, i) => [p.id, i]));
  const matrix = [...report.matrix, ...held.flatMap((h) => h.cells)].sort((a, b) => (rank.get(a.packId) ?? 0) - (rank.get(b.packId) ?? 0));
  const open = held.filter((h) => h.cells.some((c) => c.status === "unknown"));
  const notes = [...report.notes];
  if (open.length > 0) {
    notes.push(
      `Not run, because no system is shown to be within them, though the profile leaves it open for some: ${open
        .map((h) => `${h.pack.id} (${formatCount(h.cells.filter((c) => c.status === "unknown").length)} of ${formatCount(h.cells.length)} systems unknown)`)
        .join(", ")}. The matrix says which facts decide; state them, or run a law with --pack <id> (its open questions are then reported as risks).`,
    );
  }
  return { ...report, matrix, notes };
}
