import { audit } from "../../audit.js";
import { plan, type PlanOptions } from "../../plan/plan.js";
import { PLAN_FORMAT_NAMES, planFormatters, type PlanFormatName } from "../../plan/format/index.js";
import { isRemedyId, REMEDY_IDS, type RemedyId } from "../../packs/bipa/remedies/ids.js";
import { closest } from "../../util/suggest.js";
import { checkOutputs, checkSharedArguments, noteDefaultAsOf, type AuditFlags, type OutputSpec, type SharedArguments } from "../audit-args.js";
import { UsageError } from "../errors.js";
import { loadProfiles, loadSettings, packsOf, STDIN } from "../inputs.js";
import { inLargerHeap } from "../larger-heap.js";
import { refuseInputsAsOutputs, stdoutSink, writeOutputs, type RenderedOutput } from "../outputs.js";
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
  | "option"
  | "forum"
  | "assumedFilingDate"
  | "stdinFilename"
  | "maxBytes"
  | "maxDepth"
  | "maxAliases"
> & {
  /** `--apply`, repeatable: comma-separated remedy ids, or `cures` / `all`. */
  apply?: string[];
  /** `--horizon-years`: whole years, 1 to 10. */
  horizonYears?: string;
};

interface PlanArguments extends SharedArguments {
  outputs: Array<OutputSpec<PlanFormatName>>;
  apply?: PlanOptions["apply"];
  horizonYears?: number;
}

/**
 * Runs `bipa-check plan`: audits one profile, builds the remediation plan (with a what-if when
 * `--apply` is given) and writes it. Returns 0: a plan never fails on findings (`audit` gates CI).
 * Unusable input or arguments throw UsageError (exit 2).
 */
export async function runPlan(input: string, flags: PlanFlags, io: CliIo): Promise<number> {
  const args = checkPlanArguments(flags);
  noteDefaultAsOf(flags, args.asOf, io);
  const settings = loadSettings([input], flags, { ...(args.packs ? { packs: args.packs } : {}), rules: args.rules, assumptions: args.assumptions }, io);
  refuseInputsAsOutputs(
    args.outputs.flatMap((o) => (o.dest !== undefined ? [o.dest] : [])),
    [...(input === STDIN ? [] : [input]), ...(settings.configFile !== undefined ? [settings.configFile] : [])],
    io.cwd,
  );
  const rerun = inLargerHeap([input], flags, args.asOf, args.limits, io, { plan: true });
  if (rerun) return rerun;
  const [loaded] = await loadProfiles([input], flags, args.limits, io);
  if (!loaded) throw new Error("loadProfiles returned no profile for one input");
  const report = audit(loaded, { asOf: args.asOf, ...packsOf(settings), rules: settings.rules, assumptions: settings.assumptions });
  const result = plan(report, loaded.profile, {
    ...packsOf(settings),
    rules: settings.rules,
    assumptions: settings.assumptions,
    ...(args.apply !== undefined ? { apply: args.apply } : {}),
    ...(args.horizonYears !== undefined ? { horizonYears: args.horizonYears } : {}),
  });

  // Rendered first and written together (see outputs.ts): a failed run writes no plan.
  const rendered: RenderedOutput[] = args.outputs.map((spec) => ({
    ...(spec.dest !== undefined ? { dest: spec.dest } : {}),
    text: planFormatters[spec.format](result, {
      ...(loaded.file !== undefined ? { file: loaded.file } : {}),
      color: spec.dest === undefined && colorEnabled(io.stdout, io.env, flags.color),
    }),
  }));
  writeOutputs(rendered, io.cwd, stdoutSink(io));
  return 0;
}

/** Validates every argument before any file is read, listing all mistakes at once. */
function checkPlanArguments(flags: PlanFlags): PlanArguments {
  const errors: string[] = [];
  const outputs = checkOutputs(flags.format, PLAN_FORMAT_NAMES, errors, "markdown=plan.md", flags.outputFile);
  const shared = checkSharedArguments(flags, errors);
  const apply = flags.apply === undefined ? undefined : checkApply(flags.apply, errors);
  let horizonYears: number | undefined;
  if (flags.horizonYears !== undefined) {
    if (/^(10|[1-9])$/.test(flags.horizonYears)) horizonYears = Number(flags.horizonYears);
    else errors.push(`--horizon-years ${flags.horizonYears}: expected a whole number of years from 1 to 10`);
  }
  if (errors.length > 0) throw new UsageError(errors.map((e) => `bipa-check: ${e}`));
  return { outputs, ...shared, ...(apply !== undefined ? { apply } : {}), ...(horizonYears !== undefined ? { horizonYears } : {}) };
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
