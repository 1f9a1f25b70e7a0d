import { processIo } from "./cli-io.js";
import { disableCodeGeneration } from "./no-eval.js";
import { run } from "./program.js";

// Before any schema is built: the command modules that build them are imported on demand by run().
disableCodeGeneration();

// A reader that stops early (`bipa-check rules | head -1`) closes the pipe: that is not an error of
// ours, so the rest of the output is dropped and the run still ends with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

// The bin entry: everything else lives in program.ts and the command modules it loads on demand.
run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bipa-check: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
