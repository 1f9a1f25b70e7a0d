import { performance } from "node:perf_hooks";
import { expect } from "vitest";
import type { CliResult } from "../cli/helpers/cli.js";

/**
 * A generous "finishes, does not hang" bound for one spawned run of a hostile input: an unbounded read
 * of /dev/zero or an endless line never ends at all, so any bound tells the difference. Speed itself is
 * measured by the benchmark (npm run bench), not here.
 */
export const HANG_BOUND_MS = 15_000;

export const AS_OF = ["--as-of", "2026-11-22"];

/** Runs `run` and returns its result with the wall time it took. */
export function timed<T extends CliResult>(run: () => T): T & { ms: number } {
  const started = performance.now();
  const result = run();
  return { ...result, ms: performance.now() - started };
}

/** Exit 2, each expected line on stderr (a RegExp or an exact line), no stack trace, nothing on stdout, no hang. */
export function expectUnusable(r: CliResult & { ms: number }, lines: Array<string | RegExp>): void {
  const got = r.stderr.trimEnd().split("\n");
  expect(got.length, r.stderr).toBe(lines.length);
  lines.forEach((line, i) => (typeof line === "string" ? expect(got[i]).toBe(line) : expect(got[i]).toMatch(line)));
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error|RangeError|TypeError|Maximum call stack/);
  expect(r.ms).toBeLessThan(HANG_BOUND_MS);
}

/** A profile of `n` trivial systems (id, name, one modality), as compact JSON. */
export function trivialProfile(n: number, name = (i: number) => `System ${i}`): string {
  // Captured in Illinois, so each is in scope and its facts left unknown give a full set of section findings.
  const systems = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: name(i), modalities: ["fingerprint"], illinoisNexus: { captureInIllinois: true } }));
  return JSON.stringify({ version: 1, organization: { name: "Acme", entityType: "private-entity" }, systems });
}

/** Every character a terminal acts on, as a regular expression: C0 and C1 controls but the newline, DEL, bidi controls, separators. */
// eslint-disable-next-line no-control-regex
export const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A lone surrogate (half of a UTF-16 pair without its other half). */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
