import { VERSION } from "../../version.js";
import type { FailOn } from "../../gate/exit-code.js";
import type { ReportDiff } from "../types.js";
import { failingAdded, type DiffFormatter } from "./shared.js";

/** The JSON the diff prints: the diff, with the tool, the gate and how many added findings fail it. */
export interface DiffJson extends ReportDiff {
  tool: { name: "bipa-check"; version: string };
  failOn: FailOn;
  failing: number;
  exitCode?: number;
}

export function toDiffJson(diff: ReportDiff, options: { failOn?: FailOn; exitCode?: number } = {}): DiffJson {
  const failOn = options.failOn ?? "violation";
  return {
    tool: { name: "bipa-check", version: VERSION },
    failOn,
    failing: failingAdded(diff, failOn).length,
    ...(options.exitCode !== undefined ? { exitCode: options.exitCode } : {}),
    ...diff,
  };
}

/** Two-space JSON with a trailing newline. */
export const formatDiffJson: DiffFormatter = (diff, options = {}) => `${JSON.stringify(toDiffJson(diff, options), null, 2)}\n`;
