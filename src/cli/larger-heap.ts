import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import type { CliIo } from "./cli-io.js";
import { HEAP_ENV, sizedRun, type HeapFacts } from "./heap.js";
import { STDIN } from "./inputs.js";
import { DEFAULT_LIMITS, type LoadLimits } from "../practices/load.js";

/**
 * When the profile files are too large for this process's heap (heap.ts): the command run again by
 * a second Node process with a heap sized to them, given the date this one chose so that both work
 * as of the same day; resolves to its exit code. Undefined: go on here. A file over the input limit
 * (`--max-bytes`) is not counted: it is refused unread. With `plan`, the run computes a remediation
 * plan, which needs about twice the heap. Call it just before the profiles are loaded.
 */
export function inLargerHeap(
  files: readonly string[],
  flags: { quiet?: boolean; asOf?: string },
  asOf: string,
  limits: Partial<LoadLimits>,
  io: CliIo,
  options: { plan?: boolean } = {},
): Promise<number> | undefined {
  if (!io.rerun) return undefined;
  const sized = sizedRun({ ...heapFacts(files, limits.maxBytes ?? DEFAULT_LIMITS.maxBytes, io), plan: options.plan === true });
  if (!sized) return undefined;
  if (!flags.quiet) io.stderr.write(sized.note);
  return io.rerun(sized.nodeFlags, flags.asOf === undefined ? ["--as-of", asOf] : []);
}

/** The sizes heap.ts decides on: the profile files' bytes, this process's heap and the machine's memory. */
function heapFacts(files: readonly string[], maxBytes: number, io: CliIo): HeapFacts {
  let jsonBytes = 0;
  let yamlBytes = 0;
  for (const file of files) {
    if (file === STDIN) continue;
    try {
      const size = statSync(resolve(io.cwd, file)).size;
      if (size > maxBytes) continue;
      if (/\.json$/i.test(file)) jsonBytes += size;
      else yamlBytes += size;
    } catch {
      // Unreadable, or not a file (a git revision): the load says so, in its own words.
    }
  }
  return {
    jsonBytes,
    yamlBytes,
    heapLimit: getHeapStatistics().heap_size_limit,
    totalMemory: totalmem(),
    execArgv: process.execArgv,
    nodeOptions: io.env.NODE_OPTIONS,
    sized: io.env[HEAP_ENV] === "1",
  };
}
