import { dirname, resolve } from "node:path";
import { checkSettings, RuleSettingsError } from "../engine/select.js";
import { decodeUtf8, DEFAULT_LIMITS, loadProfile, type LoadedProfile, type LoadLimits } from "../practices/load.js";
import { PACK_IDS, SHIPPED_RULE_IDS } from "../packs/index.js";
import { configCandidates, mergeSettings, parseConfig, type AuditSettings, type CommandLineSettings } from "../config/config.js";
import type { Config } from "../config/schema.js";
import type { Problem } from "../practices/problems.js";
import { UsageError } from "./errors.js";
import { displayPath, fileExists, overLimit, problemLines, readText, type CliIo } from "./io.js";
import { pushAll } from "../util/push-all.js";

/*
 * What the commands that audit a profile (`audit`, `plan`) share: finding and reading the config
 * file, settling the rule settings, and reading profiles from files or standard input (outputs are
 * written by outputs.ts). Every problem becomes a UsageError (exit 2) that names the file.
 */

/** The argument that means standard input. */
export const STDIN = "-";

/**
 * The settings in force: the config file (`--config FILE`, else the nearest bipa-check.config.* above
 * the first profile, unless `--no-config`) merged with the command line, with every rule id checked.
 */
export function loadSettings(
  files: readonly string[],
  flags: { config?: string | boolean },
  cli: CommandLineSettings,
  io: CliIo,
): AuditSettings & { configFile?: string } {
  const configFile = configFileFor(files, flags, io.cwd);
  const config = configFile ? readConfig(configFile, SHIPPED_RULE_IDS, io.cwd) : undefined;
  const settings = mergeSettings(config, configFile, cli, PACK_IDS);
  if (settings.packs !== undefined && settings.packs.length === 0) {
    throw new UsageError([`bipa-check: ${configFile ? displayPath(configFile, io.cwd) : "the config"} turns every pack off; known packs: ${PACK_IDS.join(", ")}`]);
  }
  try {
    checkSettings(SHIPPED_RULE_IDS, settings.rules);
  } catch (error) {
    if (error instanceof RuleSettingsError) throw new UsageError(error.problems.map((p) => `bipa-check: --rule: ${p}`));
    throw error;
  }
  return configFile !== undefined ? { ...settings, configFile } : settings;
}

/** The `packs` option of an audit for these settings (absent: every shipped pack). */
export function packsOf(settings: { packs?: string[] }): { packs?: string[] } {
  return settings.packs ? { packs: settings.packs } : {};
}

/** The config file in force: `--config FILE`, none with `--no-config`, else the nearest one above the first profile. */
export function configFileFor(files: readonly string[], flags: { config?: string | boolean }, cwd: string): string | undefined {
  return typeof flags.config === "string" ? resolve(cwd, flags.config) : flags.config === false ? undefined : findConfig(files, cwd);
}

function findConfig(files: readonly string[], cwd: string): string | undefined {
  const first = files.find((f) => f !== STDIN);
  const start = first === undefined ? cwd : dirname(resolve(cwd, first));
  for (const names of configCandidates(start)) {
    const present = names.filter(fileExists);
    if (present.length > 1) {
      throw new UsageError([`bipa-check: found ${present.map((p) => displayPath(p, cwd)).join(" and ")}; keep one config file per directory`]);
    }
    if (present[0]) return present[0];
  }
  return undefined;
}

function readConfig(file: string, knownRuleIds: readonly string[], cwd: string): Config {
  const shown = displayPath(file, cwd);
  const parsed = parseConfig(readSideFile(file, shown, cwd), { knownRuleIds, knownPackIds: PACK_IDS });
  if (!parsed.ok) throw new UsageError(problemLines(parsed.problems, shown));
  return parsed.config;
}

/**
 * Reads a config, waiver or baseline file as UTF-8; unreadable → UsageError naming the file. The size
 * is checked before reading, with the profile's default limit: these files are small by nature.
 */
export function readSideFile(path: string, shown: string, cwd: string, hint?: string): string {
  const read = readText(path, cwd, DEFAULT_LIMITS.maxBytes);
  if (!read.ok) {
    const notFound = hint && read.problems.some((p) => p.message === "file not found");
    // --max-bytes governs profiles, not these files: say which limit applies.
    const explain = (p: Problem) =>
      notFound ? { ...p, message: `${p.message} (${hint})` } : p.code === "limit" ? { ...p, message: p.message.replace(/ \(raise it[^)]*\)$/, " (the limit for config, waiver and baseline files)") } : p;
    throw new UsageError(problemLines(read.problems.map(explain), shown));
  }
  return read.text;
}

/**
 * Reads and validates profiles (files, or `-` for standard input shown as `stdinFilename`), reporting
 * every problem of every file at once as `file:line:column: message`.
 */
export async function loadProfiles(
  files: readonly string[],
  flags: { stdinFilename?: string },
  limits: Partial<LoadLimits>,
  io: CliIo,
): Promise<LoadedProfile[]> {
  const loaded: LoadedProfile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const shown = file === STDIN ? (flags.stdinFilename ?? "<stdin>") : displayPath(file, io.cwd);
    let text: string;
    const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    if (file === STDIN) {
      const refusal = io.stdinRefusal?.();
      if (refusal !== undefined) {
        errors.push(`${shown}: ${refusal}`);
        continue;
      }
      const bytes = await io.readStdin(maxBytes);
      if (bytes.length > maxBytes) {
        pushAll(errors, problemLines([overLimit(undefined, maxBytes)], shown));
        continue;
      }
      const decoded = decodeUtf8(bytes);
      if (!decoded.ok) {
        pushAll(errors, problemLines(decoded.problems, shown));
        continue;
      }
      text = decoded.text;
    } else {
      const read = readText(file, io.cwd, maxBytes);
      if (!read.ok) {
        pushAll(errors, problemLines(read.problems, shown));
        continue;
      }
      text = read.text;
    }
    const result = loadProfile(text, { file: shown, limits });
    if (result.ok) loaded.push(result);
    else pushAll(errors, problemLines(result.problems, shown));
  }
  if (errors.length > 0) throw new UsageError(errors);
  return loaded;
}
