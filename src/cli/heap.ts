/*
 * A whole-profile audit holds the profile and its report in memory: about 20 bytes of heap for each
 * byte of JSON profile (a 207 MB, 100,000-system JSON profile peaked at 4.0–4.3 GB in every format),
 * and about 70 for YAML, whose parser builds a token tree and a document first (a 24 MB,
 * 10,000-system YAML profile peaked at 1.76 GB, the same profile as JSON at 0.58 GB).
 * Node's default heap is about 4 GiB on a machine with 16 GiB or more and less on a smaller one, and
 * past it V8 aborts the process ("JavaScript heap out of memory"), a crash, not an answer. So for
 * inputs that large the CLI runs the audit in a second Node process whose heap is sized to the input,
 * up to three quarters of the machine's memory.
 */

import { formatCount } from "../packs/bipa/exposure/words.js";

/** Heap to allow per byte of profile: the measured 20× (JSON) and 70× (YAML), with room for profiles that yield more findings. */
export const HEAP_PER_INPUT_BYTE = { json: 32, yaml: 80 } as const;
/**
 * The same for a run that computes the remediation plan (`plan`, and `audit --format html`): the plan
 * re-audits the profile once a measure and holds the baseline, a re-audit and their estimates at once.
 * Measured: `plan` on a 20.7 MB, 10,000-system JSON profile kept up to 695 MB live after a full
 * collection (34 bytes a byte), and the 207 MB, 100,000-system profile ran out of a 6,592 MiB heap
 * in `--format html`. Twice the audit's allowance.
 */
export const PLAN_HEAP_PER_INPUT_BYTE = { json: 64, yaml: 112 } as const;
/** Heap for Node itself and the code, whatever the input. */
const BASE_HEAP_BYTES = 256 * 2 ** 20;
/** The share of the machine's memory the heap may be given. */
const MEMORY_SHARE = 0.75;
/**
 * The young generation's semi-space in the second process, MiB (V8's default here is 16). An audit
 * that large allocates gigabytes, most of it kept for the report, and each scavenge of a small young
 * generation copies what survives. Measured on the 207 MB, 100,000-system profile, `--format json`:
 * 88.7 s and 93.6 s with the default, 80.5 s with 32, 77.9 s and 74.9 s with 64, 87.3 s with 128,
 * the same output each time. Not set when the user gives it.
 */
export const SEMI_SPACE_MIB = 64;
/** Set in the second process, so it never starts a third. */
export const HEAP_ENV = "BIPA_CHECK_HEAP_SIZED";

/** Bytes of profile to audit (files only; standard input cannot be sized beforehand). */
export interface HeapFacts {
  jsonBytes: number;
  /** Files not named `.json`: read as YAML. */
  yamlBytes: number;
  /** This process's heap limit (`v8.getHeapStatistics().heap_size_limit`). */
  heapLimit: number;
  /** The machine's memory (`os.totalmem()`). */
  totalMemory: number;
  /** Node's own flags for this process and from NODE_OPTIONS: a heap size given there is the user's choice. */
  execArgv: readonly string[];
  nodeOptions: string | undefined;
  /** Whether this process is already the second one. */
  sized: boolean;
  /** Whether the run computes a remediation plan (see {@link PLAN_HEAP_PER_INPUT_BYTE}). */
  plan?: boolean;
}

/**
 * The heap, in MiB, to run the audit with in a second process, or undefined to run it here: when the
 * input fits the heap this process has, when the user set the heap size, when this is already the
 * second process, or when the machine has no more memory to give than the heap already has.
 */
export function heapToRunWith(facts: HeapFacts): number | undefined {
  if (facts.sized) return undefined;
  if (userSets(facts, "max-old-space-size")) return undefined;
  const perByte = facts.plan ? PLAN_HEAP_PER_INPUT_BYTE : HEAP_PER_INPUT_BYTE;
  const needed = BASE_HEAP_BYTES + facts.jsonBytes * perByte.json + facts.yamlBytes * perByte.yaml;
  if (needed <= facts.heapLimit) return undefined;
  const allowed = Math.min(needed, Math.floor(facts.totalMemory * MEMORY_SHARE));
  if (allowed <= facts.heapLimit) return undefined;
  return Math.ceil(allowed / 2 ** 20);
}

/** What the second process is started with, and the note that says so. */
export interface SizedRun {
  nodeFlags: string[];
  note: string;
}

/** The second process for these facts, or undefined to audit here (see {@link heapToRunWith}). */
export function sizedRun(facts: HeapFacts): SizedRun | undefined {
  const mib = heapToRunWith(facts);
  if (mib === undefined) return undefined;
  return {
    nodeFlags: [`--max-old-space-size=${mib}`, ...(userSets(facts, "max-semi-space-size") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MIB}`])],
    note: `bipa-check: ${formatCount(facts.jsonBytes + facts.yamlBytes)} bytes of profile need more heap than this process's ${formatCount(Math.floor(facts.heapLimit / 2 ** 20))} MiB; auditing in a second Node process with ${formatCount(mib)} MiB (NODE_OPTIONS=--max-old-space-size=<MiB> sets it yourself)\n`,
  };
}

/** Whether the user gave Node this V8 flag (either spelling, `-` or `_`), on the command line or in NODE_OPTIONS. */
function userSets(facts: Pick<HeapFacts, "execArgv" | "nodeOptions">, name: string): boolean {
  const flag = new RegExp(`--(?:${name}|${name.replaceAll("-", "_")})`);
  return facts.execArgv.some((a) => flag.test(a)) || flag.test(facts.nodeOptions ?? "");
}
