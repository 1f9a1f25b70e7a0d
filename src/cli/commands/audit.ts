import { dirname, resolve } from "node:path";
import { audit } from "../../engine/audit.js";
import type { Assumptions } from "../../engine/rule.js";
import { resolveRules, RuleSettingsError, type RuleSetting } from "../../engine/select.js";
import { loadProfile, decodeUtf8, type LoadedProfile, type LoadLimits } from "../../practices/load.js";
import { bipaRules } from "../../rules/bipa/index.js";
import { exitCodeFor, isFailOn, type FailOn } from "../../report/exit-code.js";
import { formatNotice, type RunNotice } from "../../report/notice.js";
import type { Report } from "../../report/types.js";
import { loadFormatter } from "../../report/format/load.js";
import { isFormatName, FORMAT_NAMES, type FormatName, type FormatOptions } from "../../report/format/types.js";
import { applyWaivers, waiverNotices } from "../../waivers/apply.js";
import { parseWaivers } from "../../waivers/load.js";
import { applyBaseline, baselineNotices, buildBaseline, parseBaseline, serializeBaseline } from "../../baseline/baseline.js";
import type { Baseline } from "../../baseline/schema.js";
import { configCandidates, mergeSettings, parseConfig } from "../../config/config.js";
import type { Config } from "../../config/schema.js";
import { UsageError } from "../errors.js";
import { expandGlob, isGlob } from "../glob.js";
import { displayPath, fileExists, problemLines, readText, useColor, writeOutput, type CliIo } from "../io.js";

/** The options commander hands to `audit`, as typed strings (validated here). */
export interface AuditFlags {
  format?: string[];
  failOn?: string;
  asOf?: string;
  rule?: string[];
  config?: string | boolean;
  waivers?: string;
  baseline?: string;
  updateBaseline?: boolean;
  explain?: boolean;
  quiet?: boolean;
  color?: boolean;
  sarifIncludeSuppressed?: boolean;
  amendmentAppliesToPending?: string;
  stdinFilename?: string;
  maxBytes?: string;
  maxDepth?: string;
  maxAliases?: string;
}

interface OutputSpec {
  format: FormatName;
  /** undefined = stdout */
  dest?: string;
}

const STDIN = "-";

/** Runs `bipa-check audit`; returns the exit code (0 or 1), or throws UsageError (2). */
export async function runAudit(inputs: readonly string[], flags: AuditFlags, io: CliIo): Promise<number> {
  const args = checkArguments(flags);
  const files = expandInputs(inputs, io.cwd);
  const knownRuleIds = bipaRules.map((r) => r.id);

  // Config: --config FILE, else the nearest bipa-check.config.* above the first profile.
  const configFile =
    typeof flags.config === "string" ? resolve(io.cwd, flags.config) : flags.config === false ? undefined : findConfig(files, io.cwd);
  const config = configFile ? readConfig(configFile, knownRuleIds, io.cwd) : undefined;
  const settings = mergeSettings(config, configFile, {
    ...(args.failOn ? { failOn: args.failOn } : {}),
    rules: args.rules,
    ...(flags.waivers !== undefined ? { waivers: resolve(io.cwd, flags.waivers) } : {}),
    ...(flags.baseline !== undefined ? { baseline: resolve(io.cwd, flags.baseline) } : {}),
    assumptions: args.assumptions,
  });
  try {
    resolveRules(bipaRules, settings.rules);
  } catch (error) {
    if (error instanceof RuleSettingsError) throw new UsageError(error.problems.map((p) => `bipa-check: --rule: ${p}`));
    throw error;
  }
  if (flags.updateBaseline && settings.baseline === undefined) {
    throw new UsageError(["bipa-check: --update-baseline needs --baseline FILE (or `baseline:` in the config file)"]);
  }

  // Profiles: read them all, report every problem of every file at once.
  const loaded = await loadProfiles(files, flags, args.limits, io);
  let reports: Report[] = loaded.map((profile) =>
    audit(profile, { asOf: args.asOf, rules: settings.rules, assumptions: settings.assumptions }),
  );

  const notices: RunNotice[] = [];
  if (settings.waivers !== undefined) {
    const shown = displayPath(settings.waivers, io.cwd);
    const text = readSideFile(settings.waivers, shown, io.cwd);
    const parsed = parseWaivers(text, {
      file: shown,
      knownRuleIds,
      limits: args.limits,
      ...(settings.maxWaiverDays !== undefined ? { maxDays: settings.maxWaiverDays, asOf: args.asOf } : {}),
    });
    if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, shown));
    const applied = applyWaivers(reports, parsed.waivers, args.asOf);
    reports = applied.reports;
    notices.push(...waiverNotices(applied.outcomes));
  }

  let baselineApplied = false;
  if (settings.baseline !== undefined) {
    const shown = displayPath(settings.baseline, io.cwd);
    let previous: Baseline | undefined;
    let positions: ReadonlyMap<string, { line: number; column: number }> | undefined;
    if (!flags.updateBaseline || fileExists(settings.baseline)) {
      const text = readSideFile(settings.baseline, shown, io.cwd, flags.updateBaseline ? undefined : "create it with --update-baseline");
      const parsed = parseBaseline(text, args.limits);
      if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, shown));
      previous = parsed.baseline;
      positions = parsed.positions;
    }
    if (flags.updateBaseline) {
      const next = buildBaseline(reports, previous);
      writeOrFail(settings.baseline, serializeBaseline(next), shown, io.cwd);
      if (!flags.quiet) io.stderr.write(`bipa-check: wrote ${shown} (${next.entries.length} ${next.entries.length === 1 ? "entry" : "entries"})\n`);
      reports = applyBaseline(reports, next).reports;
    } else if (previous) {
      const applied = applyBaseline(reports, previous);
      reports = applied.reports;
      notices.push(...baselineNotices(applied.status, shown, positions));
    }
    baselineApplied = true;
  }

  const exitCode = exitCodeFor(reports, settings.failOn);
  const base: FormatOptions = {
    failOn: settings.failOn,
    exitCode,
    notices,
    baselineApplied,
    includeSuppressed: flags.sarifIncludeSuppressed === true,
    explain: flags.explain === true,
    quiet: flags.quiet === true,
  };
  let textOnStdout = false;
  for (const spec of args.outputs) {
    const formatter = await loadFormatter(spec.format);
    const toStdout = spec.dest === undefined;
    const text = formatter(reports, { ...base, color: toStdout && useColor(io.stdout, io.env, flags.color !== false) });
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
      const text = (await loadFormatter("text"))(reports, { ...base, color: useColor(io.stderr, io.env, flags.color !== false) });
      io.stderr.write(text);
    } else {
      for (const n of notices) io.stderr.write(`${formatNotice(n)}\n`);
    }
  }
  return exitCode;
}

interface CheckedArguments {
  outputs: OutputSpec[];
  failOn?: FailOn;
  asOf: string;
  rules: Record<string, RuleSetting>;
  assumptions: Partial<Assumptions>;
  limits: Partial<LoadLimits>;
}

/** Validates every argument first, so a typo fails before any file is read, with all mistakes listed. */
function checkArguments(flags: AuditFlags): CheckedArguments {
  const errors: string[] = [];
  const outputs: OutputSpec[] = [];
  for (const spec of flags.format?.length ? flags.format : ["text"]) {
    const eq = spec.indexOf("=");
    const name = eq === -1 ? spec : spec.slice(0, eq);
    const dest = eq === -1 ? undefined : spec.slice(eq + 1);
    if (!isFormatName(name)) {
      errors.push(`--format ${spec}: unknown format "${name}"; expected one of ${FORMAT_NAMES.join(", ")}`);
      continue;
    }
    if (dest === "") errors.push(`--format ${spec}: expected a file after "=" (or "-" for standard output)`);
    outputs.push({ format: name, ...(dest !== undefined && dest !== "-" && dest !== "" ? { dest } : {}) });
  }
  if (outputs.filter((o) => o.dest === undefined).length > 1) {
    errors.push("--format: only one format can write to standard output; give the others a file, e.g. --format sarif=bipa.sarif");
  }
  const dests = outputs.flatMap((o) => (o.dest ? [resolve(o.dest)] : []));
  if (new Set(dests).size !== dests.length) errors.push("--format: two formats write to the same file");

  let failOn: FailOn | undefined;
  if (flags.failOn !== undefined) {
    if (isFailOn(flags.failOn)) failOn = flags.failOn;
    else errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  }

  const asOf = flags.asOf ?? new Date().toISOString().slice(0, 10); // the only clock read in bipa-check
  if (!isCalendarDate(asOf)) errors.push(`--as-of ${asOf}: expected a calendar date as YYYY-MM-DD`);

  const rules: Record<string, RuleSetting> = {};
  for (const spec of flags.rule ?? []) {
    const m = /^([^=]+)=(off|violation|risk|info)$/.exec(spec.trim());
    if (!m) errors.push(`--rule ${spec}: expected RULE=off|violation|risk|info, e.g. --rule bipa/15c-profit=risk`);
    else rules[m[1]!.trim()] = m[2] as RuleSetting;
  }

  const assumptions: Partial<Assumptions> = {};
  const amendment = flags.amendmentAppliesToPending;
  if (amendment !== undefined) {
    if (amendment === "yes") assumptions.amendmentAppliesToPendingClaims = true;
    else if (amendment === "no") assumptions.amendmentAppliesToPendingClaims = false;
    else if (amendment === "unknown") assumptions.amendmentAppliesToPendingClaims = "unknown";
    else errors.push(`--amendment-applies-to-pending ${amendment}: expected yes, no or unknown`);
  }

  const limits: Partial<LoadLimits> = {};
  for (const [flag, key, value] of [
    ["--max-bytes", "maxBytes", flags.maxBytes],
    ["--max-depth", "maxDepth", flags.maxDepth],
    ["--max-aliases", "maxAliases", flags.maxAliases],
  ] as const) {
    if (value === undefined) continue;
    if (/^\d+$/.test(value) && Number(value) > 0) limits[key] = Number(value);
    else errors.push(`${flag} ${value}: expected a whole number above 0`);
  }
  if (flags.updateBaseline && flags.baseline === undefined && flags.config === false) {
    errors.push("--update-baseline needs --baseline FILE");
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  return { outputs, ...(failOn ? { failOn } : {}), asOf, rules, assumptions, limits };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
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

function findConfig(files: readonly string[], cwd: string): string | undefined {
  const first = files.find((f) => f !== STDIN);
  const start = first === undefined ? cwd : dirname(resolve(cwd, first));
  for (const names of configCandidates(start)) {
    const present = names.filter(fileExists);
    if (present.length > 1) {
      throw new UsageError([`bipa-check: found ${present.map((p) => displayPath(p, cwd)).join(" and ")}; keep one config file per directory`]);
    }
    if (present[0]) return present[0];
  }
  return undefined;
}

function readConfig(file: string, knownRuleIds: readonly string[], cwd: string): Config {
  const shown = displayPath(file, cwd);
  const parsed = parseConfig(readSideFile(file, shown, cwd), { knownRuleIds });
  if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, shown));
  return parsed.config;
}

/** Reads a config, waiver or baseline file as UTF-8; unreadable → UsageError naming the file. */
function readSideFile(path: string, shown: string, cwd: string, hint?: string): string {
  const read = readText(path, cwd);
  if (!read.ok) {
    const notFound = hint && read.problems.some((p) => p.message === "file not found");
    throw new UsageError(problemLines(read.problems.map((p) => (notFound ? { ...p, message: `${p.message} (${hint})` } : p)), shown));
  }
  return read.text;
}

async function loadProfiles(files: readonly string[], flags: AuditFlags, limits: Partial<LoadLimits>, io: CliIo): Promise<LoadedProfile[]> {
  const loaded: LoadedProfile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const shown = file === STDIN ? (flags.stdinFilename ?? "<stdin>") : displayPath(file, io.cwd);
    let text: string;
    if (file === STDIN) {
      const decoded = decodeUtf8(await io.readStdin());
      if (!decoded.ok) {
        errors.push(...problemLines(decoded.problems, shown));
        continue;
      }
      text = decoded.text;
    } else {
      const read = readText(file, io.cwd);
      if (!read.ok) {
        errors.push(...problemLines(read.problems, shown));
        continue;
      }
      text = read.text;
    }
    const result = loadProfile(text, { file: shown, limits });
    if (result.ok) loaded.push(result);
    else errors.push(...problemLines(result.problems, shown));
  }
  if (errors.length > 0) throw new UsageError(errors);
  return loaded;
}

function writeOrFail(path: string, text: string, shown: string, cwd: string): void {
  try {
    writeOutput(path, text, cwd);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError([`${shown}: cannot write: ${message}`]);
  }
}
