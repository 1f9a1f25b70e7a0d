import type { z } from "zod";
import { closest } from "../util/suggest.js";
import { knownKeysAt } from "./known-keys.js";
import { toPointer, valueAt, type PathSegment } from "./pointer.js";
import { locate, type SourceMap } from "./source-map.js";

/** One reason a profile (or waiver, baseline, config file) cannot be used. */
export interface Problem {
  /** JSON pointer of the offending field ("" for the whole document). */
  path: string;
  message: string;
  /** 1-based line in the file, when the input came from text. */
  line?: number;
  /** 1-based column in the file, when the input came from text. */
  column?: number;
  /** Machine-readable kind: `yaml`, `schema`, `limit`, `encoding`, `io`. */
  code: "yaml" | "schema" | "limit" | "encoding" | "io";
}

/** `file:line:column: message (at /path)`, the form editors and CI logs link to. */
export function formatProblem(problem: Problem, file = "<input>"): string {
  const where = problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  const at = problem.path ? ` (at ${problem.path})` : "";
  return `${where}: ${problem.message}${at}`;
}

/** Turns zod issues into problems, one per unknown key, each with its file position. */
export function problemsFromZod(
  error: z.ZodError,
  sourceMap?: SourceMap,
  data?: unknown,
  schema?: z.core.$ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const pointer = toPointer([...path, key]);
        const hint = schema ? closest(key, knownKeysAt(schema, path)) : undefined;
        const message = `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`;
        problems.push(withPosition({ path: pointer, message, code: "schema" }, sourceMap));
      }
      continue;
    }
    const pointer = toPointer(path);
    const missing = issue.code === "invalid_type" && path.length > 0 && valueAt(data, pointer) === undefined;
    const message = missing ? `missing required field (${describeIssue(issue)})` : describeIssue(issue);
    problems.push(withPosition({ path: pointer, message, code: "schema" }, sourceMap));
  }
  return sortProblems(problems);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, "").replace(/, received undefined$/, "");
}

export function withPosition(problem: Problem, sourceMap?: SourceMap): Problem {
  const pos = locate(sourceMap, problem.path);
  return pos ? { ...problem, line: pos.line, column: pos.column } : problem;
}

/** File order first, then path, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
