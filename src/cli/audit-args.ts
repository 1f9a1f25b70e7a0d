import { resolve } from "node:path";
import type { Assumptions } from "../packs/bipa/rule.js";
import type { RunAssumptions } from "../config/config.js";
import { optionProblem, SHIPPED_OPTIONS } from "../config/pack-options.js";
import type { RuleSetting } from "../engine/select.js";
import type { LoadLimits } from "../practices/load.js";
import { isFailOn, type FailOn } from "../gate/exit-code.js";
import { MARKDOWN_BUDGETS, MIN_MARKDOWN_BUDGET, SARIF_LIMITS } from "../format/platform-limits.js";
import { FORMAT_NAMES, type FormatName } from "../format/types.js";
import { UsageError } from "./errors.js";
import { PACK_IDS } from "../packs/index.js";
import { closest } from "../util/suggest.js";

/** The options commander hands to `audit`, as typed strings (validated here). */
export interface AuditFlags {
  format?: string[];
  failOn?: string;
  asOf?: string;
  rule?: string[];
  /** `--pack ID`, repeatable. */
  pack?: string[];
  config?: string | boolean;
  waivers?: string;
  baseline?: string;
  updateBaseline?: boolean;
  explain?: boolean;
  quiet?: boolean;
  color?: boolean;
  sarifIncludeSuppressed?: boolean;
  amendmentAppliesToPending?: string;
  /** `--option ID=VALUE`, repeatable: a pack option (PackOption) chosen by its id. */
  option?: string[];
  forum?: string;
  assumedFilingDate?: string;
  stdinFilename?: string;
  maxBytes?: string;
  maxDepth?: string;
  maxAliases?: string;
  /** `-o, --output-file`: where the one format without `=file` goes instead of standard output. */
  outputFile?: string;
  maxRisks?: string;
  printConfig?: boolean;
  /** The directory SARIF, GitLab and GitHub paths are relative to. */
  root?: string;
  markdownBudget?: string;
  sarifMaxResults?: string;
}

export interface OutputSpec<N extends string = FormatName> {
  format: N;
  /** undefined = stdout */
  dest?: string;
}

/** The arguments every command that audits a profile shares, checked. */
export interface SharedArguments {
  asOf: string;
  /** `--pack`: the packs to run, in the order given (undefined: the config's, else every shipped pack). */
  packs?: string[];
  rules: Record<string, RuleSetting>;
  /** BIPA's assumptions and the pack options chosen on the command line. */
  assumptions: RunAssumptions;
  limits: Partial<LoadLimits>;
}

export interface CheckedArguments extends SharedArguments {
  outputs: OutputSpec[];
  failOn?: FailOn;
  /** `--max-risks N`: more active risks than this fail the run, whatever `--fail-on` says. */
  maxRisks?: number;
  /** `--markdown-budget`: the most bytes the Markdown may take (Infinity with `none`). */
  markdownBudget: number;
  /** `--sarif-max-results`: results kept in the SARIF run (GitHub rejects more than 25,000). */
  sarifMaxResults: number;
}

/** The options every command that audits a profile shares (`audit`, `plan`). */
export type SharedFlags = Pick<AuditFlags, "asOf" | "pack" | "rule" | "amendmentAppliesToPending" | "option" | "forum" | "assumedFilingDate" | "maxBytes" | "maxDepth" | "maxAliases">;

/** Validates every argument first, so a typo fails before any file is read, with all mistakes listed. */
export function checkArguments(flags: AuditFlags): CheckedArguments {
  const errors: string[] = [];
  const outputs = checkOutputs(flags.format, FORMAT_NAMES, errors, "sarif=bipa.sarif", flags.outputFile);

  let failOn: FailOn | undefined;
  if (flags.failOn !== undefined) {
    if (isFailOn(flags.failOn)) failOn = flags.failOn;
    else errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  }

  const shared = checkSharedArguments(flags, errors);
  if (flags.updateBaseline && flags.baseline === undefined && flags.config === false) {
    errors.push("--update-baseline needs --baseline FILE");
  }
  const maxRisks = flags.maxRisks === undefined ? undefined : wholeNumber("--max-risks", flags.maxRisks, 0, errors);
  const markdownBudget = checkMarkdownBudget(flags.markdownBudget, errors);
  const sarifMaxResults =
    flags.sarifMaxResults === undefined ? SARIF_LIMITS.resultsPerRun : (wholeNumber("--sarif-max-results", flags.sarifMaxResults, 1, errors) ?? 0);
  if (sarifMaxResults > SARIF_LIMITS.resultsPerRun) {
    errors.push(`--sarif-max-results ${flags.sarifMaxResults}: GitHub rejects a run of more than ${SARIF_LIMITS.resultsPerRun} results`);
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  return {
    outputs,
    ...(failOn ? { failOn } : {}),
    ...shared,
    ...(maxRisks !== undefined ? { maxRisks } : {}),
    markdownBudget,
    sarifMaxResults,
  };
}

/** A whole number of at least `min`, or undefined (with the mistake in `errors`). */
function wholeNumber(flag: string, value: string, min: number, errors: string[]): number | undefined {
  if (/^\d+$/.test(value) && Number(value) >= min) return Number(value);
  errors.push(`${flag} ${value}: expected a whole number of ${min} or more`);
  return undefined;
}

/** `--markdown-budget summary|comment|none|BYTES` (default: a job summary's 1 MiB). */
function checkMarkdownBudget(value: string | undefined, errors: string[]): number {
  if (value === undefined) return MARKDOWN_BUDGETS.summary;
  if (value === "none") return Infinity;
  if (value === "summary" || value === "comment") return MARKDOWN_BUDGETS[value];
  const n = wholeNumber("--markdown-budget", value, MIN_MARKDOWN_BUDGET, errors);
  if (n === undefined) errors[errors.length - 1] += ", or summary, comment or none";
  return n ?? MARKDOWN_BUDGETS.summary;
}

/**
 * `--format name[=file]` specs (default `text` to standard output) → outputs; mistakes go to `errors`.
 * At most one format may write to standard output, and no two to the same file.
 * @param example a `name=file` spec for the hint when two formats claim standard output.
 */
export function checkOutputs<N extends string>(
  specs: readonly string[] | undefined,
  names: readonly N[],
  errors: string[],
  example = "sarif=bipa.sarif",
  outputFile?: string,
): Array<OutputSpec<N>> {
  const isName = (value: string): value is N => (names as readonly string[]).includes(value);
  const outputs: Array<OutputSpec<N>> = [];
  for (const spec of specs?.length ? specs : ["text"]) {
    const eq = spec.indexOf("=");
    const name = eq === -1 ? spec : spec.slice(0, eq);
    const dest = eq === -1 ? undefined : spec.slice(eq + 1);
    if (!isName(name)) {
      errors.push(`--format ${spec}: unknown format "${name}"; expected one of ${names.join(", ")}`);
      continue;
    }
    if (dest === "") errors.push(`--format ${spec}: expected a file after "=" (or "-" for standard output)`);
    outputs.push({ format: name, ...(dest !== undefined && dest !== "-" && dest !== "" ? { dest } : {}) });
  }
  const toStdout = outputs.filter((o) => o.dest === undefined);
  if (toStdout.length > 1) {
    errors.push(`--format: only one format can write to standard output; give the others a file, e.g. --format ${example}`);
  }
  if (outputFile !== undefined) {
    // -o names the file of the one format that would go to standard output (ESLint's -o).
    if (outputFile === "") errors.push("--output-file: expected a file name");
    else if (outputFile === "-") {
      // `-o -`: standard output, as without -o
    }
    else if (toStdout.length === 0) errors.push(`--output-file ${outputFile}: every --format already names its file; drop -o or one "=file"`);
    else if (toStdout.length === 1) toStdout[0]!.dest = outputFile;
  }
  const dests = outputs.flatMap((o) => (o.dest ? [resolve(o.dest)] : []));
  if (new Set(dests).size !== dests.length) errors.push("--format: two formats write to the same file");
  return outputs;
}

/** `--as-of`, `--rule`, `--amendment-applies-to-pending`, `--option`, `--forum`, `--assumed-filing-date` and the input limits; mistakes go to `errors`. */
export function checkSharedArguments(flags: SharedFlags, errors: string[]): SharedArguments {
  const asOf = flags.asOf ?? new Date().toISOString().slice(0, 10); // the only clock read in bipa-check
  const dateProblem = checkAsOf(asOf);
  if (dateProblem) errors.push(`--as-of ${asOf}: ${dateProblem}`);

  const rules: Record<string, RuleSetting> = {};
  for (const spec of flags.rule ?? []) {
    const m = /^([^=]+)=(off|violation|risk|info)$/.exec(spec.trim());
    if (!m) errors.push(`--rule ${spec}: expected RULE=off|violation|risk|info, e.g. --rule bipa/15c-profit=risk`);
    else rules[m[1]!.trim()] = m[2] as RuleSetting;
  }

  let packs: string[] | undefined;
  if (flags.pack !== undefined) {
    packs = [];
    for (const id of flags.pack) {
      if (!PACK_IDS.includes(id)) {
        const hint = closest(id, PACK_IDS);
        errors.push(`--pack ${id}: unknown pack${hint ? ` (did you mean "${hint}"?)` : ""}; known packs: ${PACK_IDS.join(", ")}`);
      } else if (!packs.includes(id)) packs.push(id);
    }
  }

  const assumptions: Partial<Assumptions> & Record<`${string}/${string}`, string> = {};
  const amendment = flags.amendmentAppliesToPending;
  if (amendment !== undefined) {
    if (amendment === "yes") assumptions.amendmentAppliesToPendingClaims = true;
    else if (amendment === "no") assumptions.amendmentAppliesToPendingClaims = false;
    else if (amendment === "unknown") assumptions.amendmentAppliesToPendingClaims = "unknown";
    else errors.push(`--amendment-applies-to-pending ${amendment}: expected yes, no or unknown`);
  }
  for (const spec of flags.option ?? []) {
    const eq = spec.indexOf("=");
    const id = eq === -1 ? "" : spec.slice(0, eq).trim();
    const value = eq === -1 ? "" : spec.slice(eq + 1).trim();
    if (id === "" || value === "") {
      const example = SHIPPED_OPTIONS[0];
      errors.push(`--option ${spec}: expected OPTION=VALUE${example ? `, e.g. --option ${example.id}=${example.readings.at(-1)!.value}` : ""}`);
      continue;
    }
    const problem = optionProblem(id, value);
    if (problem !== undefined) errors.push(`--option ${spec}: ${problem}`);
    // The last one given wins, as for --rule.
    else assumptions[id as `${string}/${string}`] = value;
  }
  const forum = flags.forum;
  if (forum !== undefined) {
    if (forum === "federal" || forum === "illinois-state" || forum === "arbitration" || forum === "unknown") assumptions.forum = forum;
    else errors.push(`--forum ${forum}: expected federal, illinois-state, arbitration or unknown`);
  }
  if (flags.assumedFilingDate !== undefined) {
    if (isCalendarDate(flags.assumedFilingDate) && flags.assumedFilingDate >= "1970-01-01" && flags.assumedFilingDate <= "2200-12-31") {
      assumptions.assumedFilingDate = flags.assumedFilingDate;
    } else errors.push(`--assumed-filing-date ${flags.assumedFilingDate}: expected a calendar date as YYYY-MM-DD, 1970-2200`);
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
  return { asOf, ...(packs ? { packs } : {}), rules, assumptions, limits };
}

/** The years `--as-of` may fall in: the arithmetic of look-back periods and accruals is checked within them. */
export const AS_OF_YEARS = { min: 1970, max: 2200 } as const;

/** Why `value` is not a usable audit date, or undefined: a real calendar date, YYYY-MM-DD, in 1970-2200. */
export function checkAsOf(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return "expected a calendar date as YYYY-MM-DD";
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return "expected a calendar date as YYYY-MM-DD";
  const year = Number(m[1]);
  if (year < AS_OF_YEARS.min || year > AS_OF_YEARS.max) return `expected a date from ${AS_OF_YEARS.min}-01-01 to ${AS_OF_YEARS.max}-12-31`;
  return undefined;
}

/** Whether a string is a usable audit date: a real calendar date, YYYY-MM-DD, in 1970-2200. */
export function isCalendarDate(value: string): boolean {
  return checkAsOf(value) === undefined;
}

/**
 * Without `--as-of` the audit date is today (UTC), the one input the run did not get from its files:
 * say so on standard error, so a report can be reproduced.
 */
export function noteDefaultAsOf(flags: Pick<SharedFlags, "asOf"> & { quiet?: boolean }, asOf: string, io: { stderr: { write(text: string): unknown } }): void {
  // --quiet promises no notices on standard error; the date is still in every report.
  if (flags.asOf === undefined && flags.quiet !== true) io.stderr.write(`bipa-check: no --as-of given; auditing as of ${asOf} (today in UTC); pass --as-of ${asOf} to repeat this run\n`);
}
