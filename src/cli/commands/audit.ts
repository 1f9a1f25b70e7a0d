import { relative, resolve, sep } from "node:path";
import { audit } from "../../engine/audit.js";
import type { Position } from "../../practices/source-map.js";
import { bipaRules } from "../../rules/bipa/index.js";
import { gate } from "../../report/gate.js";
import { formatNotice } from "../../report/notice.js";
import { loadFormatter } from "../../report/format/load.js";
import type { FormatOptions } from "../../report/format/types.js";
import type { Waiver } from "../../waivers/schema.js";
import { parseWaivers } from "../../waivers/load.js";
import { parseBaseline, serializeBaseline } from "../../baseline/baseline.js";
import type { Baseline } from "../../baseline/schema.js";
import type { AuditSettings } from "../../config/config.js";
import { DEFAULT_LIMITS } from "../../practices/load.js";
import { checkArguments, type AuditFlags, type CheckedArguments, type OutputSpec } from "../audit-args.js";
import { colorEnabled } from "../color.js";
import { UsageError } from "../errors.js";
import { expandGlob, isGlob } from "../glob.js";
import { configFileFor, loadProfiles, loadSettings, readSideFile, STDIN, writeOrFail } from "../inputs.js";
import { displayPath, fileExists, problemLines, type CliIo } from "../io.js";
import { repositoryRoot } from "../repo-root.js";

export type { AuditFlags } from "../audit-args.js";

/** Runs `bipa-check audit`; returns the exit code (0 or 1), or throws UsageError (2). */
export async function runAudit(inputs: readonly string[], flags: AuditFlags, io: CliIo): Promise<number> {
  const args = checkArguments(flags);
  const files = expandInputs(inputs, io.cwd);
  const knownRuleIds = bipaRules.map((r) => r.id);

  // Config: --config FILE, else the nearest bipa-check.config.* above the first profile.
  const settings = loadSettings(
    files,
    flags,
    {
      ...(args.failOn ? { failOn: args.failOn } : {}),
      rules: args.rules,
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

  // Profiles: read them all, report every problem of every file at once.
  const loaded = await loadProfiles(files, flags, args.limits, io);
  const audited = loaded.map((profile) => audit(profile, { asOf: args.asOf, rules: settings.rules, assumptions: settings.assumptions }));

  // Waivers and baseline: read and validated here (exit 2 on any problem), applied by the library's gate.
  const waivers = settings.waivers !== undefined ? readWaivers(settings, args, knownRuleIds, io.cwd) : undefined;
  const baseline = settings.baseline !== undefined ? readBaseline(settings.baseline, flags.updateBaseline === true, args, io.cwd) : undefined;
  const gated = gate(audited, {
    failOn: settings.failOn,
    asOf: args.asOf,
    ...(waivers ? { waivers } : {}),
    ...(baseline ? { baseline } : {}),
    updateBaseline: flags.updateBaseline === true,
    ...(args.maxRisks !== undefined ? { maxRisks: args.maxRisks } : {}),
  });
  if (gated.updatedBaseline && baseline) {
    writeOrFail(settings.baseline!, serializeBaseline(gated.updatedBaseline), baseline.file, io.cwd);
    const n = gated.updatedBaseline.entries.length;
    if (!flags.quiet) io.stderr.write(`bipa-check: wrote ${baseline.file} (${n} ${n === 1 ? "entry" : "entries"})\n`);
  }
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
    ...(args.maxRisks !== undefined ? { maxRisks: args.maxRisks } : {}),
    ...(root !== undefined ? { paths: { root, cwd: io.cwd } } : {}),
    sarifMaxResults: args.sarifMaxResults,
    ...(Number.isFinite(args.markdownBudget) ? { markdownBudget: args.markdownBudget } : {}),
    onLimit: (message) => io.stderr.write(`bipa-check: ${message}\n`),
  };
  let textOnStdout = false;
  for (const spec of args.outputs) {
    const formatter = await loadFormatter(spec.format);
    const toStdout = spec.dest === undefined;
    const fullReport = completeReport(args.outputs, spec);
    const text = formatter(reports, {
      ...base,
      ...(fullReport !== undefined ? { fullReport } : {}),
      color: toStdout && colorEnabled(io.stdout, io.env, flags.color),
    });
    if (toStdout) {
      io.stdout.write(text);
      if (spec.format === "text") textOnStdout = true;
    } else {
      writeOrFail(spec.dest!, text, spec.dest!, io.cwd);
    }
  }
  // What the text format would have shown, for runs whose stdout is machine-readable (or a file).
  if (!textOnStdout && !flags.quiet) {
    if (flags.explain) {
      const text = (await loadFormatter("text"))(reports, { ...base, color: colorEnabled(io.stderr, io.env, flags.color) });
      io.stderr.write(text);
    } else {
      for (const n of notices) io.stderr.write(`${formatNotice(n)}\n`);
    }
  }
  return exitCode;
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
      errors.push(`${input}: ${error instanceof Error ? error.message : String(error)}`); // e.g. a runaway **
      continue;
    }
    if (matches.length === 0) errors.push(`${input}: no files match this pattern`);
    out.push(...matches);
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
