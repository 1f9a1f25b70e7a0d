import { closeSync, createReadStream } from "node:fs";
import { resolve } from "node:path";
import { failingFindings, isFailOn, type FailOn } from "../../gate/exit-code.js";
import type { Report } from "../../report/types.js";
import { auditNdjson, DEFAULT_MAX_LINE_BYTES, type NdjsonResult } from "../../stream/index.js";
import { checkSharedArguments, noteDefaultAsOf, type AuditFlags } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { loadSettings, packsOf, STDIN } from "../inputs.js";
import { displayPath, type CliIo } from "../io.js";
import { openRegularFile } from "../read-bounded.js";
import { jsonLine } from "../../format/json-text.js";

/** The options commander hands to `stream`, as typed strings (validated here). */
export type StreamFlags = Pick<AuditFlags, "failOn" | "asOf" | "rule" | "config" | "amendmentAppliesToPending" | "option"> & {
  stopOnError?: boolean;
  maxLineBytes?: string;
};

/**
 * Runs `bipa-check stream`: audits an NDJSON inventory line by line with bounded memory and writes one
 * NDJSON result per line (each serialized and dropped), then the summary. Exit 0 when nothing fails
 * the run, 1 when a finding is at or above --fail-on, 2 when a line could not be audited or the input
 * cannot be read (a bad line is reported in place and the stream goes on unless --stop-on-error; a
 * line over --max-line-bytes always stops it, since its end may never come).
 */
export async function runStream(input: string, flags: StreamFlags, io: CliIo): Promise<number> {
  const errors: string[] = [];
  const failOn: FailOn = flags.failOn === undefined ? "violation" : isFailOn(flags.failOn) ? flags.failOn : "violation";
  if (flags.failOn !== undefined && !isFailOn(flags.failOn)) errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  const shared = checkSharedArguments(flags, errors);
  let maxLineBytes = DEFAULT_MAX_LINE_BYTES;
  if (flags.maxLineBytes !== undefined) {
    if (/^\d+$/.test(flags.maxLineBytes) && Number(flags.maxLineBytes) > 0) maxLineBytes = Number(flags.maxLineBytes);
    else errors.push(`--max-line-bytes ${flags.maxLineBytes}: expected a whole number above 0`);
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  noteDefaultAsOf(flags, shared.asOf, io);

  // Open (and check) the inventory before the config is read, so a bad path fails first.
  let fd: number | undefined;
  if (input !== STDIN) {
    const opened = openRegularFile(resolve(io.cwd, input));
    if (!opened.ok) throw new UsageError([`${displayPath(input, io.cwd)}: ${opened.problem.message}`]);
    fd = opened.fd;
  } else {
    const refusal = io.stdinRefusal?.();
    if (refusal !== undefined) throw new UsageError([`<stdin>: ${refusal}`]);
  }
  try {
    const settings = loadSettings([input], flags, { ...(shared.packs ? { packs: shared.packs } : {}), rules: shared.rules, assumptions: shared.assumptions }, io);
    const source = fd !== undefined ? createReadStream("", { fd, autoClose: false }) : (io.stdinChunks?.() ?? [await io.readStdin()]);
    let failing = false;
    let unusable = false;
    const fails = (report: Report) => failingFindings(report, failOn).length > 0;
    for await (const result of auditNdjson(source, {
      asOf: shared.asOf,
      ...packsOf(settings),
      rules: settings.rules,
      assumptions: settings.assumptions,
      maxLineBytes,
      ...(flags.stopOnError ? { stopOnError: true } : {}),
    })) {
      if ("report" in result && fails(result.report)) failing = true;
      if (result.kind === "error" || (result.kind === "summary" && result.summary.stopped)) unusable = true;
      io.stdout.write(jsonLine(result satisfies NdjsonResult));
      // Nothing audited and nothing wrong with any line: an empty, blank or header-only inventory (an
      // export that failed, say) is unusable input, as an empty profile is for audit, never a pass.
      if (result.kind === "summary" && result.summary.systems === 0 && result.summary.errors === 0) {
        io.stderr.write(`${input === STDIN ? "<stdin>" : displayPath(input, io.cwd)}: no system to audit: the inventory ${result.summary.layout === "header+systems" ? "has only its header line" : "is empty"}\n`);
        unusable = true;
      }
    }
    return unusable ? 2 : failing ? 1 : 0;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
