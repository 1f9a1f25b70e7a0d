import { profileJsonSchema } from "../../practices/json-schema.js";
import { writeOutput, type CliIo } from "../io.js";

/** `bipa-check schema`: the profile's JSON Schema (draft 2020-12), to stdout or `--out FILE`. */
export function runSchema(flags: { out?: string }, io: CliIo): number {
  const text = `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
  if (flags.out === undefined || flags.out === "-") io.stdout.write(text);
  else writeOutput(flags.out, text, io.cwd);
  return 0;
}
