import { VERSION } from "../version.js";
import type { FailOn } from "../gate/exit-code.js";
import type { RunNotice } from "../gate/notice.js";
import type { Report } from "../report/types.js";
import { commonAsOf, reportList, totals, type Totals } from "./shared.js";
import type { Formatter } from "./types.js";
import { jsonText } from "./json-text.js";

/**
 * The JSON output: always one envelope, whether one profile or many, so consumers parse one shape.
 * `reports` holds one Report per profile file, in the order given; nothing in it is a timestamp
 * except `asOf`.
 */
export interface JsonEnvelope {
  reportVersion: 3;
  tool: { name: "bipa-check"; version: string };
  asOf?: string;
  failOn: FailOn;
  exitCode?: number;
  /** Totals over all reports; `failing` counts active findings at or above `failOn`. */
  summary: Totals;
  notices: RunNotice[];
  reports: Report[];
}

/** Builds the envelope the JSON format prints (exported so API users get the same object). */
export function toJsonEnvelope(input: Report | readonly Report[], options: { failOn?: FailOn; exitCode?: number; notices?: readonly RunNotice[] } = {}): JsonEnvelope {
  const reports = reportList(input);
  const failOn = options.failOn ?? "violation";
  const asOf = commonAsOf(reports);
  return {
    reportVersion: 3,
    tool: { name: "bipa-check", version: reports[0]?.tool.version ?? VERSION },
    ...(asOf !== undefined ? { asOf } : {}),
    failOn,
    ...(options.exitCode !== undefined ? { exitCode: options.exitCode } : {}),
    summary: totals(reports, failOn),
    notices: [...(options.notices ?? [])],
    reports: [...reports],
  };
}

/** Two-space JSON of the envelope, with a trailing newline (never a lone surrogate: see json-text.ts). */
export const formatJson: Formatter = (input, options = {}) => `${jsonText(toJsonEnvelope(input, options))}\n`;
