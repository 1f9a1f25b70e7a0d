import { z } from "zod";
import { audit, selectPacks, type AuditOptions } from "../audit.js";
import { parseProfile } from "../practices/load.js";
import { problemsFromZod, type Problem } from "../practices/problems.js";
import { practicesSchema, type Organization, type Practices } from "../practices/schema.js";
import type { SourceMap } from "../practices/source-map.js";
import { ExposureTotals } from "../packs/bipa/exposure/stacking.js";
import type { Range } from "../packs/bipa/exposure/types.js";
import type { Report } from "../report/types.js";
import { bipaRules } from "../packs/bipa/rules/index.js";
import type { Pack } from "../core/pack.js";
import type { RuleSetting } from "../engine/select.js";
import { addLine, lineSourceMap } from "./line-source-map.js";
import { DEFAULT_MAX_LINE_BYTES, splitLines, type NdjsonLine } from "./lines.js";

/*
 * Streaming audit of NDJSON inventories too large to hold in memory.
 *
 * Two layouts, told apart by the first non-blank line:
 * - header + systems: line 1 is `{"version":1,"organization":{...}}` (a profile without `systems`),
 *   and every later line is one system object. The organization can instead come from
 *   `options.organization` (a `--organization` file), and then every line is a system.
 * - profile per line: every line is a whole profile (`{"version":1,"organization":…,"systems":[…]}`),
 *   audited on its own.
 *
 * One result comes out per input line, in input order, as soon as the line is read: the consumer's
 * pace drives the reading, so memory holds one line and its report, plus the set of system ids seen
 * (to reject duplicates, as the schema does within a profile; turn off with `duplicateIds: "allow"`).
 * A bad line yields an error result with its line number and the stream goes on, unless
 * `stopOnError` is set; a line over `maxLineBytes` always stops it (its end may never come). Organization rules (which look at the organization, not a system) run once, at
 * the end, instead of once per line.
 */

/** Options for a streaming audit: the audit's own options, plus how the stream is read. */
export interface NdjsonAuditOptions extends Omit<AuditOptions, "sourceMap" | "file"> {
  /** The organization, when it is not the first line (e.g. read from an `--organization` file). */
  organization?: unknown;
  /** Stop after the first bad line (its error is still yielded). Default: report it and go on. */
  stopOnError?: boolean;
  /** Reject a system id already seen on an earlier line (default), or allow it. */
  duplicateIds?: "reject" | "allow";
  /** Longest line accepted, in UTF-16 code units. Default 10 MiB, the loader's input limit. */
  maxLineBytes?: number;
}

/** What the stream yields: one result per non-blank line, an organization result, then a summary. */
export type NdjsonResult =
  | { kind: "header"; line: number; organization: { name: string; entityType: string } }
  | { kind: "system"; line: number; systemId: string; report: Report }
  | { kind: "profile"; line: number; report: Report }
  | { kind: "organization"; report: Report }
  | { kind: "error"; line: number; problems: Problem[] }
  | { kind: "summary"; summary: NdjsonSummary };

/** Totals over the whole stream. */
export interface NdjsonSummary {
  layout: "header+systems" | "profile-per-line" | "none";
  /** Lines read, blank ones included. */
  lines: number;
  /** Lines that could not be audited. */
  errors: number;
  /** Systems audited (every system of every profile, in the profile-per-line layout). */
  systems: number;
  systemsInScope: number;
  violation: number;
  risk: number;
  info: number;
  /** The reports' Sec. 20 estimates combined as one estimate of all the systems would combine them (src/packs/bipa/exposure/stacking.ts). */
  exposureUsd: Range;
  /** True when the stream ended early: `stopOnError`, an over-long line, or an organization that could not be read. */
  stopped: boolean;
}

/** Accepts raw chunks (bytes or text with any boundaries) or lines already split. */
type Source = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

const systemSchema = practicesSchema.shape.systems.element;
const headerSchema = z.strictObject({
  $schema: practicesSchema.shape.$schema,
  version: practicesSchema.shape.version,
  organization: practicesSchema.shape.organization,
});

/**
 * Audits an NDJSON inventory, one line at a time, with bounded memory.
 *
 * @param source a Node Readable (`fs.createReadStream`, `process.stdin`) or any (async) iterable of
 *   text or byte chunks; chunk boundaries need not fall on line ends.
 * @example
 * for await (const result of auditNdjson(createReadStream("estate.ndjson"), { asOf: "2026-11-22" })) {
 *   process.stdout.write(`${JSON.stringify(result)}\n`);
 * }
 */
export async function* auditNdjson(source: Source, options: NdjsonAuditOptions): AsyncGenerator<NdjsonResult> {
  yield* auditNdjsonLines(splitLines(source, { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES }), options);
}

/**
 * The same, over lines already split: plain strings (numbered from 1) or `NdjsonLine`s from `splitLines`.
 */
export async function* auditNdjsonLines(
  lines: AsyncIterable<string | NdjsonLine> | Iterable<string | NdjsonLine>,
  options: NdjsonAuditOptions,
): AsyncGenerator<NdjsonResult> {
  const ruleSet = options.ruleSet ?? bipaRules;
  const split = splitRuleSettings(selectPacks(options.packs, ruleSet), options.rules ?? {});
  const auditOptions = {
    asOf: options.asOf,
    ruleSet,
    ...(options.packs ? { packs: options.packs } : {}),
    ...(options.assumptions ? { assumptions: options.assumptions } : {}),
  };
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const seen = options.duplicateIds === "allow" ? undefined : new Map<string, number>();
  const totals: NdjsonSummary = {
    layout: "none",
    lines: 0,
    errors: 0,
    systems: 0,
    systemsInScope: 0,
    violation: 0,
    risk: 0,
    info: 0,
    exposureUsd: { low: 0, high: 0 },
    stopped: false,
  };

  const exposure = new ExposureTotals();
  let header: { organization: Organization; sourceMap?: SourceMap } | undefined;
  let firstInScope: Practices | undefined;
  if (options.organization !== undefined) {
    const parsed = headerSchema.safeParse({ version: 1, organization: options.organization });
    if (!parsed.success) {
      totals.errors += 1;
      totals.stopped = true;
      yield { kind: "error", line: 0, problems: problemsFromZod(parsed.error, undefined, { organization: options.organization }, headerSchema) };
      yield { kind: "summary", summary: totals };
      return;
    }
    header = { organization: parsed.data.organization };
    totals.layout = "header+systems";
  }

  /** Adds a report's findings and exposure to the totals (systems too, unless it is the organization's). */
  const count = (report: Report, systems = true) => {
    if (systems) {
      totals.systems += report.summary.systems;
      totals.systemsInScope += report.summary.systemsInScope;
    }
    totals.violation += report.summary.violation;
    totals.risk += report.summary.risk;
    totals.info += report.summary.info;
    if (report.exposure) {
      exposure.add(report.exposure.systems.flatMap((s) => s.lines));
      totals.exposureUsd = exposure.totalUsd();
    }
  };

  let index = 0;
  for await (const item of lines) {
    const line: NdjsonLine = typeof item === "string" ? { number: index + 1, text: item, length: item.length } : item;
    index = line.number;
    totals.lines = line.number;
    if (line.text !== undefined && line.text.trim() === "") continue;

    const result = ((): NdjsonResult => {
      if (line.text === undefined || line.length > max) {
        // Fatal: the rest of an over-long line may never come (an endless line would hang the stream).
        totals.stopped = true;
        return lineError(
          line.number,
          "limit",
          "",
          `line is longer than the limit of ${max} characters (raise it with maxLineBytes / --max-line-bytes); the stream stops here, since the end of such a line may never come`,
        );
      }
      let data: unknown;
      try {
        data = JSON.parse(line.text);
      } catch (error) {
        return lineError(line.number, "yaml", "", `line is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }

      if (totals.layout === "none") {
        // The first line decides the layout.
        if (isObject(data) && "systems" in data) totals.layout = "profile-per-line";
        else {
          const parsed = headerSchema.safeParse(data);
          if (!parsed.success) {
            totals.stopped = true;
            const problems = problemsFromZod(parsed.error, undefined, data, headerSchema).map((p) => ({ ...p, line: line.number }));
            return {
              kind: "error",
              line: line.number,
              problems: [
                ...problems,
                {
                  path: "",
                  code: "schema",
                  line: line.number,
                  message: 'the first line must be a header {"version":1,"organization":{…}} (or a whole profile, one per line); without the organization no system can be audited',
                },
              ],
            };
          }
          totals.layout = "header+systems";
          header = { organization: parsed.data.organization, sourceMap: addLine(new Map(), data, "", line.number) };
          return { kind: "header", line: line.number, organization: { name: parsed.data.organization.name, entityType: parsed.data.organization.entityType } };
        }
      }

      if (totals.layout === "profile-per-line") {
        const loaded = parseProfile(data, { sourceMap: addLine(new Map(), data, "", line.number) });
        if (!loaded.ok) return { kind: "error", line: line.number, problems: loaded.problems.map((p) => ({ ...p, line: line.number, column: 1 })) };
        const report = audit(loaded, { ...auditOptions, ...(options.rules ? { rules: options.rules } : {}) });
        count(report);
        return { kind: "profile", line: line.number, report };
      }

      const parsed = systemSchema.safeParse(data);
      if (!parsed.success) {
        return { kind: "error", line: line.number, problems: problemsFromZod(parsed.error, undefined, data, systemSchema).map((p) => ({ ...p, line: line.number, column: 1 })) };
      }
      const system = parsed.data;
      if (seen) {
        const first = seen.get(system.id);
        if (first !== undefined) return lineError(line.number, "schema", "/id", `duplicate system id "${system.id}" (first used on line ${first})`);
        seen.set(system.id, line.number);
      }
      const profile: Practices = { version: 1, organization: header!.organization, systems: [system] };
      const report = audit(profile, { ...auditOptions, rules: split.perSystem, sourceMap: lineSourceMap(header!.sourceMap, data, line.number) });
      if (firstInScope === undefined && report.summary.systemsInScope > 0) firstInScope = profile;
      count(report);
      return { kind: "system", line: line.number, systemId: system.id, report };
    })();

    if (result.kind === "error") {
      totals.errors += 1;
      // Without a readable first line there is no organization, and nothing after it can be audited.
      if (totals.layout === "none") totals.stopped = true;
    }
    yield result;
    if (totals.stopped || (result.kind === "error" && options.stopOnError)) {
      totals.stopped = true;
      break;
    }
  }

  // Organization rules run once, as in a whole-profile audit: only if some system is in scope. In a
  // stream they see the first in-scope system, not all of them (holding all would defeat the stream).
  if (totals.layout === "header+systems" && firstInScope && split.hasOrganizationRules && !totals.stopped) {
    const report = audit(firstInScope, { ...auditOptions, rules: split.organizationOnly, ...(header?.sourceMap ? { sourceMap: header.sourceMap } : {}) });
    count(report, false);
    yield { kind: "organization", report };
  }
  yield { kind: "summary", summary: totals };
}

/**
 * Rule settings for the per-system audits (organization rules off) and the final one (only them), over
 * every pack that runs: the final audit must not repeat any pack's system findings.
 */
function splitRuleSettings(packs: readonly Pack[], settings: Readonly<Record<string, RuleSetting>>) {
  const off = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, "off" as const]));
  const organization = packs.flatMap((p) => (p.organizationRules ?? []).map((r) => r.id));
  const others = packs.flatMap((p) => [...(p.scopeRules ?? []), ...p.rules].map((r) => r.id));
  return {
    perSystem: { ...settings, ...off(organization) },
    organizationOnly: { ...settings, ...off(others) },
    hasOrganizationRules: organization.some((id) => settings[id] !== "off"),
  };
}

function lineError(line: number, code: Problem["code"], path: string, message: string): NdjsonResult {
  return { kind: "error", line, problems: [{ path, code, line, column: 1, message }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
