import { Command, CommanderError, Option } from "commander";
import { VERSION } from "../version.js";
import { UsageError } from "./errors.js";
import { escapeTerminal, escapeTerminalLines } from "../format/escape-terminal.js";
import type { CliIo } from "./cli-io.js";

const EXIT_CODES_HELP = `
Exit codes:
  0  clean, or only findings below --fail-on, waived or baselined
  1  findings at or above --fail-on (or more active risks than --max-risks)
  2  unusable input, config, waiver or baseline file, or bad arguments (each problem as file:line:column: message)
  3  internal error (a bug in bipa-check; please report it)`;

const AUDIT_EXAMPLES = `
Examples:
  $ bipa-check audit profile.yaml
  $ bipa-check audit 'profiles/**/*.yaml' --format sarif=bipa.sarif --format markdown=summary.md
  $ bipa-check audit 'profiles/**/*.yaml' --format github --format gitlab=gl-code-quality-report.json
  $ cat profile.json | bipa-check audit - --stdin-filename profile.json --format json
  $ bipa-check audit profile.yaml --fail-on risk --waivers bipa-waivers.yaml --baseline bipa-baseline.json
  $ bipa-check audit profile.yaml --format html=report.html --fail-on never
${EXIT_CODES_HELP}

bipa-check is an assessment aid, not legal advice.`;

const PLAN_EXAMPLES = `
Examples:
  $ bipa-check plan profile.yaml
  $ bipa-check plan profile.yaml --apply cures
  $ bipa-check plan profile.yaml --apply encrypt-templates-and-vectors,restrict-access --format markdown=plan.md
  $ cat profile.json | bipa-check plan - --stdin-filename profile.json --format json

A plan never fails on findings: it exits 0 whenever it is printed. Gate CI with \`bipa-check audit\`.

Exit codes:
  0  plan printed
  2  unusable input or config file, or bad arguments (each problem as file:line:column: message)
  3  internal error (a bug in bipa-check; please report it)

No measure changes the exposure already accrued: cures work forward only. bipa-check is an assessment aid, not legal advice.`;

const DIFF_EXAMPLES = `
Examples:
  $ bipa-check diff examples/clearview-2020.yaml examples/clearview-2021.yaml
  $ bipa-check diff git:origin/main:bipa-profile.yaml bipa-profile.yaml --format markdown=diff.md --fail-on risk
  $ bipa-check diff --as-of 2024-08-01 --as-of-after 2026-11-22 bipa-profile.yaml

A side is a file, - for standard input, or git:<ref>:<path> (read with git show, from the repository
around the working directory). Findings are matched by fingerprint; --fail-on applies to added findings only.

Exit codes:
  0  no added finding at or above --fail-on
  1  added findings at or above --fail-on
  2  unusable input or config file, or bad arguments (each problem as file:line:column: message)
  3  internal error (a bug in bipa-check; please report it)

bipa-check is an assessment aid, not legal advice.`;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const COLOR_HELP = {
  on: "colour even when output is not a terminal (as FORCE_COLOR=1)",
  off: "no colour (also NO_COLOR=1); by default colour is used only on a terminal",
} as const;

// Options several commands share, worded once so their help reads the same everywhere.
const RULE_HELP = "turn a rule off or set its severity: RULE=off|violation|risk|info; repeatable";
const PACK_HELP = "run only this jurisdiction pack (e.g. bipa); repeatable (default: every shipped pack, each deciding where its law applies)";
const LIMIT_HELP = {
  maxBytes: "largest profile accepted, in bytes (default: 10485760)",
  maxDepth: "deepest nesting accepted (default: 64)",
  maxAliases: "most YAML alias expansions accepted (default: 100)",
} as const;
const failOnOption = () =>
  new Option("--fail-on <severity>", "lowest severity that fails the run (default: violation)").choices(["violation", "risk", "info", "never"]);
const amendmentOption = () =>
  new Option("--amendment-applies-to-pending <answer>", "assume PA 103-0769 applies to claims pending on 2 Aug 2024 (unsettled; default unknown)").choices([
    "yes",
    "no",
    "unknown",
  ]);
const forumOption = () =>
  new Option("--forum <forum>", "where claims would be heard, for whether PA 103-0769 reaches earlier conduct (default unknown: every forum's answer)").choices([
    "federal",
    "illinois-state",
    "arbitration",
    "unknown",
  ]);
const OPTION_HELP =
  "state a pack option, OPTION=VALUE, where the legal reference leaves a point open (e.g. co-biometric/deletion-deadline=two-years-of-collection); repeatable; wins over the config's assumptions";
const FILING_HELP = "exposure: the five-year look-back runs back from this filing date, YYYY-MM-DD (default: the --as-of date)";

/**
 * Imports a command module once zod is told to generate no code: before the module builds any
 * schema. Here rather than at start-up, so `--version` and `--help` do not load zod at all.
 */
async function command<T>(load: () => Promise<T>): Promise<T> {
  const { disableCodeGeneration } = await import("./no-eval.js");
  disableCodeGeneration();
  return load();
}

/** Builds the command tree. Each action imports its command module on demand (cold start stays fast). */
function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("bipa-check")
    .description("Audit biometric-data practices against the Illinois BIPA (740 ILCS 14). An assessment aid, not legal advice.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addHelpCommand("help [command]", "show help for a command")
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    // Commander echoes arguments back (an unknown option, a bad value): escaped like every message.
    .configureOutput({ writeOut: (s) => io.stdout.write(escapeTerminalLines(s)), writeErr: (s) => io.stderr.write(escapeTerminalLines(s)) })
    .addHelpText("after", EXIT_CODES_HELP);

  program
    .command("audit")
    .description("audit practices profiles (YAML or JSON) and report findings with citations and remedies")
    .argument("<profiles...>", 'profile files, globs (quote them: "profiles/**/*.yaml") or - for standard input')
    .option(
      "-f, --format <format[=file]>",
      "text, json, sarif, junit, markdown, html, github (workflow annotations) or gitlab (Code Quality), optionally to a file; repeatable (default: text)",
      collect,
    )
    .option("-o, --output-file <file>", "write the one format without =file to this file instead of standard output")
    .addOption(failOnOption())
    .option("--max-risks <n>", "also fail when there are more than n active risks (like ESLint's --max-warnings)")
    .option("--as-of <date>", "evaluate as of this date, YYYY-MM-DD (default: today in UTC)")
    .option("--pack <id>", PACK_HELP, collect)
    .option("--rule <rule=setting>", RULE_HELP, collect)
    .option("-c, --config <file>", "config file (default: the nearest bipa-check.config.{json,yaml,yml} above the first profile)")
    .option("--no-config", "do not look for a config file")
    .option("--waivers <file>", "waiver file (YAML): accepted findings with justification, approver and expiry")
    .option("--baseline <file>", "baseline file (JSON): findings accepted before; only new findings fail")
    .option("--update-baseline", "write the current findings to the --baseline file, then report against it")
    .option("--explain", "under each finding, show the fields read, their values and lines, and why it fired")
    .option("-q, --quiet", "text output: only findings that fail the run, and the summary; no notices on stderr")
    .option("--color", COLOR_HELP.on)
    .option("--no-color", COLOR_HELP.off)
    .option("--print-config", "print the settings the run would use (config file, fail-on, rules, waivers, baseline, outputs) as JSON, and exit")
    .option("--root <dir>", "SARIF, GitLab and GitHub paths are relative to this directory (default: the git top level, else the working directory)")
    .option("--markdown-budget <size>", "largest Markdown output: summary (1 MiB, the default), comment (65,536 bytes), none, or a number of bytes")
    .option("--sarif-max-results <n>", "most results in the SARIF run; the least severe are left out above it (default and most: 25000, GitHub's limit)")
    .option("--sarif-include-suppressed", "SARIF: include waived and baselined results, marked with suppressions")
    .addOption(amendmentOption())
    .option("--option <option=value>", OPTION_HELP, collect)
    .addOption(forumOption())
    .option("--assumed-filing-date <date>", FILING_HELP)
    .option("--stdin-filename <name>", "the file name to report for standard input (default: <stdin>)")
    .option("--max-bytes <n>", LIMIT_HELP.maxBytes)
    .option("--max-depth <n>", LIMIT_HELP.maxDepth)
    .option("--max-aliases <n>", LIMIT_HELP.maxAliases)
    .addHelpText("after", AUDIT_EXAMPLES)
    .action(async (profiles: string[], flags) => {
      const { runAudit } = await command(() => import("./commands/audit.js"));
      setExit(await runAudit(profiles, flags, io));
    });

  program
    .command("plan")
    .description("remediation plan for a profile: the measures its findings name, the new claims each avoids going forward, and a what-if")
    .argument("<profile>", "profile file (YAML or JSON), or - for standard input")
    .option("-f, --format <format[=file]>", "text, json or markdown, optionally to a file; repeatable (default: text)", collect)
    .option("-o, --output-file <file>", "write the one format without =file to this file instead of standard output")
    .option(
      "--apply <measures>",
      "what-if: apply these measures together and re-audit; comma-separated measure ids, or cures (every modeled cure) or all (every modeled measure); repeatable",
      collect,
    )
    .option("--as-of <date>", "evaluate as of this date, YYYY-MM-DD; measures are recorded as taken on it (default: today in UTC)")
    .option("--pack <id>", PACK_HELP, collect)
    .option("--rule <rule=setting>", RULE_HELP, collect)
    .option("-c, --config <file>", "config file (default: the nearest bipa-check.config.{json,yaml,yml} above the profile)")
    .option("--no-config", "do not look for a config file")
    .addOption(amendmentOption())
    .option("--option <option=value>", OPTION_HELP, collect)
    .option("--color", COLOR_HELP.on)
    .option("--no-color", COLOR_HELP.off)
    .addOption(forumOption())
    .option("--assumed-filing-date <date>", FILING_HELP)
    .option("--horizon-years <n>", "years over which each measure's new claims avoided are counted, 1-10 (default: 1)")
    .option("--stdin-filename <name>", "the file name to show for standard input (default: <stdin>)")
    .option("--max-bytes <n>", LIMIT_HELP.maxBytes)
    .option("--max-depth <n>", LIMIT_HELP.maxDepth)
    .option("--max-aliases <n>", LIMIT_HELP.maxAliases)
    .addHelpText("after", PLAN_EXAMPLES)
    .action(async (profile: string, flags) => {
      const { runPlan } = await command(() => import("./commands/plan.js"));
      setExit(await runPlan(profile, flags, io));
    });

  program
    .command("diff")
    .description("compare two profiles (or one profile on two dates): findings added and resolved, exposure per section, new duties")
    .argument("<before>", "the profile before: a file, - for standard input, or git:<ref>:<path>")
    .argument("[after]", "the profile after (the same kinds); omit it to compare <before> as of --as-of and --as-of-after")
    .option("-f, --format <format[=file]>", "text, json or markdown, optionally to a file; repeatable (default: text)", collect)
    .addOption(failOnOption())
    .option("--as-of <date>", "evaluate the before side as of this date, YYYY-MM-DD (default: today in UTC)")
    .option("--as-of-after <date>", "evaluate the after side as of this date (default: --as-of)")
    .option("--pack <id>", PACK_HELP, collect)
    .option("--rule <rule=setting>", RULE_HELP, collect)
    .option("-c, --config <file>", "config file (default: the nearest bipa-check.config.{json,yaml,yml} above the first profile file)")
    .option("--no-config", "do not look for a config file")
    .addOption(amendmentOption())
    .option("--option <option=value>", OPTION_HELP, collect)
    .option("--stdin-filename <name>", "the file name to show for standard input (default: <stdin>)")
    .option("--max-bytes <n>", LIMIT_HELP.maxBytes)
    .option("--max-depth <n>", LIMIT_HELP.maxDepth)
    .option("--max-aliases <n>", LIMIT_HELP.maxAliases)
    .addHelpText("after", DIFF_EXAMPLES)
    .action(async (before: string, after: string | undefined, flags) => {
      const { runDiff } = await command(() => import("./commands/diff.js"));
      setExit(await runDiff(after === undefined ? [before] : [before, after], flags, io));
    });

  program
    .command("stream")
    .description("audit an NDJSON inventory line by line with bounded memory; writes one NDJSON result per line")
    .argument("<inventory>", "an NDJSON file, or - for standard input (a header line then one system per line, or one profile per line)")
    .addOption(failOnOption())
    .option("--as-of <date>", "evaluate as of this date, YYYY-MM-DD (default: today in UTC)")
    .option("--pack <id>", PACK_HELP, collect)
    .option("--rule <rule=setting>", RULE_HELP, collect)
    .option("-c, --config <file>", "config file (default: the nearest bipa-check.config.{json,yaml,yml} above the inventory)")
    .option("--no-config", "do not look for a config file")
    .addOption(amendmentOption())
    .option("--option <option=value>", OPTION_HELP, collect)
    .option("--stop-on-error", "stop at the first line that cannot be audited (default: report it and go on)")
    .option("--max-line-bytes <n>", "longest line accepted, in characters; a longer line stops the stream (default: 10485760)")
    .addHelpText(
      "after",
      `
Examples:
  $ bipa-check stream estate.ndjson --as-of 2026-11-22 > results.ndjson
  $ generate-inventory | bipa-check stream - --fail-on risk

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a line or the input could not be
read (bad lines are reported in place as {"kind":"error"} results); 3 internal error.`,
    )
    .action(async (inventory: string, flags) => {
      const { runStream } = await command(() => import("./commands/stream.js"));
      setExit(await runStream(inventory, flags, io));
    });

  program
    .command("schema")
    .description("print the profile's JSON Schema (for editors and validation), or with --report that of the JSON output")
    .option("--report", "the JSON Schema of `audit --format json` (report version 3) instead of the profile's")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .action(async (flags) => {
      const { runSchema } = await command(() => import("./commands/schema.js"));
      setExit(runSchema(flags, io));
    });

  program
    .command("rules")
    .description("list the rules: id, section, default severity and title")
    .option("--json", "print JSON (with kind, tags and the documentation link)")
    .action(async (flags) => {
      const { runRules } = await command(() => import("./commands/rules.js"));
      setExit(runRules(flags, io));
    });

  program
    .command("explain")
    .description("explain a rule: what it checks, the section in plain words, authorities, remedies, examples")
    .argument("<rule>", "rule id, e.g. bipa/15b-written-release (the bipa/ prefix may be left out)")
    .option("--color", COLOR_HELP.on)
    .option("--no-color", COLOR_HELP.off)
    .action(async (rule: string, flags) => {
      const { runExplain } = await command(() => import("./commands/explain.js"));
      setExit(runExplain(rule, flags, io));
    });

  program
    .command("init")
    .description("write a commented starter profile (bipa-profile.yaml) and a config that gates on risks (bipa-check.config.yaml)")
    .argument("[file]", "where to write the profile; the config goes beside it", "bipa-profile.yaml")
    .option("--force", "overwrite the files if they exist")
    .action(async (file: string, flags) => {
      const { runInit } = await command(() => import("./commands/init.js"));
      setExit(runInit(file, flags, io));
    });

  program
    .command("completion")
    .description("print a shell completion script: bipa-check completion bash >> ~/.bashrc")
    .argument("<shell>", "bash or zsh")
    .action(async (shell: string) => {
      const { runCompletion } = await command(() => import("./commands/completion.js"));
      setExit(runCompletion(shell, program, io));
    });

  return program;
}

/**
 * Runs the CLI with `argv` (without the node and script entries) and returns the exit code.
 * User errors print their problems and return 2; anything else is an internal error (3).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message (or the help or version).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    // Problems quote the input (keys, values, file names): one escaped line each.
    for (const line of error.lines) io.stderr.write(`${escapeTerminal(line)}\n`);
    return error.exitCode;
  }
  const message = escapeTerminal(error instanceof Error ? error.message : String(error));
  io.stderr.write(
    `bipa-check: internal error: ${message}\n` +
      "This is a bug in bipa-check, not a problem with your files. Please report it to its maintainers, with the command you ran.\n",
  );
  if (io.env.BIPA_CHECK_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("Set BIPA_CHECK_DEBUG=1 to print the stack trace.\n");
  return 3;
}
