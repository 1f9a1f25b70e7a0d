import type { Pack } from "../core/pack.js";
import { DISCLAIMER, type Applicability, type MatrixCell, type PackOptionUse, type PackSection, type ReportBase } from "../core/report.js";
import type { LoadedProfile } from "../practices/load.js";
import type { Practices } from "../practices/schema.js";
import type { SourceMap } from "../practices/source-map.js";
import { VERSION } from "../version.js";
import { buildCatalogs } from "./catalogs.js";
import { evaluatePack, optionValues, packSummary, type PackOutcome } from "./evaluate.js";
import { cmp, compareFindings, dedupe, ORGANIZATION_ID, type Ordered, type RuleHead } from "./findings.js";
import { checkSettings, type RuleSetting } from "./select.js";
import type { SystemCache } from "./system-cache.js";

export { ORGANIZATION_ID };

export interface EngineOptions {
  /** The date to evaluate as of (YYYY-MM-DD). Required: nothing reads the clock. */
  asOf: string;
  /** Per rule id: `"off"`, or a severity that replaces the rule's own. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Rule ids of packs not run this time, which settings may name without error. */
  otherRuleIds?: readonly string[];
  /** Where a law is unsettled, what to assume (each pack reads its own keys over its defaults). */
  assumptions?: Readonly<Record<string, unknown>>;
  /** Source positions (from `loadProfile`), so evidence carries file lines. */
  sourceMap?: SourceMap;
  /** The file name to print in the report. */
  file?: string;
  /** @internal Per-system outcomes reused across audits of profiles sharing system objects (the plan's). */
  cache?: SystemCache;
}

/**
 * Runs the given packs on a profile and assembles one report: a section per pack, the applicability
 * matrix, every finding (by pack, then system, severity and rule), and the fields each pack's
 * `extend` hook adds. Knows no statute. Pure and synchronous.
 *
 * @throws TypeError for a malformed `asOf`, an empty or duplicated pack list; RuleSettingsError for
 *   settings naming no rule.
 */
export function auditPacks(input: Practices | LoadedProfile, packs: readonly Pack[], options: EngineOptions): ReportBase & Record<string, unknown> {
  assertDate(options.asOf);
  if (packs.length === 0) throw new TypeError("audit: no packs to run");
  const ids = packs.map((p) => p.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) throw new TypeError(`audit: pack ${JSON.stringify(duplicate)} given twice`);
  const loaded = "ok" in input ? input : undefined;
  const profile = loaded ? loaded.profile : (input as Practices);
  const sourceMap = options.sourceMap ?? loaded?.sourceMap;
  const file = options.file ?? loaded?.file;
  const settings = options.rules ?? {};
  checkSettings(packs.flatMap(allRuleIds), settings, options.otherRuleIds);
  checkOptionValues(packs, options.assumptions ?? {});

  const outcomes: PackOutcome[] = [];
  const ordered: Ordered[] = [];
  const notes: string[] = [];
  const assumptionsOf = (pack: Pack) => ({ ...pack.defaultAssumptions, ...options.assumptions });
  const cache = options.cache;
  cache?.begin({ asOf: options.asOf, assumptions: options.assumptions, settings, sourceMap });
  packs.forEach((pack, position) => {
    const assumptions = assumptionsOf(pack);
    const outcome = evaluatePack({ pack, position, profile, asOf: options.asOf, assumptions, settings, sourceMap, ...(cache ? { cache } : {}) });
    outcomes.push(outcome);
    for (const f of outcome.findings) ordered.push(f);
    if (pack.assumptionNotes) for (const n of pack.assumptionNotes(assumptions)) notes.push(n);
  });
  const findings = dedupe(ordered.sort(compareFindings));
  const heads = new Map<string, RuleHead>();
  for (const o of outcomes) for (const [id, head] of o.heads) if (!heads.has(id)) heads.set(id, head);
  const catalogs = buildCatalogs(profile, packs, heads, findings);
  const sections: PackSection[] = packs.map((pack, i) => section(pack, outcomes[i]!, profile, options.asOf, findings, assumptionsOf(pack)));
  const first = outcomes[0]!;
  const passed = outcomes.flatMap((o) => o.passed).sort((a, b) => cmp(a.systemId, b.systemId) || cmp(a.ruleId, b.ruleId));
  const notEngaged = outcomes.flatMap((o) => o.notEngaged).sort((a, b) => cmp(a.systemId, b.systemId) || cmp(a.ruleId, b.ruleId));
  const report: ReportBase = {
    reportVersion: 3,
    tool: { name: "bipa-check", version: VERSION },
    asOf: options.asOf,
    ...(file !== undefined ? { file } : {}),
    organization: { name: profile.organization.name, entityType: profile.organization.entityType },
    disclaimer: DISCLAIMER,
    ...catalogs,
    applicability: first.applicability,
    findings,
    suppressed: [],
    passed,
    ...(notEngaged.length > 0 ? { notEngaged } : {}),
    summary: {
      systems: profile.systems.length,
      systemsInScope: profile.systems.filter((_, i) => outcomes.some((o) => o.applicability[i]?.inScope)).length,
      rulesRun: outcomes.reduce((n, o) => n + o.rulesRun, 0),
      violation: findings.filter((f) => f.severity === "violation").length,
      risk: findings.filter((f) => f.severity === "risk").length,
      info: findings.filter((f) => f.severity === "info").length,
      suppressed: 0,
    },
    notes,
    matrix: packs.flatMap((pack, i) => outcomes[i]!.applicability.map((a) => cell(pack.id, a))),
    packs: sections,
  };
  const extras: Record<string, unknown> = {};
  packs.forEach((pack, i) => {
    // A cache made without them (the plan's re-audits) wants no pack's own fields: SystemCache.extend.
    if (!pack.extend || cache?.extend === false) return;
    const view = packView(report, pack, outcomes[i]!);
    const memo = cache?.memo(pack, profile.organization);
    for (const [key, value] of Object.entries(pack.extend({ report: view, profile, assumptions: assumptionsOf(pack), ...(memo ? { memo } : {}) }))) {
      if (key in report || key in extras) throw new Error(`pack ${pack.id}: report field ${JSON.stringify(key)} is already set`);
      extras[key] = value;
    }
  });
  return { ...report, ...extras };
}

/**
 * A value given for an option a pack declares must be one of its readings: a mistyped value read
 * silently as the default would report a reading nobody chose.
 * @throws TypeError naming the option and the values it takes.
 */
export function checkOptionValues(packs: readonly Pack[], assumptions: Readonly<Record<string, unknown>>): void {
  for (const option of packs.flatMap((p) => p.options ?? [])) {
    const value = assumptions[option.id];
    if (value === undefined || option.readings.some((r) => r.value === value)) continue;
    throw new TypeError(`audit: option ${option.id} is ${JSON.stringify(value)}; expected one of ${option.readings.map((r) => r.value).join(", ")}`);
  }
}

/** Each option a pack declares with the value the run applies, stated or the default. */
function optionUses(pack: Pack, assumptions: Readonly<Record<string, unknown>>): PackOptionUse[] {
  return (pack.options ?? []).map((option) => {
    const given = assumptions[option.id];
    return typeof given === "string" ? { id: option.id, value: given, stated: true } : { id: option.id, value: option.default, stated: false };
  });
}

/** The sentence a pack's notes carry for an option: the reading applied, and whether it was stated. */
function optionNote(pack: Pack, use: PackOptionUse): string {
  const option = pack.options!.find((o) => o.id === use.id)!;
  const reading = option.readings.find((r) => r.value === use.value)!;
  const how = use.stated ? "as stated for this run" : "the default, as none was stated";
  return `Option ${use.id} (${option.title}): ${use.value}, ${how}. ${reading.text}${reading.status ? ` [${reading.status}]` : ""}`;
}

/** Every rule id of a pack, all kinds. */
export function allRuleIds(pack: Pack): string[] {
  return [...(pack.scopeRules ?? []), ...pack.rules, ...(pack.organizationRules ?? [])].map((r) => r.id);
}

function section(pack: Pack, outcome: PackOutcome, profile: Practices, asOf: string, findings: ReportBase["findings"], assumptions: Readonly<Record<string, unknown>>): PackSection {
  const prefix = `${pack.id}/`;
  const own = findings.filter((f) => f.ruleId.startsWith(prefix));
  const applies = outcome.applicability.flatMap((a, index) => (a.inScope ? [index] : []));
  // The penalty model sees only the pack's own findings and the systems it applies to.
  const estimate = pack.penalty?.({
    profile,
    findings: own.map((f) => ({ ruleId: f.ruleId, ...(f.systemId !== undefined ? { systemId: f.systemId } : {}), severity: f.severity, basis: f.basis })),
    applies,
    asOf,
    options: optionValues(assumptions),
  });
  const uses = optionUses(pack, assumptions);
  const sorted = (list: PackOutcome["passed"]) => [...list].sort((a, b) => cmp(a.systemId, b.systemId) || cmp(a.ruleId, b.ruleId));
  return {
    id: pack.id,
    title: pack.title,
    jurisdiction: pack.jurisdiction,
    citation: pack.citation,
    effectiveFrom: pack.effectiveFrom,
    applicability: outcome.applicability,
    passed: sorted(outcome.passed),
    ...(outcome.notEngaged.length > 0 ? { notEngaged: sorted(outcome.notEngaged) } : {}),
    summary: packSummary(outcome, profile.systems.length, own),
    ...(estimate ? { estimate } : {}),
    ...(uses.length > 0 ? { options: uses } : {}),
    notes: [...pack.notes, ...uses.map((use) => optionNote(pack, use))],
  };
}

/** The report as one pack sees it: its own applicability, findings, passed and not-engaged rules. */
function packView(report: ReportBase, pack: Pack, outcome: PackOutcome): ReportBase {
  const own = report.packs.find((s) => s.id === pack.id)!;
  const prefix = `${pack.id}/`;
  const findings = report.findings.filter((f) => f.ruleId.startsWith(prefix));
  return {
    ...report,
    applicability: outcome.applicability,
    findings,
    passed: own.passed,
    ...(own.notEngaged ? { notEngaged: own.notEngaged } : {}),
    summary: { ...report.summary, ...own.summary, suppressed: 0 },
  };
}

/** One law × system cell: the status and the reason in one sentence. */
function cell(packId: string, a: Applicability): MatrixCell {
  const reason =
    a.excludedBy?.reason ??
    a.conditional?.reason ??
    (a.reasons && a.reasons.length > 0 ? a.reasons.join(" ") : a.status === "applies" ? "No scope rule excludes it on the stated facts." : "");
  return { packId, systemId: a.systemId, systemName: a.systemName, status: a.status, reason };
}

function assertDate(asOf: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
    throw new TypeError(`audit: asOf must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  }
}

