import { createReadStream, existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { failingFindings, isFailOn, type FailOn } from "../../report/exit-code.js";
import type { Report } from "../../report/types.js";
import { auditNdjson, type NdjsonResult } from "../../stream/index.js";
import { checkSharedArguments, type AuditFlags } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { loadSettings, STDIN } from "../inputs.js";
import type { CliIo } from "../io.js";

/** The options commander hands to `stream`, as typed strings (validated here). */
export type StreamFlags = Pick<AuditFlags, "failOn" | "asOf" | "rule" | "config" | "amendmentAppliesToPending"> & {
  stopOnError?: boolean;
};

/**
 * Runs `bipa-check stream`: audits an NDJSON inventory line by line with bounded memory and writes one
 * NDJSON result per line (each serialized and dropped), then the summary. Exit 0 when nothing fails
 * the run, 1 when a finding is at or above --fail-on, 2 when a line could not be audited or the input
 * cannot be read (a bad line is reported in place and the stream goes on unless --stop-on-error).
 */
export async function runStream(input: string, flags: StreamFlags, io: CliIo): Promise<number> {
  const errors: string[] = [];
  const failOn: FailOn = flags.failOn === undefined ? "violation" : isFailOn(flags.failOn) ? flags.failOn : "violation";
  if (flags.failOn !== undefined && !isFailOn(flags.failOn)) errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  const shared = checkSharedArguments(flags, errors);
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  const path = input === STDIN ? undefined : resolve(io.cwd, input);
  if (path !== undefined && (!existsSync(path) || !statSync(path).isFile())) throw new UsageError([`${input}: no such file`]);
  const settings = loadSettings([input], flags, { rules: shared.rules, assumptions: shared.assumptions }, io);

  const source = path !== undefined ? createReadStream(path) : (io.stdinChunks?.() ?? [await io.readStdin()]);
  let failing = false;
  let unusable = false;
  const fails = (report: Report) => failingFindings(report, failOn).length > 0;
  for await (const result of auditNdjson(source, {
    asOf: shared.asOf,
    rules: settings.rules,
    assumptions: settings.assumptions,
    ...(flags.stopOnError ? { stopOnError: true } : {}),
  })) {
    if ("report" in result && fails(result.report)) failing = true;
    if (result.kind === "error" || (result.kind === "summary" && result.summary.stopped)) unusable = true;
    io.stdout.write(`${JSON.stringify(result satisfies NdjsonResult)}\n`);
  }
  return unusable ? 2 : failing ? 1 : 0;
}
