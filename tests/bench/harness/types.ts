/*
 * The contract between the bench runner (scripts/bench.mjs) and the row modules (tests/bench/rows):
 * a module measures something and returns table rows. Each module runs in a fresh process, so one
 * module's heap and JIT state never colour another's figures.
 */

/** One line of the table. Every figure in it comes from a measurement made in this run. */
export interface Row {
  measure: string;
  result: string;
  /** The goal, as the issue states it; empty for context rows. */
  target: string;
  /** "yes", "no (…)", or empty for context rows and rows not run. */
  met: string;
}

export interface BenchContext {
  /** `--quick`: smaller inputs and fewer rounds, for a smoke run of about a minute. */
  quick: boolean;
  /** The repository root. */
  root: string;
  /** Scratch directory for generated inputs (cached between runs, keyed by the generator's source). */
  work: string;
  /** The built CLI, dist/cli.js. */
  cli: string;
  /** Progress on stderr. */
  log(message: string): void;
  /** Runs `probe` of `module` in a fresh process (for memory figures) and returns what it printed. */
  probe<T = unknown>(module: string, probe: string, args?: readonly string[]): Promise<T>;
}

export interface ModuleResult {
  rows: Row[];
  /** Raw figures, written by `--json`. */
  raw?: unknown;
}

export interface BenchModule {
  /** Short name, for `--only` and progress lines. */
  id: string;
  /** What the module measures, for `--list`. */
  description: string;
  run(ctx: BenchContext): Promise<ModuleResult>;
  /** Measurements that need a process of their own (peak RSS), run through `ctx.probe`. */
  probes?: Record<string, (args: readonly string[], ctx: BenchContext) => Promise<unknown>>;
}
