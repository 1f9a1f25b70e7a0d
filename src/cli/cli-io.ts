import { stdinRefusal } from "./read-bounded.js";
import { isTerminal } from "./is-terminal.js";
import { syncBytes, textWriter } from "./sync-output.js";

/** The streams and environment a command uses; tests and embedders can pass their own. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `writeBytes`, when given, takes UTF-8 bytes synchronously (they are reused after it returns): the faster path for reports. */
  stdout: { write(text: string): unknown; writeBytes?(bytes: Uint8Array): unknown; isTTY?: boolean };
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

/** The stream with `isTTY`, asked of its descriptor when first read (see is-terminal.ts) and then kept. */
function withTerminalFlag<T extends object>(stream: T, fd: number): T & { readonly isTTY: boolean } {
  let known: boolean | undefined;
  return Object.defineProperty(stream, "isTTY", { enumerable: true, get: () => (known ??= isTerminal(fd)) }) as T & { readonly isTTY: boolean };
}

/** What the process does when a standard stream cannot be written (see main.ts). */
export interface OutputFailures {
  stdout(error: NodeJS.ErrnoException): void;
  stderr(error: NodeJS.ErrnoException): void;
}

/**
 * The real process's streams. Standard output and error are written synchronously (sync-output.ts),
 * so a large report piped to a slow reader is never queued in memory whole.
 */
export function processIo(failures: OutputFailures): CliIo {
  const stdoutBytes = syncBytes(1, failures.stdout);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: withTerminalFlag({ write: textWriter(stdoutBytes), writeBytes: stdoutBytes }, 1),
    stderr: withTerminalFlag({ write: textWriter(syncBytes(2, failures.stderr)) }, 2),
    stdinChunks: () => process.stdin,
    stdinRefusal: () => stdinRefusal(0),
    // Loaded when used: it loads child_process, which only a run too large for this heap needs.
    rerun: async (nodeFlags, extraArgs) => (await import("./rerun.js")).rerunProcess(nodeFlags, extraArgs),
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
