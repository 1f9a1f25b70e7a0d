import { createRequire } from "node:module";

let tty: typeof import("node:tty") | undefined;

/**
 * Whether a file descriptor is a terminal (`tty.isatty`). `node:tty` is loaded on the first call, not
 * at start-up: it loads Node's network and stream modules (about 5 ms of a cold start), and a run that
 * writes JSON to a pipe never asks.
 */
export function isTerminal(fd: number): boolean {
  tty ??= createRequire(import.meta.url)("node:tty") as typeof import("node:tty");
  return tty.isatty(fd);
}
