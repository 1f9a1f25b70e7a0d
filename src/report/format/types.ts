import type { RuleMeta } from "../../engine/rule.js";
import type { RemediationPlan } from "../../plan/types.js";
import type { FailOn } from "../exit-code.js";
import type { RunNotice } from "../notice.js";
import type { Report } from "../types.js";

/** The output formats, in the order `--help` lists them. */
export const FORMAT_NAMES = ["text", "json", "sarif", "junit", "markdown", "html"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

/** Options every formatter accepts; each reads only the ones that concern it. */
export interface FormatOptions {
  /** The lowest severity that fails the run (default `violation`): marks failing findings and the verdict. */
  failOn?: FailOn;
  /** The process exit code, when known (SARIF invocation, JSON envelope). */
  exitCode?: number;
  /** Expired or unused waivers, stale baseline entries. */
  notices?: readonly RunNotice[];
  /** Rules to describe (SARIF reportingDescriptors). Defaults to the BIPA pack. */
  rules?: readonly RuleMeta[];
  /** SARIF: include waived and baselined results, with `suppressions` (GitHub shows them as open alerts). */
  includeSuppressed?: boolean;
  /** SARIF: a baseline was applied, so results carry `baselineState`. */
  baselineApplied?: boolean;
  /** Text: ANSI colours. */
  color?: boolean;
  /** Text and Markdown: under each finding, the fields it read, their values and lines. */
  explain?: boolean;
  /** Text: only findings that fail the run, and the summary. */
  quiet?: boolean;
  /** HTML: the remediation plan of each report, in the same order (`plan(report, profile)`; the report lacks the profile). */
  plans?: ReadonlyArray<RemediationPlan | undefined>;
}

/**
 * A formatter: pure, synchronous, deterministic. Takes one report or several (one per profile file)
 * and returns the whole output as a string.
 */
export type Formatter = (reports: Report | readonly Report[], options?: FormatOptions) => string;
