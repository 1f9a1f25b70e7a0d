import { audit } from "../../audit.js";
import { pushAll } from "../../util/push-all.js";
import { decodeUtf8, DEFAULT_LIMITS, loadProfile, type LoadedProfile } from "../../practices/load.js";
import { isFailOn, type FailOn } from "../../gate/exit-code.js";
import { diffReports } from "../../diff/diff.js";
import { DIFF_FORMAT_NAMES, diffFormatters, failingAdded, type DiffFormatName } from "../../diff/format/index.js";
import { checkOutputs, checkSharedArguments, isCalendarDate, type AuditFlags, type SharedArguments, type OutputSpec } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { isGitSpec, parseGitSpec, readGitFile } from "../git-source.js";
import { loadProfiles, loadSettings, packsOf } from "../inputs.js";
import { inLargerHeap } from "../larger-heap.js";
import { refuseInputsAsOutputs, stdoutSink, writeOutputs, type RenderedOutput } from "../outputs.js";
import { problemLines, type CliIo } from "../io.js";

/** The options commander hands to `diff`, as typed strings (validated here). */
export type DiffFlags = Pick<
  AuditFlags,
  "format" | "failOn" | "asOf" | "rule" | "config" | "amendmentAppliesToPending" | "option" | "stdinFilename" | "maxBytes" | "maxDepth" | "maxAliases"
> & {
  /** `--as-of-after`: the date the after side is evaluated as of (default: `--as-of`). */
  asOfAfter?: string;
};

interface DiffArguments extends SharedArguments {
  outputs: Array<OutputSpec<DiffFormatName>>;
  failOn: FailOn;
  asOfAfter: string;
}

/**
 * Runs `bipa-check diff <before> [after]`: audits both sides (or one profile on two dates), compares
 * them and writes the diff. Returns 1 when an added finding is at or above `--fail-on`, else 0;
 * unusable input or arguments throw UsageError (exit 2).
 */
export async function runDiff(inputs: readonly string[], flags: DiffFlags, io: CliIo): Promise<number> {
  const args = checkDiffArguments(inputs, flags);
  const files = inputs.filter((i) => !isGitSpec(i));
  const settings = loadSettings(files, flags, { ...(args.packs ? { packs: args.packs } : {}), rules: args.rules, assumptions: args.assumptions }, io);
  const rerun = inLargerHeap(files, flags, args.asOf, args.limits, io);
  if (rerun) return rerun;
  const [before, after = before] = await loadSides(inputs, flags, args, io);
  if (!before || !after) throw new Error("loadSides returned no profile");
  const options = { ...packsOf(settings), rules: settings.rules, assumptions: settings.assumptions };
  const diff = diffReports(
    { report: audit(before, { ...options, asOf: args.asOf }), profile: before.profile },
    { report: audit(after, { ...options, asOf: args.asOfAfter }), profile: after.profile },
  );
  const failOn: FailOn = flags.failOn !== undefined ? args.failOn : settings.failOn;
  const exitCode = failingAdded(diff, failOn).length > 0 ? 1 : 0;
  // Written as the audit writes: to temporary files renamed together, never over an input.
  refuseInputsAsOutputs(args.outputs.flatMap((o) => (o.dest !== undefined ? [o.dest] : [])), files, io.cwd);
  const rendered: RenderedOutput[] = args.outputs.map((spec) => ({
    ...(spec.dest !== undefined ? { dest: spec.dest } : {}),
    text: diffFormatters[spec.format](diff, { failOn, exitCode }),
  }));
  writeOutputs(rendered, io.cwd, stdoutSink(io));
  return exitCode;
}

/** Validates every argument before any file is read, listing all mistakes at once. */
function checkDiffArguments(inputs: readonly string[], flags: DiffFlags): DiffArguments {
  const errors: string[] = [];
  const outputs = checkOutputs(flags.format, DIFF_FORMAT_NAMES, errors, "markdown=diff.md");
  const shared = checkSharedArguments(flags, errors);
  let failOn: FailOn = "violation";
  if (flags.failOn !== undefined) {
    if (isFailOn(flags.failOn)) failOn = flags.failOn;
    else errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  }
  const asOfAfter = flags.asOfAfter ?? shared.asOf;
  if (flags.asOfAfter !== undefined && !isCalendarDate(flags.asOfAfter)) errors.push(`--as-of-after ${flags.asOfAfter}: expected a calendar date as YYYY-MM-DD`);
  if (inputs.length === 1 && flags.asOfAfter === undefined) {
    errors.push("diff: give two profiles (before and after), or one profile with --as-of and --as-of-after to compare two dates");
  }
  if (inputs.length > 2) errors.push(`diff: expected at most two profiles (before and after), got ${inputs.length}`);
  if (inputs.length === 2 && inputs[0] === "-" && inputs[1] === "-") errors.push('diff: "-" (standard input) can be only one side');
  for (const input of inputs.filter(isGitSpec)) {
    const parsed = parseGitSpec(input);
    if (!parsed.ok) errors.push(`${input}: ${parsed.message}`);
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => (e.startsWith("bipa-check") ? e : `bipa-check: ${e}`)));
  return { outputs, ...shared, failOn, asOfAfter };
}

/** Reads each side: a file, standard input, or `git:<ref>:<path>`; every problem of both sides at once. */
async function loadSides(inputs: readonly string[], flags: DiffFlags, args: DiffArguments, io: CliIo): Promise<LoadedProfile[]> {
  const errors: string[] = [];
  const loaded: LoadedProfile[] = [];
  const maxBytes = args.limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  for (const input of inputs) {
    if (!isGitSpec(input)) {
      try {
        pushAll(loaded, await loadProfiles([input], flags, args.limits, io));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        pushAll(errors, error.lines);
      }
      continue;
    }
    const spec = parseGitSpec(input);
    if (!spec.ok) throw new Error("git spec checked before loading");
    const read = readGitFile(spec, io.cwd, maxBytes);
    const decoded = read.ok ? decodeUtf8(read.bytes) : read;
    if (!decoded.ok) {
      pushAll(errors, problemLines(decoded.problems, input));
      continue;
    }
    const result = loadProfile(decoded.text, { file: input, limits: args.limits });
    if (result.ok) loaded.push(result);
    else pushAll(errors, problemLines(result.problems, input));
  }
  if (errors.length > 0) throw new UsageError(errors);
  return loaded;
}
