import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./errors.js";

/**
 * The directory code-scanning paths are relative to: `--root DIR` when given, else the git top level
 * (the nearest directory above the working directory that holds `.git`, a directory in a clone or a
 * file in a worktree or submodule), else the working directory. Found without running git.
 */
export function repositoryRoot(cwd: string, explicit?: string): string {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError([`bipa-check: --root ${explicit}: not a directory`]);
    return dir;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}
