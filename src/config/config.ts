import { dirname, join, parse, resolve } from "node:path";
import type { RuleSetting } from "../engine/select.js";
import type { LoadLimits } from "../practices/load.js";
import { withPosition, type Problem } from "../practices/problems.js";
import type { FailOn } from "../gate/exit-code.js";
import type { Assumptions } from "../packs/bipa/rule.js";
import { closest } from "../util/suggest.js";
import { parseSideFile } from "./parse-file.js";
import type { SourceMap } from "../practices/source-map.js";
import { SHIPPED_OPTIONS } from "./pack-options.js";
import { CONFIG_FILE_NAMES, configSchema, type Config, type PackOptionChoices } from "./schema.js";

/** What a run assumes where the law is unsettled: BIPA's assumptions and the pack options chosen, by id. */
export type RunAssumptions = Partial<Assumptions> & PackOptionChoices;

export type ParseConfigResult = { ok: true; config: Config } | { ok: false; problems: Problem[] };

/**
 * Reads a config file. Rule ids are checked against `knownRuleIds` (a typo must not silently
 * turn nothing off); every problem comes back at once with its line and column.
 */
export function parseConfig(
  text: string,
  options: { knownRuleIds?: readonly string[]; knownPackIds?: readonly string[]; limits?: Partial<LoadLimits> } = {},
): ParseConfigResult {
  const parsed = parseSideFile(text, configSchema, "config file", options.limits);
  if (!parsed.ok) {
    // The rule and pack ids are checked even when the schema fails, so every problem comes at once.
    const read = parsed.read;
    const extra = read && isRecord(read.data) ? idProblems(read.data.rules, read.data.packs, options, read.sourceMap) : [];
    return { ok: false, problems: [...parsed.problems.map(withKnownAssumptions), ...extra].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  }
  const problems = idProblems(parsed.value.rules, parsed.value.packs, options, parsed.sourceMap);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: parsed.value as Config };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Unknown rule and pack ids under `rules` and `packs` (a typo must not silently turn nothing off). */
function idProblems(rules: unknown, packs: unknown, options: { knownRuleIds?: readonly string[]; knownPackIds?: readonly string[] }, sourceMap: SourceMap): Problem[] {
  const problems: Problem[] = [];
  const escape = (id: string) => id.replace(/~/g, "~0").replace(/\//g, "~1");
  for (const id of isRecord(rules) ? Object.keys(rules) : []) {
    if (options.knownRuleIds && !options.knownRuleIds.includes(id)) {
      const hint = closest(id, options.knownRuleIds);
      problems.push(withPosition({ path: `/rules/${escape(id)}`, code: "schema", message: `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}` }, sourceMap));
    }
  }
  for (const id of isRecord(packs) ? Object.keys(packs) : []) {
    if (options.knownPackIds && !options.knownPackIds.includes(id)) {
      const hint = closest(id, options.knownPackIds);
      problems.push(
        withPosition(
          { path: `/packs/${escape(id)}`, code: "schema", message: `unknown pack "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}; known packs: ${options.knownPackIds.join(", ")}` },
          sourceMap,
        ),
      );
    }
  }
  return problems;
}

/** The keys `assumptions` takes: BIPA's, then every declared pack option by its id. */
const ASSUMPTION_KEYS: readonly string[] = ["amendmentAppliesToPendingClaims", ...SHIPPED_OPTIONS.map((o) => o.id)];

/**
 * An unknown key under `assumptions` is most often a mistyped pack option id: the problem lists the
 * keys it may take, as an unknown pack does the known packs.
 */
function withKnownAssumptions(problem: Problem): Problem {
  if (!/^\/assumptions\/[^/]+$/.test(problem.path) || !problem.message.startsWith("unknown key ")) return problem;
  return { ...problem, message: `${problem.message}; known assumptions: ${ASSUMPTION_KEYS.join(", ")}` };
}

/**
 * The config files to look for, nearest first: each name in `startDir`, then in each parent up to
 * the file-system root. The caller checks which exist (this function does no I/O).
 */
export function configCandidates(startDir: string): string[][] {
  const out: string[][] = [];
  let dir = resolve(startDir);
  const { root } = parse(dir);
  for (;;) {
    out.push(CONFIG_FILE_NAMES.map((name) => join(dir, name)));
    if (dir === root) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

/** Settings for one audit run, after the config file and the command line are merged. */
export interface AuditSettings {
  failOn: FailOn;
  /** The packs to run (undefined: every shipped pack). */
  packs?: string[];
  rules: Record<string, RuleSetting>;
  /** Absolute or working-directory-relative paths. */
  waivers?: string;
  baseline?: string;
  /** From the config file only: waiver policy belongs in reviewed configuration. */
  maxWaiverDays?: number;
  /** Per key, the command line's over the config file's (pack options included). */
  assumptions: RunAssumptions;
}

/** What the command line set; anything left undefined falls back to the config file, then the default. */
export interface CommandLineSettings {
  failOn?: FailOn;
  /** `--pack`: replaces the config's choice. */
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  waivers?: string;
  baseline?: string;
  assumptions?: RunAssumptions;
}

/**
 * Merges config and command line: the command line wins; rule settings merge per rule id; paths
 * in the config are resolved against the config file's directory.
 */
export function mergeSettings(
  config: Config | undefined,
  configFile: string | undefined,
  cli: CommandLineSettings,
  knownPackIds: readonly string[] = [],
): AuditSettings {
  const fromConfig = (p: string | undefined) => (p === undefined ? undefined : configFile ? resolve(dirname(configFile), p) : p);
  const waivers = cli.waivers ?? fromConfig(config?.waivers);
  const baseline = cli.baseline ?? fromConfig(config?.baseline);
  const packs = cli.packs ?? packsFromConfig(config, knownPackIds);
  return {
    failOn: cli.failOn ?? config?.failOn ?? "violation",
    ...(packs ? { packs } : {}),
    rules: { ...(config?.rules ?? {}), ...(cli.rules ?? {}) },
    ...(waivers !== undefined ? { waivers } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(config?.maxWaiverDays !== undefined ? { maxWaiverDays: config.maxWaiverDays } : {}),
    assumptions: { ...(config?.assumptions ?? {}), ...(cli.assumptions ?? {}) },
  };
}

/** The packs a config leaves on: every known pack but those set to false (undefined when it sets none). */
function packsFromConfig(config: Config | undefined, known: readonly string[]): string[] | undefined {
  const off = Object.entries(config?.packs ?? {}).filter(([, on]) => !on).map(([id]) => id);
  return off.length === 0 ? undefined : known.filter((id) => !off.includes(id));
}
