import type { LoadLimits } from "../../practices/load.js";
import { withPosition, type Problem } from "../../practices/problems.js";
import { parseSideFile } from "../../config/parse-file.js";
import { closest } from "../../util/suggest.js";
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
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const waivers = parsed.value.waivers.map((w, index): Waiver => {
    const at = (field: string) => withPosition({ path: `/waivers/${index}${field}`, message: "", code: "schema" }, parsed.sourceMap);
    if (options.knownRuleIds && !options.knownRuleIds.includes(w.rule)) {
      const hint = closest(w.rule, options.knownRuleIds);
      problems.push({ ...at("/rule"), message: `unknown rule "${w.rule}"${hint ? ` (did you mean "${hint}"?)` : ""}` });
    }
    if (options.maxDays !== undefined && options.asOf !== undefined) {
      const days = daysBetween(options.asOf, w.expires);
      if (days > options.maxDays) {
        problems.push({
          ...at("/expires"),
          message: `expires ${w.expires}, ${days} days after ${options.asOf}; waivers may run at most ${options.maxDays} days (maxWaiverDays)`,
        });
      }
    }
    const key = `${w.rule}\u0000${w.target}\u0000${w.file ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ ...at(""), message: `duplicate waiver: same rule, target and file as waivers[${first}]` });
    } else {
      seen.set(key, index);
    }
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

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
