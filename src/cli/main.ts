import { processIo } from "./cli-io.js";
import { run } from "./program.js";

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
