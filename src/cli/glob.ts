import { readdirSync, type Dirent } from "node:fs";
import { isAbsolute, resolve } from "node:path";

/** Whether an argument is a pattern rather than a path. */
export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/** `a/{b,c}/*.{yaml,yml}` → four patterns. One level of braces, no nesting: enough for profile globs. */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const [whole, inner] = m;
  return inner!.split(",").flatMap((alt) => expandBraces(pattern.slice(0, m.index) + alt + pattern.slice(m.index + whole.length)));
}

/**
 * One glob segment → a regular expression: `*` any run of characters but `/`, `?` one character.
 * A leading `*` or `?` does not match a leading dot (as in shells), so `*` skips `.git`.
 */
function segmentRegExp(segment: string): RegExp {
  let out = "";
  for (const ch of segment) {
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else out += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const dotGuard = segment.startsWith(".") ? "" : "(?!\\.)";
  return new RegExp(`^${dotGuard}${out}$`);
}

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** The most directory entries one pattern may visit before it is refused (a runaway `**`). */
export const GLOB_LIMITS = { maxEntries: 200_000 };

/**
 * Expands `*`, `?`, `**` and `{a,b}` against the file system, relative to `cwd`. Returns matching
 * files (not directories), sorted, with `/` separators as written. Symbolic links to directories
 * are not followed, and `**` skips node_modules and .git, so a pattern cannot loop or run away.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const found = new Set<string>();
  let visited = 0;
  const count = () => {
    if (++visited > GLOB_LIMITS.maxEntries) throw new Error(`the pattern ${pattern} visits more than ${GLOB_LIMITS.maxEntries} entries`);
  };
  const walk = (dir: string, parts: readonly string[]): void => {
    if (parts.length === 0) return;
    const [head, ...tail] = parts as [string, ...string[]];
    let entries: Dirent[];
    try {
      entries = readdirSync(isAbsolute(dir) ? dir : resolve(cwd, dir === "" ? "." : dir), { withFileTypes: true });
    } catch {
      return;
    }
    if (head === "**") {
      walk(dir, tail); // "**" also matches zero directories
      for (const e of entries) {
        count();
        if (e.name.startsWith(".")) continue;
        if (tail.length === 0 && e.isFile()) found.add(joinPath(dir, e.name)); // a trailing "**": every file below
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(joinPath(dir, e.name), parts);
      }
      return;
    }
    const re = segmentRegExp(head);
    for (const e of entries) {
      count();
      if (!re.test(e.name)) continue;
      if (tail.length === 0) {
        if (e.isFile()) found.add(joinPath(dir, e.name));
      } else if (e.isDirectory()) {
        walk(joinPath(dir, e.name), tail);
      }
    }
  };
  for (const expanded of expandBraces(pattern.replace(/\\/g, "/"))) {
    if (!isGlob(expanded)) {
      // No pattern characters left after brace expansion: a plain path, checked when read.
      found.add(expanded);
      continue;
    }
    const segments = expanded.split("/");
    // The literal prefix is where the walk starts ("" for the working directory, "/" for the root).
    let i = 0;
    while (i < segments.length - 1 && !isGlob(segments[i]!)) i++;
    const base = segments.slice(0, i).join("/") || (expanded.startsWith("/") ? "/" : "");
    walk(base, segments.slice(i).filter((s) => s !== ""));
  }
  return [...found].sort();
}

function joinPath(a: string, b: string): string {
  return a === "" ? b : a.endsWith("/") ? `${a}${b}` : `${a}/${b}`;
}
