import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./errors.js";
import { displayPath, type CliIo } from "./io.js";
import { outputFailureLine } from "./write-failure.js";
import { textChunks } from "../util/text-chunks.js";
import { Utf8Batches } from "../util/utf8-batches.js";

/*
 * Writing a run's outputs so that no report is ever lost or left half-written: every file is first
 * written whole to a temporary file beside it, and only when all of them are complete are they
 * renamed over their destinations (a rename is atomic, so a reader, or a run killed mid-write, sees
 * the old report or the new one, never a part). A failure removes the temporary files and leaves
 * every destination as it was. Callers render everything first, so a run that ends in exit 2 or 3
 * writes nothing.
 */

/** Text whole, or a function that hands it over in pieces (so that no single string need hold it all). */
export type OutputText = string | ((write: (piece: string) => void) => void);

/** One rendered output. */
export interface RenderedOutput {
  /** The file, as given (relative to `cwd`); undefined for standard output. */
  dest?: string;
  text: OutputText;
}

/** How much text is gathered before one write. */
const BATCH = 1 << 20;

/** Writes text in pieces of about a megabyte, through `write`. */
export function writeInBatches(text: OutputText, write: (piece: string) => void): void {
  if (typeof text === "string") {
    for (const piece of textChunks(text, BATCH)) write(piece);
    return;
  }
  // Pieces joined once per batch, not `pending += piece` (a rope V8 flattens again when it is encoded).
  let pending: string[] = [];
  let length = 0;
  text((piece) => {
    pending.push(piece);
    length += piece.length;
    if (length >= BATCH) {
      write(pending.join(""));
      pending = [];
      length = 0;
    }
  });
  if (length > 0) write(pending.join(""));
}

/**
 * Writes text as UTF-8 bytes, about a megabyte per `flush` (see utf8-batches.ts: encoding piece by
 * piece into one buffer is ten times faster than gathering a string first). The bytes are only
 * valid during the call.
 */
export function writeUtf8(text: OutputText, flush: (bytes: Uint8Array) => void): void {
  const batches = new Utf8Batches(flush, BATCH);
  if (typeof text === "string") for (const piece of textChunks(text, BATCH)) batches.write(piece);
  else text((piece) => batches.write(piece));
  batches.end();
}

/** Where standard output goes: text, and (when the stream takes them) bytes, the faster path. */
export interface StdoutSink {
  write(piece: string): void;
  writeBytes?: ((bytes: Uint8Array) => void) | undefined;
}

/** The command's standard output as a sink: bytes when the stream takes them (the real process does). */
export function stdoutSink(io: CliIo): StdoutSink {
  const { stdout } = io;
  return { write: (piece) => stdout.write(piece), ...(stdout.writeBytes ? { writeBytes: (bytes: Uint8Array) => stdout.writeBytes?.(bytes) } : {}) };
}

interface Staged {
  shown: string;
  /** Where the text goes: the destination, or the file a symbolic link there points to. */
  target: string;
  temp?: string;
}

/**
 * Writes the outputs: each file to a temporary file beside it, then standard output, then every
 * file renamed into place. A file that cannot be written is a UsageError (exit 2) naming it; a
 * formatter that throws (a bug, exit 3) propagates. Either way no destination file is changed.
 */
export function writeOutputs(outputs: readonly RenderedOutput[], cwd: string, stdout: ((piece: string) => void) | StdoutSink): void {
  const sink: StdoutSink = typeof stdout === "function" ? { write: stdout } : stdout;
  const staged: Staged[] = [];
  try {
    outputs.forEach((o, i) => {
      if (o.dest !== undefined) staged.push(stage(o.dest, o.text, cwd, i));
    });
    for (const o of outputs) {
      if (o.dest === undefined) {
        if (sink.writeBytes) writeUtf8(o.text, sink.writeBytes);
        else writeInBatches(o.text, (piece) => sink.write(piece));
      }
    }
    for (const s of staged) {
      try {
        if (s.temp !== undefined) renameSync(s.temp, s.target);
      } catch (error) {
        throw new FileSystemError(s.shown, error);
      }
    }
  } catch (error) {
    for (const s of staged) if (s.temp !== undefined) removeQuietly(s.temp);
    if (error instanceof FileSystemError) throw new UsageError([outputFailureLine(error.shown, error.cause, "no output file was changed")]);
    throw error;
  }
}

/** A file-system failure while staging one output (as opposed to a formatter's own error, a bug). */
class FileSystemError extends Error {
  constructor(
    readonly shown: string,
    override readonly cause: unknown,
  ) {
    super(String(cause));
  }
}

/** Writes one output to a temporary file beside its destination (or, for a device or a pipe, straight to it). */
function stage(dest: string, text: OutputText, cwd: string, index: number): Staged {
  const shown = displayPath(dest, cwd);
  const fs = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      throw new FileSystemError(shown, error);
    }
  };
  const resolved = resolve(cwd, dest);
  const existing = statOrUndefined(resolved);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    // /dev/stdout, a named pipe: there is nothing to rename over, so it is written as it goes.
    writeFile(resolved, text, "w", fs);
    return { shown, target: resolved };
  }
  const target = existing !== undefined ? fs(() => realpathSync(resolved)) : resolved;
  fs(() => makeDirectories(dirname(target)));
  const temp = join(dirname(target), `.${basename(target)}.bipa-check-${process.pid}-${index}.tmp`);
  writeFile(temp, text, "wx", fs, existing?.isFile() ? existing.mode & 0o7777 : undefined);
  return { shown, target, temp };
}

/**
 * `mkdir -p`, one level at a time from the nearest existing ancestor. Node's recursive mkdir loops
 * for ever where a file system answers ENOENT to every create (procfs: `/proc/nope/r.json`); one
 * level at a time, that answer is an error like any other (exit 2).
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; statOrUndefined(d) === undefined; d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.push(d);
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      // Made meanwhile by another writer: fine.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

function writeFile(path: string, text: OutputText, flags: string, fs: <T>(step: () => T) => T, mode?: number): void {
  const fd = fs(() => openSync(path, flags));
  let ok = false;
  try {
    writeUtf8(text, (bytes) => {
      fs(() => {
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      });
    });
    if (flags === "wx") fs(() => fsyncSync(fd)); // on disk before the rename makes it the report
    if (mode !== undefined) fs(() => chmodSync(path, mode));
    ok = true;
  } finally {
    closeSync(fd);
    if (!ok && flags === "wx") removeQuietly(path);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Refuses (exit 2) an output file that is one of the run's inputs, by path or by identity (a
 * symbolic or hard link to it), before anything is read: `-f json=profile.yaml` must not overwrite the profile.
 */
export function refuseInputsAsOutputs(dests: readonly string[], inputs: readonly string[], cwd: string): void {
  const ids = new Map<string, string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    ids.set(`path:${path}`, input);
    const st = statOrUndefined(path);
    if (st) ids.set(`inode:${st.dev}:${st.ino}`, input);
  }
  const errors: string[] = [];
  for (const dest of dests) {
    const path = resolve(cwd, dest);
    const st = statOrUndefined(path);
    const input = ids.get(`path:${path}`) ?? (st?.isFile() ? ids.get(`inode:${st.dev}:${st.ino}`) : undefined);
    if (input !== undefined) {
      errors.push(`bipa-check: --format …=${displayPath(dest, cwd)}: that file is an input of this run (${displayPath(input, cwd)}); write the output elsewhere`);
    }
  }
  if (errors.length > 0) throw new UsageError(errors);
}
