import { resolve } from "node:path";
import type { Assumptions } from "../engine/rule.js";
import type { RuleSetting } from "../engine/select.js";
import type { LoadLimits } from "../practices/load.js";
import { isFailOn, type FailOn } from "../report/exit-code.js";
import { FORMAT_NAMES, type FormatName } from "../report/format/types.js";
import { UsageError } from "./errors.js";

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
  forum?: string;
  assumedFilingDate?: string;
  stdinFilename?: string;
  maxBytes?: string;
  maxDepth?: string;
  maxAliases?: string;
}

export interface OutputSpec<N extends string = FormatName> {
  format: N;
  /** undefined = stdout */
  dest?: string;
}

export interface CheckedArguments {
  outputs: OutputSpec[];
  failOn?: FailOn;
  asOf: string;
  rules: Record<string, RuleSetting>;
  assumptions: Partial<Assumptions>;
  limits: Partial<LoadLimits>;
}

/** The options every command that audits a profile shares (`audit`, `plan`). */
export type SharedFlags = Pick<AuditFlags, "asOf" | "rule" | "amendmentAppliesToPending" | "forum" | "assumedFilingDate" | "maxBytes" | "maxDepth" | "maxAliases">;

/** Validates every argument first, so a typo fails before any file is read, with all mistakes listed. */
export function checkArguments(flags: AuditFlags): CheckedArguments {
  const errors: string[] = [];
  const outputs = checkOutputs(flags.format, FORMAT_NAMES, errors);

  let failOn: FailOn | undefined;
  if (flags.failOn !== undefined) {
    if (isFailOn(flags.failOn)) failOn = flags.failOn;
    else errors.push(`--fail-on ${flags.failOn}: expected violation, risk, info or never`);
  }

  const shared = checkSharedArguments(flags, errors);
  if (flags.updateBaseline && flags.baseline === undefined && flags.config === false) {
    errors.push("--update-baseline needs --baseline FILE");
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  return { outputs, ...(failOn ? { failOn } : {}), ...shared };
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
  if (outputs.filter((o) => o.dest === undefined).length > 1) {
    errors.push(`--format: only one format can write to standard output; give the others a file, e.g. --format ${example}`);
  }
  const dests = outputs.flatMap((o) => (o.dest ? [resolve(o.dest)] : []));
  if (new Set(dests).size !== dests.length) errors.push("--format: two formats write to the same file");
  return outputs;
}

/** `--as-of`, `--rule`, `--amendment-applies-to-pending`, `--forum`, `--assumed-filing-date` and the input limits; mistakes go to `errors`. */
export function checkSharedArguments(flags: SharedFlags, errors: string[]): Omit<CheckedArguments, "outputs" | "failOn"> {
  const asOf = flags.asOf ?? new Date().toISOString().slice(0, 10); // the only clock read in bipa-check
  const dateProblem = checkAsOf(asOf);
  if (dateProblem) errors.push(`--as-of ${asOf}: ${dateProblem}`);

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
  return { asOf, rules, assumptions, limits };
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
export function noteDefaultAsOf(flags: Pick<SharedFlags, "asOf">, asOf: string, io: { stderr: { write(text: string): unknown } }): void {
  if (flags.asOf === undefined) io.stderr.write(`bipa-check: no --as-of given; auditing as of ${asOf} (today in UTC); pass --as-of ${asOf} to repeat this run\n`);
}
