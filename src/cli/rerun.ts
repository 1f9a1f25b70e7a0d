import { spawn } from "node:child_process";
import { constants } from "node:os";
import { HEAP_ENV } from "./heap.js";

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * This process's command run again by a second Node process with `nodeFlags` (a larger heap) and
 * `extraArgs` appended, on the same standard streams. Signals sent to this process are passed on,
 * so stopping it stops the audit; resolves to the second process's exit code (128 + the signal's
 * number when a signal ended it, as a shell reports it).
 */
export function rerunProcess(nodeFlags: readonly string[], extraArgs: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, ...process.argv.slice(1), ...extraArgs], {
      stdio: "inherit",
      env: { ...process.env, [HEAP_ENV]: "1" },
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const done = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
    child.on("error", (error) => {
      done();
      reject(error);
    });
    child.on("exit", (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}
