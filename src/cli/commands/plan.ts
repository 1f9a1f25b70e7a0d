import { audit } from "../../engine/audit.js";
import { plan, type PlanOptions } from "../../plan/plan.js";
import { PLAN_FORMAT_NAMES, planFormatters, type PlanFormatName } from "../../plan/format/index.js";
import { isRemedyId, REMEDY_IDS, type RemedyId } from "../../remedies/ids.js";
import { closest } from "../../util/suggest.js";
import { checkOutputs, checkSharedArguments, type AuditFlags, type OutputSpec, type SharedArguments } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { loadProfiles, loadSettings, writeOrFail } from "../inputs.js";
import { colorEnabled } from "../color.js";
import type { CliIo } from "../io.js";

/** The options commander hands to `plan`, as typed strings (validated here). */
export type PlanFlags = Pick<
  AuditFlags,
  | "format"
  | "outputFile"
  | "asOf"
  | "rule"
  | "config"
  | "color"
  | "amendmentAppliesToPending"
  | "stdinFilename"
  | "maxBytes"
  | "maxDepth"
  | "maxAliases"
> & {
  /** `--apply`, repeatable: comma-separated remedy ids, or `cures` / `all`. */
  apply?: string[];
};

interface PlanArguments extends SharedArguments {
  outputs: Array<OutputSpec<PlanFormatName>>;
  apply?: PlanOptions["apply"];
}

/**
 * Runs `bipa-check plan`: audits one profile, builds the remediation plan (with a what-if when
 * `--apply` is given) and writes it. Returns 0: a plan never fails on findings (`audit` gates CI).
 * Unusable input or arguments throw UsageError (exit 2).
 */
export async function runPlan(input: string, flags: PlanFlags, io: CliIo): Promise<number> {
  const args = checkPlanArguments(flags);
  const settings = loadSettings([input], flags, { rules: args.rules, assumptions: args.assumptions }, io);
  const [loaded] = await loadProfiles([input], flags, args.limits, io);
  if (!loaded) throw new Error("loadProfiles returned no profile for one input");
  const report = audit(loaded, { asOf: args.asOf, rules: settings.rules, assumptions: settings.assumptions });
  const result = plan(report, loaded.profile, {
    rules: settings.rules,
    assumptions: settings.assumptions,
    ...(args.apply !== undefined ? { apply: args.apply } : {}),
  });

  for (const spec of args.outputs) {
    const toStdout = spec.dest === undefined;
    const text = planFormatters[spec.format](result, {
      ...(loaded.file !== undefined ? { file: loaded.file } : {}),
      color: toStdout && colorEnabled(io.stdout, io.env, flags.color),
    });
    if (toStdout) io.stdout.write(text);
    else writeOrFail(spec.dest!, text, spec.dest!, io.cwd);
  }
  return 0;
}

/** Validates every argument before any file is read, listing all mistakes at once. */
function checkPlanArguments(flags: PlanFlags): PlanArguments {
  const errors: string[] = [];
  const outputs = checkOutputs(flags.format, PLAN_FORMAT_NAMES, errors, "markdown=plan.md", flags.outputFile);
  const shared = checkSharedArguments(flags, errors);
  const apply = flags.apply === undefined ? undefined : checkApply(flags.apply, errors);
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  return { outputs, ...shared, ...(apply !== undefined ? { apply } : {}) };
}

/** `--apply` values → remedy ids, or the keyword `cures` / `all` (which stand alone). */
function checkApply(values: readonly string[], errors: string[]): PlanOptions["apply"] | undefined {
  const words = values.flatMap((v) => v.split(",")).map((w) => w.trim());
  const isKeyword = (w: string): w is "cures" | "all" => w === "cures" || w === "all";
  if (words.some(isKeyword)) {
    const [only] = words;
    if (words.length === 1 && only !== undefined && isKeyword(only)) return only;
    errors.push(`--apply ${values.join(",")}: "cures" and "all" stand alone; give either one of them or a list of measure ids`);
    return undefined;
  }
  const ids: RemedyId[] = [];
  for (const word of words) {
    if (word === "") {
      errors.push(`--apply ${values.join(",")}: empty measure id; expected comma-separated measure ids, "cures" or "all"`);
    } else if (isRemedyId(word)) {
      if (!ids.includes(word)) ids.push(word);
    } else {
      const hint = closest(word, [...REMEDY_IDS, "cures", "all"]);
      errors.push(
        `--apply: unknown measure "${word}"${hint ? ` (did you mean "${hint}"?)` : ""}; docs/remedies.md lists the ids, or use "cures" or "all"`,
      );
    }
  }
  return ids;
}
