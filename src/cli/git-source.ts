import { spawnSync } from "node:child_process";
import type { Problem } from "../practices/problems.js";
import { overLimit } from "./io.js";

/** The prefix that names a file at a git revision: `git:<ref>:<path>`. */
export const GIT_PREFIX = "git:";

export function isGitSpec(input: string): boolean {
  return input.startsWith(GIT_PREFIX);
}

/** A ref as git accepts it in `<ref>:<path>`: names, hashes, `HEAD~2`, `main^`, `v1.0`, `HEAD@{1}`; never an option. */
const REF = /^[A-Za-z0-9_][A-Za-z0-9._/~^@{}+-]*$/;

/**
 * `git:<ref>:<path>` → its ref and path, or what is wrong with it. The ref may not start with `-`
 * (it would read as an option) nor contain `..` (a range); the path is relative to the repository
 * root, without `..` segments or control characters.
 */
export function parseGitSpec(input: string): { ok: true; ref: string; path: string } | { ok: false; message: string } {
  const rest = input.slice(GIT_PREFIX.length);
  const colon = rest.indexOf(":");
  if (colon === -1) return { ok: false, message: "expected git:<ref>:<path>, e.g. git:HEAD~1:profiles/bipa.yaml" };
  const ref = rest.slice(0, colon);
  const path = rest.slice(colon + 1);
  if (!REF.test(ref) || ref.includes("..") || ref.endsWith(".lock")) {
    return { ok: false, message: `"${ref}" is not a git ref bipa-check accepts (a branch, tag, commit hash, or HEAD~N)` };
  }
  // eslint-disable-next-line no-control-regex
  if (path === "" || path.startsWith("/") || path.startsWith("-") || /[\u0000-\u001f\u007f]/.test(path) || path.split("/").includes("..")) {
    return { ok: false, message: `"${path}" is not a path bipa-check accepts (relative to the repository root, no ".." segments)` };
  }
  return { ok: true, ref, path };
}

function git(args: readonly string[], cwd: string, maxBuffer: number): { status: number | null; stdout: Buffer; stderr: string; error?: Error } {
  // No shell: the arguments go to git as they are. GIT_* variables that point git elsewhere are cleared.
  const env = { ...process.env };
  for (const key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER"]) delete env[key];
  const r = spawnSync("git", [...args], { cwd, maxBuffer, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString("utf8").trim() ?? "", ...(r.error ? { error: r.error } : {}) };
}

/**
 * The bytes of `<path>` at `<ref>` in the repository around `cwd`, read with `git show`; refused
 * before reading when larger than `maxBytes`. Problems come back as the loader's `Problem`s.
 */
export function readGitFile(spec: { ref: string; path: string }, cwd: string, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] } {
  const fail = (message: string) => ({ ok: false as const, problems: [{ path: "", code: "io" as const, message }] });
  const commit = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${spec.ref}^{commit}`], cwd, 1 << 16);
  if (commit.error) return fail(`cannot run git: ${commit.error.message}`);
  if (commit.status !== 0) {
    return fail(commit.stderr.includes("not a git repository") ? "not inside a git repository" : `unknown git revision "${spec.ref}"`);
  }
  const object = `${commit.stdout.toString("utf8").trim()}:${spec.path}`;
  const size = git(["cat-file", "-s", object], cwd, 1 << 16);
  if (size.status !== 0) return fail(`"${spec.path}" does not exist at ${spec.ref}`);
  const bytes = Number(size.stdout.toString("utf8").trim());
  if (bytes > maxBytes) return { ok: false, problems: [overLimit(bytes, maxBytes)] };
  const show = git(["show", "--no-textconv", object], cwd, maxBytes + 1);
  if (show.status !== 0 || show.error) return fail(`git show ${object} failed: ${show.stderr || show.error?.message || `exit ${show.status}`}`);
  return { ok: true, bytes: new Uint8Array(show.stdout) };
}
