import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { displayPath, type CliIo } from "../io.js";
import { writeOutputs } from "../outputs.js";
import { escapeTerminal } from "../../report/format/escape-terminal.js";
import { STARTER_PROFILE } from "../starter-profile.js";

export const DEFAULT_PROFILE_FILE = "bipa-profile.yaml";

/** `bipa-check init [file]`: writes the commented starter profile; never overwrites without `--force`. */
export function runInit(file: string | undefined, flags: { force?: boolean }, io: CliIo): number {
  const target = file ?? DEFAULT_PROFILE_FILE;
  const shown = displayPath(target, io.cwd);
  if (existsSync(resolve(io.cwd, target)) && !flags.force) {
    throw new UsageError([`bipa-check: ${shown} already exists; pass --force to overwrite it`]);
  }
  writeOutputs([{ dest: target, text: STARTER_PROFILE }], io.cwd, () => undefined);
  const name = escapeTerminal(shown);
  io.stdout.write(`Wrote ${name}. Replace each "unknown" you can establish, then run: bipa-check audit ${name}\n`);
  return 0;
}
