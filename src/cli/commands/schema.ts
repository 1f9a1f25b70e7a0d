import { reportJsonSchema } from "../../format/report-json-schema.js";
import { profileJsonSchema } from "../../practices/json-schema.js";
import type { CliIo } from "../io.js";
import { stdoutSink, writeOutputs } from "../outputs.js";

/**
 * `bipa-check schema`: the profile's JSON Schema (draft 2020-12), or with `--report` the schema of
 * the JSON output (docs/report.schema.json), to stdout or `--out FILE`.
 */
export function runSchema(flags: { out?: string; report?: boolean }, io: CliIo): number {
  const text = `${JSON.stringify(flags.report ? reportJsonSchema() : profileJsonSchema(), null, 2)}\n`;
  writeOutputs([{ ...(flags.out === undefined || flags.out === "-" ? {} : { dest: flags.out }), text }], io.cwd, stdoutSink(io));
  return 0;
}
