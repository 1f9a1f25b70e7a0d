import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { decodeUtf8 } from "../practices/load.js";
import { formatProblem, type Problem } from "../practices/problems.js";
export type { CliIo } from "./cli-io.js";

/** How a path is shown in reports, SARIF and baselines: relative to the working directory, with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path)) || path;
  return rel.split(sep).join("/");
}

/**
 * Reads a file as UTF-8 text, or returns the problem (`io` if unreadable, `encoding` if not UTF-8,
 * `limit` if larger than `maxBytes`: checked on the file's size, before a byte is read).
 */
export function readText(path: string, cwd: string, maxBytes?: number): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  let bytes: Uint8Array;
  try {
    const size = maxBytes === undefined ? 0 : statSync(resolve(cwd, path)).size;
    if (maxBytes !== undefined && size > maxBytes) return { ok: false, problems: [overLimit(size, maxBytes)] };
    bytes = readFileSync(resolve(cwd, path));
  } catch (error) {
    return { ok: false, problems: [{ path: "", code: "io", message: ioMessage(error) }] };
  }
  return decodeUtf8(bytes);
}

/** The size refusal, in the loader's words; `size` is unknown for a stream cut off at the limit. */
export function overLimit(size: number | undefined, maxBytes: number): Problem {
  const what = size === undefined ? `input is over the limit of ${maxBytes} bytes` : `input is ${size} bytes, over the limit of ${maxBytes}`;
  return { path: "", code: "limit", message: `${what} (raise it with limits.maxBytes / --max-bytes)` };
}

/** A file-system error in words. */
export function ioMessage(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

export function problemLines(problems: readonly Problem[], file: string): string[] {
  return problems.map((p) => formatProblem(p, file));
}

/** Writes an output file, creating its directory. */
export function writeOutput(path: string, text: string, cwd: string): void {
  const target = resolve(cwd, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}
