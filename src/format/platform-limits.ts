/*
 * The platforms' size limits, with no imports, so the CLI can check its arguments against them
 * without loading a formatter (cold start).
 */

/**
 * GitHub code scanning's limits on an uploaded SARIF file, from GitHub's "SARIF support for code
 * scanning" reference. Above a maximum the whole upload is rejected; the display limit only hides.
 */
export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  /** The gzip-compressed file. */
  gzipBytes: 10 * 1024 * 1024,
  /** Of the results in a run, GitHub stores and shows only this many, the most severe first. */
  displayedResults: 5_000,
} as const;

/**
 * Size budgets for Markdown, in UTF-8 bytes. GitHub caps a job summary at 1 MiB and a pull-request
 * comment at 65,536 characters; counting bytes never undercounts characters, so a comment within
 * 65,536 bytes is within the character limit too.
 */
export const MARKDOWN_BUDGETS = { summary: 1024 * 1024, comment: 65_536 } as const;

/** The smallest budget accepted: room for the verdict, the totals and the truncation note. */
export const MIN_MARKDOWN_BUDGET = 4096;
