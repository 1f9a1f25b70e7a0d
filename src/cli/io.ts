import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { decodeUtf8 } from "../practices/load.js";
import { formatProblem, type Problem } from "../practices/problems.js";
import { ioMessage, overLimit, readFileBounded } from "./read-bounded.js";
export type { CliIo } from "./cli-io.js";

/** How a path is shown in reports, SARIF and baselines: relative to the working directory, with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path)) || path;
  return rel.split(sep).join("/");
}

/**
 * Reads a regular file as UTF-8 text through the bounded reader, or returns the problem (`io` if
 * unreadable or not a regular file, `encoding` if not UTF-8, `limit` past `maxBytes`).
 */
export function readText(path: string, cwd: string, maxBytes: number): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const read = readFileBounded(resolve(cwd, path), maxBytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return decodeUtf8(read.bytes);
}

export { ioMessage, overLimit };

export function problemLines(problems: readonly Problem[], file: string): string[] {
  return problems.map((p) => formatProblem(p, file));
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}
