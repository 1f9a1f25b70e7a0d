import { stdinRefusal } from "./read-bounded.js";
import { rerunProcess } from "./rerun.js";

/** The streams and environment a command uses; tests and embedders can pass their own. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** All of standard input; with `maxBytes`, stops reading once more than that has arrived. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** Standard input as it arrives, for the streaming audit (without it, `readStdin` is used whole). */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /** Why standard input cannot be read (a terminal, a device), or undefined when it can. */
  stdinRefusal?(): string | undefined;
  /**
   * Runs this command again in a second Node process with these Node flags and extra arguments, on
   * the same streams, and resolves to its exit code (see heap.ts). Only the real process can.
   */
  rerun?(nodeFlags: readonly string[], extraArgs: readonly string[]): Promise<number>;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinChunks: () => process.stdin,
    stdinRefusal: () => stdinRefusal(0),
    rerun: rerunProcess,
    readStdin: async (maxBytes = Infinity) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        chunks.push(buffer);
        total += buffer.length;
        if (total > maxBytes) break; // bytes are counted as they come: an endless stream (`yes | bipa-check audit -`) must not fill memory
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
