import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { displayPath, writeOutput, type CliIo } from "../io.js";
import { STARTER_PROFILE } from "../starter-profile.js";

export const DEFAULT_PROFILE_FILE = "bipa-profile.yaml";

/** `bipa-check init [file]`: writes the commented starter profile; never overwrites without `--force`. */
export function runInit(file: string | undefined, flags: { force?: boolean }, io: CliIo): number {
  const target = file ?? DEFAULT_PROFILE_FILE;
  const shown = displayPath(target, io.cwd);
  if (existsSync(resolve(io.cwd, target)) && !flags.force) {
    throw new UsageError([`bipa-check: ${shown} already exists; pass --force to overwrite it`]);
  }
  writeOutput(target, STARTER_PROFILE, io.cwd);
  io.stdout.write(`Wrote ${shown}. Replace each "unknown" you can establish, then run: bipa-check audit ${shown}\n`);
  return 0;
}
