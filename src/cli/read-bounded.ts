import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { isTerminal } from "./is-terminal.js";
import type { Problem } from "../practices/problems.js";

/*
 * The one way the CLI reads a file (profiles, config, waivers, baselines; the stream command opens
 * its inventory with openRegularFile). It opens without blocking (a FIFO with no writer would
 * otherwise hang the open itself), refuses anything the open file is not a regular file, and counts
 * the bytes it reads against the limit whatever `stat` says: a device reports size 0, /proc files
 * too, and a file can grow while it is read.
 */

/** How large a piece is read at a time. */
const CHUNK = 1 << 20;

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

/**
 * Reads a whole regular file, or returns the problem: `io` for a missing, unreadable or
 * non-regular file, `limit` once more than `maxBytes` bytes are there (by size, before a byte is
 * read, or by count while reading).
 */
export function readFileBounded(path: string, maxBytes: number): BoundedRead {
  const opened = openRegularFile(path);
  if (!opened.ok) return opened;
  const { fd, stats } = opened;
  try {
    if (stats.size > maxBytes) return { ok: false, problem: overLimit(stats.size, maxBytes) };
    const pieces: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Never ask for more than one byte past the limit: that byte is enough to refuse.
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const buffer = Buffer.allocUnsafe(want);
      const n = readSync(fd, buffer, 0, want, null);
      if (n === 0) break;
      pieces.push(n === want ? buffer : buffer.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, problem: overLimit(undefined, maxBytes) };
    }
    return { ok: true, bytes: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, total) };
  } catch (error) {
    return { ok: false, problem: ioProblem(ioMessage(error)) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a file for reading if, once open, it is a regular file (so a symbolic link is judged by what
 * it points to, and nothing can be swapped in between the check and the read). The caller closes `fd`.
 */
export function openRegularFile(path: string): { ok: true; fd: number; stats: Stats } | { ok: false; problem: Problem } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { ok: false, problem: ioProblem(ioMessage(error)) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { ok: true, fd, stats };
    closeSync(fd);
    return { ok: false, problem: ioProblem(notRegular(stats, isSymlink(path))) };
  } catch (error) {
    closeSync(fd);
    return { ok: false, problem: ioProblem(ioMessage(error)) };
  }
}

/** What a non-regular file is, in words; "" for a regular file. */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return "";
  if (stats.isDirectory()) return "a directory";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function notRegular(stats: Stats, link: boolean): string {
  if (stats.isDirectory() && !link) return "is a directory, not a file";
  const kind = fileKind(stats);
  return `${link ? `is a symbolic link to ${kind}` : `is ${kind}`}, not a regular file; bipa-check reads only regular files (it could not tell where such a file ends)`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Why standard input cannot be read, or undefined when it can: a pipe, a socket or a regular file
 * (`< profile.yaml`) can; a terminal (nothing was piped in) or a device (`< /dev/zero`) cannot.
 */
export function stdinRefusal(fd = 0): string | undefined {
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return undefined; // no descriptor 0 (closed): reading it ends at once
  }
  if (stats.isFIFO() || stats.isSocket() || stats.isFile()) return undefined;
  if (stats.isCharacterDevice() && isTerminal(fd)) {
    return "standard input is a terminal: pipe a profile into bipa-check (cat profile.yaml | bipa-check audit -) or name the file";
  }
  return `standard input is ${fileKind(stats)}, not a pipe or a regular file; bipa-check could not tell where it ends`;
}

/** The size refusal, in the loader's words; `size` is unknown for a stream or a file cut off at the limit. */
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
  if (code === "ELOOP") return "is a symbolic link that loops";
  if (code === "ENOTDIR") return "file not found (a part of the path is not a directory)";
  return error instanceof Error ? error.message : String(error);
}

function ioProblem(message: string): Problem {
  return { path: "", code: "io", message };
}
