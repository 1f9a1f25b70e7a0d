import type { Range } from "../../packs/bipa/exposure/types.js";
import { failsRun, type FailOn } from "../../gate/exit-code.js";
import type { Finding } from "../../report/types.js";
import { usd, usdRange } from "../../format/shared.js";
import type { ReportDiff } from "../types.js";

/** Options every diff renderer accepts. */
export interface DiffFormatOptions {
  /** The lowest severity of an added finding that fails the run (default `violation`). */
  failOn?: FailOn;
  /** The process exit code, when known (JSON). */
  exitCode?: number;
}

/** A diff renderer: pure, synchronous, deterministic. */
export type DiffFormatter = (diff: ReportDiff, options?: DiffFormatOptions) => string;

/** The added findings that fail the run: `--fail-on` applies to added findings only. */
export function failingAdded(diff: ReportDiff, failOn: FailOn): Finding[] {
  return diff.added.filter((f) => failsRun(f, failOn));
}

/** `+$100,000,000 to +$500,000,000`, `-$100,000,000`, `no change`. */
export function changePhrase(r: Range): string {
  const signed = (n: number) => (n > 0 ? `+${usd(n)}` : usd(n));
  if (r.low === 0 && r.high === 0) return "no change";
  return r.low === r.high ? signed(r.low) : `${signed(r.low)} to ${signed(r.high)}`;
}

/** `$1 to $2 → $3 to $4`. */
export function fromTo(before: Range | undefined, after: Range | undefined): string {
  return `${before ? usdRange(before) : "not estimated"} → ${after ? usdRange(after) : "not estimated"}`;
}

/**
 * Text for a terminal: profile strings lose their control characters (an escape sequence in a
 * system name must not reach the terminal).
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "");
}

/** What a side was: `examples/clearview-2020.yaml as of 2026-11-22`. */
export function sideName(s: ReportDiff["before"]): string {
  return `${s.file ?? "<input>"} as of ${s.asOf}`;
}

export const DIFF_CLOSING =
  "bipa-check is an assessment aid, not legal advice. Exposure figures are Sec. 20 estimates, not predictions; a resolved finding ends the conduct from the change on, and violations before it stay actionable within the five-year look-back. Confirm with counsel before acting.";
