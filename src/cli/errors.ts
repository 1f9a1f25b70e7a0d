import { EXIT_CODES } from "../gate/exit-code.js";

/**
 * A user error: bad arguments, or an input, config, waiver or baseline file that cannot be used.
 * The CLI prints `lines` (each problem as `file:line:column: message`) and exits 2, never with a stack.
 */
export class UsageError extends Error {
  readonly exitCode = EXIT_CODES.unusable;
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "UsageError";
  }
}
