import { relative, resolve, sep } from "node:path";
import { audit } from "../../audit.js";
import type { LoadedProfile } from "../../practices/load.js";
import type { RemediationPlan } from "../../plan/types.js";
import { locate, type Position } from "../../practices/source-map.js";
import { valueAt } from "../../practices/pointer.js";
import { SHIPPED_RULE_IDS } from "../../packs/index.js";
import { packsOf } from "../inputs.js";
import { gate } from "../../gate/gate.js";
import { formatNotice } from "../../gate/notice.js";
import { loadPieceFormatter } from "../../format/load.js";
import { escapeTerminal } from "../../format/escape-terminal.js";
import type { Report } from "../../report/types.js";
import { refuseInputsAsOutputs, writeInBatches, stdoutSink, writeOutputs, type RenderedOutput } from "../outputs.js";
import type { FormatOptions } from "../../format/types.js";
import type { Waiver } from "../../gate/waivers/schema.js";
import { parseWaivers } from "../../gate/waivers/load.js";
import { parseBaseline, serializeBaseline } from "../../gate/baseline/baseline.js";
import type { Baseline } from "../../gate/baseline/schema.js";
import type { AuditSettings } from "../../config/config.js";
import { checkArguments, noteDefaultAsOf, type AuditFlags, type CheckedArguments, type OutputSpec } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { expandGlob, GlobError, isGlob } from "../glob.js";
import { displayPath, fileExists, problemLines, type CliIo } from "../io.js";
import { pushAll } from "../../util/push-all.js";
import { DEFAULT_LIMITS } from "../../practices/load.js";
import { colorEnabled } from "../color.js";
import { configFileFor, loadProfiles, loadSettings, readSideFile, STDIN } from "../inputs.js";
import { repositoryRoot } from "../repo-root.js";
import { inLargerHeap } from "../larger-heap.js";

export type { AuditFlags } from "../audit-args.js";

/** Runs `bipa-check audit`; returns the exit code (0 or 1), or throws UsageError (2). */
export async function runAudit(inputs: readonly string[], flags: AuditFlags, io: CliIo): Promise<number> {
  const args = checkArguments(flags);
  noteDefaultAsOf(flags, args.asOf, io);
  const files = expandInputs(inputs, io.cwd);
  const knownRuleIds = SHIPPED_RULE_IDS;

  // Config: --config FILE, else the nearest bipa-check.config.* above the first profile.
  const settings = loadSettings(
    files,
    flags,
    {
      ...(args.failOn ? { failOn: args.failOn } : {}),
      rules: args.rules,
      ...(args.packs ? { packs: args.packs } : {}),
      ...(flags.waivers !== undefined ? { waivers: resolve(io.cwd, flags.waivers) } : {}),
      ...(flags.baseline !== undefined ? { baseline: resolve(io.cwd, flags.baseline) } : {}),
      assumptions: args.assumptions,
    },
    io,
  );
  if (flags.updateBaseline && settings.baseline === undefined) {
    throw new UsageError(["bipa-check: --update-baseline needs --baseline FILE (or `baseline:` in the config file)"]);
  }
  const needsRoot = args.outputs.some((o) => PATH_ROOTED.has(o.format));
  const root = needsRoot || flags.printConfig || flags.root !== undefined ? repositoryRoot(io.cwd, flags.root) : undefined;
  if (flags.printConfig) {
    io.stdout.write(printConfig(files, flags, settings, args, root, io));
    return 0;
  }
  // An output may not overwrite what the run reads (the baseline is written only by --update-baseline).
  refuseInputsAsOutputs(
    args.outputs.flatMap((o) => (o.dest !== undefined ? [o.dest] : [])),
    [...files.filter((f) => f !== STDIN), ...[settings.configFile, settings.waivers, settings.baseline].filter((f): f is string => f !== undefined)],
    io.cwd,
  );

  // A profile too large for this process's heap is audited by a second process with a larger one.
  // The HTML report computes the remediation plan, which needs more heap than the audit.
  const rerun = inLargerHeap(files, flags, args.asOf, args.limits, io, { plan: args.outputs.some((o) => o.format === "html") });
  if (rerun) return rerun;
  // Profiles, waivers and baseline: every file is read and checked, and every problem of every file
  // is reported at once (exit 2), so a CI user fixes them in one round; the gate applies the last two.
  const problems: string[] = [];
  const checked = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      pushAll(problems, error.lines);
      return undefined;
    }
  };
  // `let`, so the profiles (as large in memory as their reports) are released before rendering.
  let loaded: LoadedProfile[] | undefined;
  try {
    loaded = await loadProfiles(files, flags, args.limits, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    pushAll(problems, error.lines);
  }
  const waivers = settings.waivers !== undefined ? checked(() => readWaivers(settings, args, knownRuleIds, io.cwd)) : undefined;
  const baseline = settings.baseline !== undefined ? checked(() => readBaseline(settings.baseline!, flags.updateBaseline === true, args, io.cwd)) : undefined;
  if (problems.length > 0 || loaded === undefined) throw new UsageError(problems);
  const audited = loaded.map((profile) => audit(profile, { asOf: args.asOf, ...packsOf(settings), rules: settings.rules, assumptions: settings.assumptions }));
  refuseNonFiniteFigures(audited, loaded);
  const gated = gate(audited, {
    failOn: settings.failOn,
    asOf: args.asOf,
    ...(waivers ? { waivers } : {}),
    ...(baseline ? { baseline } : {}),
    updateBaseline: flags.updateBaseline === true,
    ...(args.maxRisks !== undefined ? { maxRisks: args.maxRisks } : {}),
  });
  const { reports, notices, exitCode } = gated;
  const baselineApplied = baseline !== undefined;

  const base: FormatOptions = {
    failOn: settings.failOn,
    exitCode,
    notices,
    baselineApplied,
    includeSuppressed: flags.sarifIncludeSuppressed === true,
    explain: flags.explain === true,
    quiet: flags.quiet === true,
    ...(args.outputs.some((o) => o.format === "html") ? { plans: await plansFor(reports, loaded, settings) } : {}),
    ...(args.maxRisks !== undefined ? { maxRisks: args.maxRisks } : {}),
    ...(root !== undefined ? { paths: { root, cwd: io.cwd } } : {}),
    sarifMaxResults: args.sarifMaxResults,
    ...(Number.isFinite(args.markdownBudget) ? { markdownBudget: args.markdownBudget } : {}),
    onLimit: (message) => io.stderr.write(`bipa-check: ${message}\n`),
  };
  loaded = undefined;
  // Every output is rendered as it is written, and the files land together (see outputs.ts): a run
  // that fails writes no report, and a run killed mid-write leaves the previous ones whole.
  const rendered: RenderedOutput[] = [];
  let textOnStdout = false;
  for (const spec of args.outputs) {
    const formatter = await loadPieceFormatter(spec.format);
    const toStdout = spec.dest === undefined;
    const fullReport = completeReport(args.outputs, spec);
    // Only text is coloured; not asking the others spares loading node:tty (is-terminal.ts).
    const options = { ...base, ...(fullReport !== undefined ? { fullReport } : {}), color: toStdout && spec.format === "text" && colorEnabled(io.stdout, io.env, flags.color) };
    rendered.push({ ...(spec.dest !== undefined ? { dest: spec.dest } : {}), text: (write) => formatter(reports, options, write) });
    if (toStdout && spec.format === "text") textOnStdout = true;
  }
  if (gated.updatedBaseline && baseline) rendered.push({ dest: settings.baseline!, text: serializeBaseline(gated.updatedBaseline) });
  writeOutputs(rendered, io.cwd, stdoutSink(io));
  if (gated.updatedBaseline && baseline && !flags.quiet) {
    const n = gated.updatedBaseline.entries.length;
    io.stderr.write(`bipa-check: wrote ${escapeTerminal(baseline.file)} (${n} ${n === 1 ? "entry" : "entries"})\n`);
  }

  // What the text format would have shown, for runs whose stdout is machine-readable (or a file).
  if (!textOnStdout && !flags.quiet) {
    if (flags.explain) {
      const text = await loadPieceFormatter("text");
      writeInBatches((write) => text(reports, { ...base, color: colorEnabled(io.stderr, io.env, flags.color) }, write), (piece) => io.stderr.write(piece));
    } else {
      for (const n of notices) io.stderr.write(`${escapeTerminal(formatNotice(n))}\n`);
    }
  }
  return exitCode;
}

/** The HTML report's remediation plans, one per report (a plan needs the profile, which a report lacks). */
async function plansFor(reports: readonly Report[], loaded: readonly LoadedProfile[], settings: AuditSettings): Promise<RemediationPlan[]> {
  const { plan } = await import("../../plan/plan.js");
  return reports.map((r, i) => plan(r, loaded[i]!.profile, { ...packsOf(settings), rules: settings.rules, assumptions: settings.assumptions }));
}

/**
 * A figure that is not a finite number (a count so large the arithmetic overflows) cannot be
 * reported: exit 2, naming the file, the system and its largest number (the likely cause) with its
 * line, instead of "$Infinity" or "$NaN".
 */
function refuseNonFiniteFigures(reports: readonly Report[], loaded: readonly LoadedProfile[]): void {
  const errors: string[] = [];
  const bad = (range: { low: number; high: number }) => !Number.isFinite(range.low) || !Number.isFinite(range.high);
  reports.forEach((r, i) => {
    const e = r.exposure;
    if (!e) return;
    const file = r.file ?? "<input>";
    const profile = loaded[i];
    for (const s of e.systems) {
      if (!bad(s.totalUsd) && !s.lines.some((l) => bad(l.amountUsd) || bad(l.violations))) continue;
      const index = profile?.profile.systems.findIndex((x) => x.id === s.systemId) ?? -1;
      const largest = index >= 0 ? largestNumber(profile!.data, `/systems/${index}`) : undefined;
      const pos = largest && profile ? locate(profile.sourceMap, largest.pointer) : undefined;
      const where = pos ? `${file}:${pos.line}:${pos.column}` : file;
      errors.push(
        `${where}: the Sec. 20 estimate for system "${s.systemId}" is not a finite number: ${largest ? `${largest.value} is too large to compute with (at ${largest.pointer})` : "a count or rate in the profile is too large to compute with"}`,
      );
    }
    if (!errors.length && bad(e.totalUsd)) errors.push(`${file}: the Sec. 20 estimate is not a finite number: the counts in the profile are too large to compute with`);
  });
  if (errors.length > 0) throw new UsageError(errors);
}

/** The largest number under `pointer` in the data as read, with its pointer. */
function largestNumber(data: unknown, pointer: string): { value: number; pointer: string } | undefined {
  let best: { value: number; pointer: string } | undefined;
  const stack: Array<{ v: unknown; p: string }> = [{ v: valueAt(data, pointer), p: pointer }];
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    if (typeof v === "number" && (best === undefined || Math.abs(v) > Math.abs(best.value))) best = { value: v, pointer: p };
    else if (Array.isArray(v)) v.forEach((item, k) => stack.push({ v: item, p: `${p}/${k}` }));
    else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) stack.push({ v: item, p: `${p}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}` });
  }
  return best;
}

/** The formats whose paths are made relative to the repository root. */
const PATH_ROOTED: ReadonlySet<string> = new Set(["sarif", "gitlab", "github"]);

/**
 * Where a truncated output (SARIF over GitHub's limits, Markdown over its budget) can send its
 * reader for everything: another output of this run written to a file, JSON first.
 */
function completeReport(outputs: readonly OutputSpec[], self: OutputSpec): string | undefined {
  const files = outputs.filter((o) => o !== self && o.dest !== undefined);
  for (const format of ["json", "text", "junit", "sarif", "markdown"] as const) {
    const hit = files.find((o) => o.format === format);
    if (hit) return hit.dest;
  }
  return undefined;
}

/** `--print-config`: the settings a run would use, as JSON, without reading a profile. */
function printConfig(
  files: readonly string[],
  flags: AuditFlags,
  settings: AuditSettings,
  args: CheckedArguments,
  root: string | undefined,
  io: CliIo,
): string {
  const configFile = configFileFor(files, flags, io.cwd);
  const shown = (p: string | undefined) => (p === undefined ? null : displayPath(p, io.cwd));
  const resolved = {
    config: shown(configFile),
    failOn: settings.failOn,
    maxRisks: args.maxRisks ?? null,
    asOf: args.asOf,
    rules: Object.fromEntries(Object.entries(settings.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    waivers: shown(settings.waivers),
    maxWaiverDays: settings.maxWaiverDays ?? null,
    baseline: shown(settings.baseline),
    assumptions: settings.assumptions,
    outputs: args.outputs.map((o) => ({ format: o.format, file: o.dest ?? "-" })),
    root: root === undefined ? null : relative(io.cwd, root).split(sep).join("/") || ".",
    markdownBudget: Number.isFinite(args.markdownBudget) ? args.markdownBudget : null,
    sarifMaxResults: args.sarifMaxResults,
    limits: { ...DEFAULT_LIMITS, ...args.limits },
  };
  return `${JSON.stringify(resolved, null, 2)}\n`;
}

/** Files, globs and `-` → the list to read, in the order given (globs sorted), without duplicates. */
function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      if (out.includes(STDIN)) errors.push('bipa-check: "-" (standard input) given twice');
      else out.push(STDIN);
      continue;
    }
    if (!isGlob(input)) {
      out.push(input);
      continue;
    }
    let matches: string[];
    try {
      matches = expandGlob(input, cwd);
    } catch (error) {
      // A limit passed, or a match that cannot be read as a file (a link out of the tree, a FIFO).
      if (error instanceof GlobError) pushAll(errors, error.problems);
      else errors.push(`${input}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (matches.length === 0) errors.push(`${input}: no files match this pattern`);
    pushAll(out, matches);
  }
  if (errors.length > 0) throw new UsageError(errors);
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = f === STDIN ? STDIN : resolve(cwd, f);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function readWaivers(settings: AuditSettings, args: CheckedArguments, knownRuleIds: readonly string[], cwd: string): Waiver[] {
  const shown = displayPath(settings.waivers!, cwd);
  const parsed = parseWaivers(readSideFile(settings.waivers!, shown, cwd), {
    file: shown,
    knownRuleIds,
    limits: args.limits,
    ...(settings.maxWaiverDays !== undefined ? { maxDays: settings.maxWaiverDays, asOf: args.asOf } : {}),
  });
  if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, shown));
  return parsed.waivers;
}

/** The baseline in force; with `--update-baseline` a missing file is fine (it is about to be written). */
function readBaseline(
  path: string,
  updating: boolean,
  args: CheckedArguments,
  cwd: string,
): { previous?: Baseline; file: string; positions?: ReadonlyMap<string, Position> } {
  const file = displayPath(path, cwd);
  if (updating && !fileExists(path)) return { file };
  const parsed = parseBaseline(readSideFile(path, file, cwd, updating ? undefined : "create it with --update-baseline"), args.limits);
  if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, file));
  return { previous: parsed.baseline, file, positions: parsed.positions };
}
