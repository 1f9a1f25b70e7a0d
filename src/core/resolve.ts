import type { AuthorityRef, Finding, ReportBase, RuleRef, SuppressedFinding } from "./report.js";

/*
 * A report lists each rule, authority, remedy and system once and its findings name them by id
 * (report version 3). A reader who wants a finding whole (its rule's title, its
 * authorities, its system's name, the place it points at) resolves it here; the formatters do, so
 * what a user reads is the same as when every finding carried its own copies.
 */

/** Where a finding points: its first piece of evidence (the column defaults to 1 where a line is known). */
export interface FindingLocation {
  pointer: string;
  line?: number;
  column?: number;
}

/** A finding with what it references filled in. */
export interface ResolvedFinding extends Finding {
  title: string;
  systemName?: string;
  authorities: AuthorityRef[];
  location: FindingLocation;
}

/** A suppressed finding, resolved. */
export type ResolvedSuppressedFinding = ResolvedFinding & Pick<SuppressedFinding, "suppression">;

/** A report whose findings (and suppressed findings) are resolved; everything else is the report's own. */
export type ResolvedReport<R extends ReportBase = ReportBase> = Omit<R, "findings" | "suppressed"> & {
  findings: ResolvedFinding[];
  suppressed: ResolvedSuppressedFinding[];
};

/** A report's catalogs as lookups, built once per report. */
interface Catalog {
  rules: Map<string, RuleRef>;
  authorities: Map<string, AuthorityRef>;
  systems: Map<string, string>;
  /** The resolved authority list of each rule, shared by every finding of the rule. */
  cited: Map<string, AuthorityRef[]>;
}

const catalogs = new WeakMap<ReportBase, Catalog>();
const resolvedReports = new WeakMap<ReportBase, ResolvedReport>();

function catalogOf(report: ReportBase): Catalog {
  let catalog = catalogs.get(report);
  if (!catalog) {
    catalog = {
      rules: new Map(report.rules.map((r) => [r.id, r])),
      authorities: new Map(report.authorities.map((a) => [a.id, a])),
      systems: new Map(report.systems.map((s) => [s.id, s.name])),
      cited: new Map(),
    };
    catalogs.set(report, catalog);
  }
  return catalog;
}

/** The finding's location: its first evidence (what code scanning and editors point at). */
export function findingLocation(finding: Pick<Finding, "evidence">): FindingLocation {
  const first = finding.evidence[0];
  if (!first) return { pointer: "" };
  return first.line !== undefined ? { pointer: first.pointer, line: first.line, column: first.column ?? 1 } : { pointer: first.pointer };
}

/**
 * The rule a finding names, from the report's `rules`.
 *
 * @throws TypeError when the report does not list it (a report assembled by hand, not by `audit`).
 */
export function ruleOf(report: ReportBase, ruleId: string): RuleRef {
  const rule = catalogOf(report).rules.get(ruleId);
  if (!rule) throw new TypeError(`report: finding of rule ${JSON.stringify(ruleId)}, which report.rules does not list`);
  return rule;
}

/** The name of a system, from the report's `systems` (undefined for an id it does not list). */
export function systemNameOf(report: ReportBase, systemId: string): string | undefined {
  return catalogOf(report).systems.get(systemId);
}

function citedBy(catalog: Catalog, rule: RuleRef): AuthorityRef[] {
  let list = catalog.cited.get(rule.id);
  if (!list) {
    list = rule.authorities.flatMap((id) => catalog.authorities.get(id) ?? []);
    catalog.cited.set(rule.id, list);
  }
  return list;
}

/**
 * One finding with its rule, authorities, system name and location filled in (keys in the order
 * version 2 gave them). A reference the report does not list (a report put together by hand) is
 * shown as its id, never an error: `reportSchema` is the check that every reference resolves.
 */
export function resolveFinding(report: ReportBase, finding: Finding): ResolvedFinding {
  const catalog = catalogOf(report);
  const rule = catalog.rules.get(finding.ruleId) ?? { id: finding.ruleId, title: finding.ruleId, section: finding.section, authorities: [], remedies: [] };
  const systemName = finding.systemId !== undefined ? (catalog.systems.get(finding.systemId) ?? finding.systemId) : undefined;
  const resolved: ResolvedFinding = {
    ruleId: finding.ruleId,
    title: rule.title,
    severity: finding.severity,
    section: finding.section,
    ...(finding.systemId !== undefined ? { systemId: finding.systemId, systemName } : {}),
    message: finding.message,
    basis: finding.basis,
    authorities: citedBy(catalog, rule),
    evidence: finding.evidence,
    remedies: finding.remedies,
    fingerprint: finding.fingerprint,
    location: findingLocation(finding),
  };
  return resolved;
}

/**
 * The report with every finding and suppressed finding resolved. Computed once per report object
 * (formatters of one run share it); the report itself is not changed.
 */
export function resolveReport<R extends ReportBase>(report: R): ResolvedReport<R> {
  const cached = resolvedReports.get(report);
  if (cached) return cached as ResolvedReport<R>;
  const resolved = {
    ...report,
    findings: report.findings.map((f) => resolveFinding(report, f)),
    suppressed: report.suppressed.map((s) => ({ ...resolveFinding(report, s), suppression: s.suppression })),
  } as ResolvedReport<R>;
  resolvedReports.set(report, resolved as ResolvedReport);
  return resolved;
}
