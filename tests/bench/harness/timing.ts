/** A task to time: a call whose result is ignored (a promise is awaited). */
export type Task = () => unknown;

export interface Plan {
  /** Timed rounds; the figure is the median. */
  rounds: number;
  /** Untimed rounds first (JIT warm-up); default 1. */
  warmup?: number;
  /** Calls per round are batched until a round takes at least this long (timer resolution); default 20. */
  minRoundMs?: number;
}

/**
 * Times tasks round-robin, one round of each in turn, so that a change in the machine's load falls
 * on all of them alike (ratios between tasks are what the table reports). Returns each task's
 * median milliseconds per call. (No forced garbage collection between tasks: a full collection
 * shrinks the young generation, and the task after it ran up to three times slower.)
 */
export async function interleaved(tasks: Record<string, Task>, plan: Plan): Promise<Record<string, number>> {
  const names = Object.keys(tasks);
  const minRoundMs = plan.minRoundMs ?? 20;
  // Calls per round: one, unless a call is quicker than minRoundMs (then one untimed call to size the batch).
  const batch = new Map<string, number>();
  for (const name of names) {
    if (minRoundMs <= 0) {
      batch.set(name, 1);
      continue;
    }
    const started = performance.now();
    await tasks[name]!();
    const once = Math.max(performance.now() - started, 0.001);
    batch.set(name, Math.max(1, Math.ceil(minRoundMs / once)));
  }
  const samples = new Map<string, number[]>(names.map((n) => [n, []]));
  const warmup = plan.warmup ?? 1;
  for (let round = 0; round < warmup + plan.rounds; round++) {
    for (const name of names) {
      const ms = await timeBatch(tasks[name]!, batch.get(name)!);
      if (round >= warmup) samples.get(name)!.push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples.get(n)!)]));
}

/** Milliseconds per call over `calls` calls; a task that returns a promise is awaited, one that does not is not. */
async function timeBatch(task: Task, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const result = task();
    if (result instanceof Promise) await result;
  }
  return (performance.now() - started) / calls;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
