import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAMES } from "../../config/schema.js";
import { UsageError } from "../errors.js";
import { displayPath, type CliIo } from "../io.js";
import { writeOutputs, type RenderedOutput } from "../outputs.js";
import { escapeTerminal } from "../../format/escape-terminal.js";
import { shippedFileFrom } from "../package-files.js";
import { starterConfig, starterProfile } from "../starter-profile.js";

export const DEFAULT_PROFILE_FILE = "bipa-profile.yaml";
export const DEFAULT_CONFIG_FILE = "bipa-check.config.yaml";

/**
 * `bipa-check init [file]`: writes the commented starter profile and, beside it, a config with
 * `failOn: risk` (unless a config file is already there). Never overwrites without `--force`.
 */
export function runInit(file: string | undefined, flags: { force?: boolean }, io: CliIo): number {
  const target = resolve(io.cwd, file ?? DEFAULT_PROFILE_FILE);
  const shown = escapeTerminal(displayPath(target, io.cwd));
  if (existsSync(target) && !flags.force) {
    throw new UsageError([`bipa-check: ${shown} already exists; pass --force to overwrite it`]);
  }
  const dir = dirname(target);
  const files: RenderedOutput[] = [{ dest: target, text: starterProfile(shippedFileFrom(dir, "docs/profile.schema.json")) }];

  const config = join(dir, DEFAULT_CONFIG_FILE);
  const existing = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((p) => existsSync(p));
  const writeConfig = existing === undefined || (flags.force === true && existing === config);
  if (writeConfig) files.push({ dest: config, text: starterConfig(shippedFileFrom(dir, "docs/config.schema.json")) });
  // Both files land together, or neither (outputs.ts).
  writeOutputs(files, io.cwd, () => undefined);

  const configShown = escapeTerminal(displayPath(existing ?? config, io.cwd));
  io.stdout.write(
    [
      writeConfig ? `Wrote ${shown} and ${configShown}.` : `Wrote ${shown}; kept ${configShown} as it is.`,
      writeConfig
        ? `${configShown} sets failOn: risk, so the audit fails until every fact left "unknown" is established (each is a risk).`
        : `Its failOn decides what fails; failOn: risk fails the audit until every fact left "unknown" is established.`,
      `Replace each "unknown" you can establish, then run: bipa-check audit ${shown}`,
      "",
    ].join("\n"),
  );
  return 0;
}
