import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Generated files checked into the repository ("golden" files): the expected example reports and the
 * generated docs. Tests compare each file with what the code produces now; with `BIPA_UPDATE=1` (set
 * by scripts/vitest.update.config.ts, i.e. `npm run examples:update` / `npm run docs`) they rewrite it.
 */

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Whether this run rewrites generated files instead of checking them. */
export const UPDATING = process.env.BIPA_UPDATE === "1";

/** A file the code generates, by path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

export type GoldenStatus = "current" | "written" | "stale" | "missing";

/** Repository-relative path with forward slashes (stable across platforms). */
export function repoPath(absolute: string): string {
  return relative(ROOT, absolute).split("\\").join("/");
}

export function readRepoFile(path: string): string | undefined {
  const absolute = join(ROOT, path);
  return existsSync(absolute) ? readFileSync(absolute, "utf8") : undefined;
}

/**
 * Compares a generated file with the checked-in one. When updating, writes it if it differs.
 * Line endings are normalised so a Windows checkout does not read as stale.
 */
export function syncGolden(file: GeneratedFile): { status: GoldenStatus; onDisk: string | undefined } {
  const onDisk = readRepoFile(file.path);
  const same = onDisk !== undefined && onDisk.replace(/\r\n/g, "\n") === file.content;
  if (same) return { status: "current", onDisk };
  if (UPDATING) {
    const absolute = join(ROOT, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, file.content);
    return { status: "written", onDisk: file.content };
  }
  return { status: onDisk === undefined ? "missing" : "stale", onDisk };
}

/**
 * Files in a generated directory that the code no longer produces (a renamed or removed rule or
 * example). When updating, they are deleted; otherwise they are returned so a test can fail.
 */
export function orphans(directory: string, pattern: RegExp, expected: ReadonlySet<string>): string[] {
  const absolute = join(ROOT, directory);
  if (!existsSync(absolute)) return [];
  const stray = readdirSync(absolute)
    .filter((name) => pattern.test(name))
    .map((name) => `${directory}/${name}`)
    .filter((path) => !expected.has(path))
    .sort();
  if (UPDATING) {
    for (const path of stray) rmSync(join(ROOT, path));
    return [];
  }
  return stray;
}
