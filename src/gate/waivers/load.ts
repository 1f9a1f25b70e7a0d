import type { LoadLimits } from "../../practices/load.js";
import { withPosition, type Problem } from "../../practices/problems.js";
import { parseSideFile } from "../../config/parse-file.js";
import { closest } from "../../util/suggest.js";
import type { SourceMap } from "../../practices/source-map.js";
import { waiverFileSchema, type Waiver } from "./schema.js";

export interface ParseWaiversOptions {
  /** The waiver file's name, recorded on each waiver for notices. */
  file?: string;
  /** Rule ids that exist; a waiver for any other id is an error (with a "did you mean"). */
  knownRuleIds?: readonly string[];
  limits?: Partial<LoadLimits>;
  /**
   * A policy cap: a waiver that expires more than this many days after `asOf` is an error, so no
   * one can waive a finding for years. Needs `asOf`.
   */
  maxDays?: number;
  asOf?: string;
}

export type ParseWaiversResult = { ok: true; waivers: Waiver[] } | { ok: false; problems: Problem[] };

/**
 * Reads a waiver file. Every problem is returned at once with its line and column: a missing
 * justification, approver or expiry, an unknown key, an unknown rule id, or a duplicate waiver.
 *
 * @example
 * const result = parseWaivers(text, { file: "waivers.yaml", knownRuleIds: rules.map((r) => r.id) });
 * if (!result.ok) result.problems.forEach((p) => console.error(formatProblem(p, "waivers.yaml")));
 */
export function parseWaivers(text: string, options: ParseWaiversOptions = {}): ParseWaiversResult {
  const parsed = parseSideFile(text, waiverFileSchema, "waiver file", options.limits);
  if (!parsed.ok) return parsed.read ? { ok: false, problems: sortByLine([...parsed.problems, ...readableProblems(parsed.read, options)]) } : parsed;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const waivers = parsed.value.waivers.map((w, index): Waiver => {
    const at = (field: string) => withPosition({ path: `/waivers/${index}${field}`, message: "", code: "schema" }, parsed.sourceMap);
    const unknown = unknownRule(w.rule, options.knownRuleIds);
    if (unknown) problems.push({ ...at("/rule"), message: unknown });
    if (options.maxDays !== undefined && options.asOf !== undefined) {
      const days = daysBetween(options.asOf, w.expires);
      if (days > options.maxDays) {
        problems.push({
          ...at("/expires"),
          message: `expires ${w.expires}, ${days} days after ${options.asOf}; waivers may run at most ${options.maxDays} days (maxWaiverDays)`,
        });
      }
    }
    const duplicate = duplicateOf(seen, index, w.rule, w.target, w.file);
    if (duplicate) problems.push({ ...at(""), message: duplicate });
    const position = at("");
    return {
      ...w,
      source: {
        ...(options.file !== undefined ? { file: options.file } : {}),
        ...(position.line !== undefined ? { line: position.line, column: position.column ?? 1 } : {}),
      },
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, waivers };
}

function unknownRule(rule: string, known: readonly string[] | undefined): string | undefined {
  if (!known || known.includes(rule)) return undefined;
  const hint = closest(rule, known);
  return `unknown rule "${rule}"${hint ? ` (did you mean "${hint}"?)` : ""}`;
}

/** The duplicate message for a waiver with the same rule, target and file as an earlier one (and records it). */
function duplicateOf(seen: Map<string, number>, index: number, rule: string, target: string, file: string | undefined): string | undefined {
  const key = `${rule}\u0000${target}\u0000${file ?? ""}`;
  const first = seen.get(key);
  if (first !== undefined) return `duplicate waiver: same rule, target and file as waivers[${first}]`;
  seen.set(key, index);
  return undefined;
}

/**
 * With schema problems, the checks the schema cannot make (unknown rule ids, duplicates) still run on
 * the entries whose rule and target can be read, so that every problem is reported in one round.
 */
function readableProblems(read: { data: unknown; sourceMap: SourceMap }, options: ParseWaiversOptions): Problem[] {
  const list = typeof read.data === "object" && read.data !== null && "waivers" in read.data ? (read.data as { waivers: unknown }).waivers : undefined;
  if (!Array.isArray(list)) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null) return;
    const { rule, target, file } = entry as Record<string, unknown>;
    if (typeof rule !== "string") return;
    const at = (field: string) => withPosition({ path: `/waivers/${index}${field}`, message: "", code: "schema" }, read.sourceMap);
    const unknown = unknownRule(rule, options.knownRuleIds);
    if (unknown) problems.push({ ...at("/rule"), message: unknown });
    if (typeof target !== "string") return;
    const duplicate = duplicateOf(seen, index, rule, target, typeof file === "string" ? file : undefined);
    if (duplicate) problems.push({ ...at(""), message: duplicate });
  });
  return problems;
}

function sortByLine(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
