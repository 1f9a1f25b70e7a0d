import { processIo } from "./cli-io.js";
import { run } from "./program.js";
import { outputFailureLine } from "./write-failure.js";

// A write that fails on standard output (a full disk, a reader that closed the pipe) means the
// report did not arrive: the run ends with exit 2 and one line saying so, never a stack trace, and
// whatever the run itself would have returned.
let outputFailed = false;
const failures = {
  stdout: (error: NodeJS.ErrnoException) => {
    outputFailed = true;
    io.stderr.write(`${outputFailureLine("standard output", error)}\n`);
  },
  // Nowhere left to say it: the exit code alone tells.
  stderr: () => {
    outputFailed = true;
  },
};
const io = processIo(failures);

// The bin entry: everything else lives in program.ts and the command modules it loads on demand.
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (error: unknown) => {
    io.stderr.write(`bipa-check: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
