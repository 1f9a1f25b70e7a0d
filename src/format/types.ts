import type { RuleMeta } from "../packs/bipa/rule.js";
import type { RemediationPlan } from "../plan/types.js";
import type { FailOn } from "../gate/exit-code.js";
import type { RunNotice } from "../gate/notice.js";
import type { Report } from "../report/types.js";
import type { PathRoot } from "./paths.js";

/** The output formats, in the order `--help` lists them. */
export const FORMAT_NAMES = ["text", "json", "sarif", "junit", "markdown", "html", "github", "gitlab"] as const;
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
  /** More active risks than this fail the run (`--max-risks`), whatever `failOn` says. */
  maxRisks?: number;
  /**
   * SARIF, GitLab and GitHub: the repository root that file paths are made relative to. Without
   * it, report file names are used as they are.
   */
  paths?: PathRoot;
  /** SARIF: the most results in the run (default and upper bound: GitHub's 25,000). */
  sarifMaxResults?: number;
  /** Markdown: the most UTF-8 bytes the output may take (default: no budget). See markdown-budget.ts. */
  markdownBudget?: number;
  /** Where the complete report is (a file name), for the note a truncated output carries. */
  fullReport?: string;
  /**
   * Called once for each limit an output was cut to (SARIF results, the Markdown budget), with a
   * sentence saying what was left out, so a caller can repeat it where people look (the CLI: stderr).
   */
  onLimit?: (message: string) => void;
}

/**
 * A formatter: pure, synchronous, deterministic. Takes one report or several (one per profile file)
 * and returns the whole output as a string.
 */
export type Formatter = (reports: Report | readonly Report[], options?: FormatOptions) => string;
