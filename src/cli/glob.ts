import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { fileKind } from "./read-bounded.js";

/** Whether an argument is a pattern rather than a path. */
export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/**
 * What one pattern may cost. A pattern comes from a command line or a CI file, and a hostile or
 * careless one must end quickly with a message: `{a,b}{a,b}…` doubles with each pair of braces, and
 * `**` walks everything below its start.
 */
export const GLOB_LIMITS = {
  /** Longest pattern, in characters. */
  maxPatternLength: 1_000,
  /** Most patterns brace expansion may produce. */
  maxExpansions: 1_000,
  /** Most directory entries one pattern may visit (a runaway `**`). */
  maxEntries: 200_000,
  /** Most files one pattern may match. */
  maxMatches: 100_000,
};

/** A pattern that cannot be expanded, with every reason (one line each, `path: message`). */
export class GlobError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "GlobError";
  }
}

/**
 * `a/{b,c}/*.{yaml,yml}` → four patterns; nested braces expand from the inside out. Refuses (throws
 * GlobError) before producing more than `GLOB_LIMITS.maxExpansions` patterns.
 */
export function expandBraces(pattern: string): string[] {
  let patterns = [pattern];
  for (;;) {
    const next: string[] = [];
    let changed = false;
    for (const p of patterns) {
      const m = /\{([^{}]*)\}/.exec(p);
      if (!m) {
        next.push(p);
        continue;
      }
      changed = true;
      for (const alt of m[1]!.split(",")) {
        next.push(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length));
        if (next.length > GLOB_LIMITS.maxExpansions) {
          throw new GlobError([`${pattern}: its braces expand to more than ${GLOB_LIMITS.maxExpansions} patterns; list fewer alternatives`]);
        }
      }
    }
    patterns = next;
    if (!changed) return patterns;
  }
}

/**
 * Whether a name matches one glob segment: `*` any run of characters, `?` one character, anything
 * else itself. A leading `*` or `?` does not match a leading dot (as in shells), so `*` skips `.git`.
 * Linear in practice and never worse than name × segment (no regular expression to backtrack).
 */
export function matchSegment(segment: string, name: string): boolean {
  if (name.startsWith(".") && !segment.startsWith(".")) return false;
  const p = [...segment];
  const n = [...name];
  let pi = 0;
  let ni = 0;
  let star = -1;
  let mark = 0;
  while (ni < n.length) {
    if (pi < p.length && (p[pi] === "?" || (p[pi] !== "*" && p[pi] === n[ni]))) {
      pi++;
      ni++;
    } else if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = ni;
    } else if (star !== -1) {
      pi = star + 1;
      ni = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * Expands `*`, `?`, `**` and `{a,b}` against the file system, relative to `cwd`. Returns matching
 * files (not directories), sorted, with `/` separators as written.
 *
 * Symbolic links are followed when they point inside the tree (the working directory, or the
 * pattern's own starting directory when that lies outside it), and a directory is walked once
 * however many links lead to it, so a pattern cannot loop. A link that points out of the tree, a
 * dangling link, or a match that is not a regular file (a FIFO, a device) is never skipped silently:
 * the pattern fails with a GlobError naming each, as it does when it passes a limit.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  if (pattern.length > GLOB_LIMITS.maxPatternLength) {
    throw new GlobError([`${pattern.slice(0, 60)}…: the pattern is ${pattern.length} characters long, over the limit of ${GLOB_LIMITS.maxPatternLength}`]);
  }
  const found = new Set<string>();
  const problems: string[] = [];
  let visited = 0;
  const count = () => {
    if (++visited > GLOB_LIMITS.maxEntries) throw new GlobError([`${pattern}: the pattern visits more than ${GLOB_LIMITS.maxEntries} entries`]);
  };
  const add = (path: string) => {
    found.add(path);
    if (found.size > GLOB_LIMITS.maxMatches) throw new GlobError([`${pattern}: the pattern matches more than ${GLOB_LIMITS.maxMatches} files`]);
  };
  const cwdReal = realOrSelf(cwd);
  const walked = new Set<string>();

  const walkFrom = (base: string, segments: readonly string[]) => {
    const start = resolve(cwd, base === "" ? "." : base);
    const startReal = realOrSelf(start);
    const tree = inside(startReal, cwdReal) ? cwdReal : startReal;

    /** An entry as a file or a directory to descend into, following a link only within the tree. */
    const classify = (dir: string, e: Dirent): { kind: "file" | "dir"; real: string } | { kind: "skip" } | { kind: "problem"; message: string } => {
      const full = resolve(cwd, joinPath(dir, e.name));
      if (!e.isSymbolicLink()) {
        if (e.isFile()) return { kind: "file", real: full };
        if (e.isDirectory()) return { kind: "dir", real: full };
        return { kind: "problem", message: `is ${kindOf(full)}, not a regular file` };
      }
      let real: string;
      let stats: Stats;
      try {
        real = realpathSync(full);
        stats = statSync(real);
      } catch {
        return { kind: "problem", message: "is a symbolic link to nothing (its target is missing or loops)" };
      }
      if (!inside(real, tree)) {
        return { kind: "problem", message: `is a symbolic link to ${shown(real, cwd)}, outside ${shown(tree, cwd) || "the working directory"}; it is not followed` };
      }
      if (stats.isFile()) return { kind: "file", real };
      if (stats.isDirectory()) return { kind: "dir", real };
      return { kind: "problem", message: `is a symbolic link to ${fileKind(stats)}, not a regular file` };
    };

    const walk = (dir: string, parts: readonly string[]): void => {
      if (parts.length === 0) return;
      const abs = isAbsolute(dir) ? dir : resolve(cwd, dir === "" ? "." : dir);
      const key = `${realOrSelf(abs)}\u0000${parts.join("/")}`;
      if (walked.has(key)) return; // reached again through a link: its files are already found
      walked.add(key);
      let entries: Dirent[];
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // the same links win on every file system
      const [head, ...tail] = parts as [string, ...string[]];
      if (head === "**") {
        walk(dir, tail); // "**" also matches zero directories
        for (const e of entries) {
          count();
          if (e.name.startsWith(".")) continue;
          const path = joinPath(dir, e.name);
          const c = classify(dir, e);
          if (c.kind === "problem") {
            if (tail.length === 0 || e.isSymbolicLink()) problems.push(`${path}: ${c.message}`);
            continue;
          }
          if (c.kind === "file" && tail.length === 0) add(path); // a trailing "**": every file below
          if (c.kind === "dir" && !SKIP_DIRS.has(e.name)) walk(path, parts);
        }
        return;
      }
      for (const e of entries) {
        count();
        if (!matchSegment(head, e.name)) continue;
        const path = joinPath(dir, e.name);
        const c = classify(dir, e);
        if (c.kind === "problem") {
          if (tail.length === 0 || e.isSymbolicLink()) problems.push(`${path}: ${c.message}`);
          continue;
        }
        if (tail.length === 0) {
          if (c.kind === "file") add(path);
        } else if (c.kind === "dir") {
          walk(path, tail);
        }
      }
    };
    walk(base, segments);
  };

  for (const expanded of expandBraces(pattern.replace(/\\/g, "/"))) {
    if (!isGlob(expanded)) {
      // No pattern characters left after brace expansion: a plain path, checked when read.
      add(expanded);
      continue;
    }
    const segments = expanded.split("/");
    // The literal prefix is where the walk starts ("" for the working directory, "/" for the root).
    let i = 0;
    while (i < segments.length - 1 && !isGlob(segments[i]!)) i++;
    const base = segments.slice(0, i).join("/") || (expanded.startsWith("/") ? "/" : "");
    walkFrom(base, segments.slice(i).filter((s) => s !== ""));
  }
  if (problems.length > 0) throw new GlobError([...new Set(problems)].sort());
  return [...found].sort();
}

function joinPath(a: string, b: string): string {
  return a === "" ? b : a.endsWith("/") ? `${a}${b}` : `${a}/${b}`;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether `path` is `root` or below it. */
function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel.split(sep).join("/");
}

function kindOf(path: string): string {
  try {
    return fileKind(lstatSync(path));
  } catch {
    return "not a regular file";
  }
}
