#!/usr/bin/env node
// The GitHub Action's logic (action.yml runs it): audit the profiles with the bipa-check CLI built
// from the action's own checkout, write the reports (SARIF for github/codeql-action/upload-sarif,
// Markdown, JSON, and what else `formats` asks for), append the Markdown to the job summary, set the
// step outputs, and only then exit with the audit's exit code. Inputs arrive as INPUT_* variables
// (action.yml maps them), the runner's files as GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, the
// repository as GITHUB_WORKSPACE. Nothing here reads the network.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const env = process.env;

/** An input as action.yml passes it: INPUT_<NAME> with dashes as underscores, trimmed ("" when unset). */
const input = (name) => (env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] ?? "").trim();
const words = (text) => text.split(/[\s,]+/).filter(Boolean);

const FILE_FORMATS = { sarif: "bipa.sarif", markdown: "bipa.md", json: "bipa.json", junit: "bipa-junit.xml", gitlab: "gl-code-quality-report.json", text: "bipa.txt" };

/** A step output, in the runner's file format (a heredoc for values with line breaks). */
function setOutput(name, value) {
  const text = String(value);
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  if (!/[\r\n]/.test(text)) appendFileSync(file, `${name}=${text}\n`);
  else {
    let delimiter = "bipa_check_EOF";
    while (text.includes(delimiter)) delimiter += "_";
    appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
  }
}

function appendSummary(markdown) {
  if (env.GITHUB_STEP_SUMMARY && input("summary") !== "false") appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
}

/** A fenced block that no run of backticks in `text` can close. */
function fenced(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text.replace(/\s+$/, "")}\n${fence}`;
}

function fail(code, message) {
  process.stderr.write(`bipa-check action: ${message}\n`);
  appendSummary(`## bipa-check could not run\n\n${fenced(message)}\n`);
  setOutput("exit-code", code);
  process.exit(code);
}

const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
const cwd = resolve(workspace, input("working-directory") || ".");
const cli = env.BIPA_CHECK_CLI ? resolve(env.BIPA_CHECK_CLI) : join(HERE, "..", "..", "dist", "cli.js");
if (!existsSync(cli)) fail(3, `the bipa-check CLI is not built at ${cli} (the action's build step did not run)`);

const profiles = input("profiles").split(/\r?\n/).flatMap((line) => words(line));
if (profiles.length === 0) fail(2, "the `profiles` input is empty: give profile files or globs, one per line");

const formats = new Set(["sarif", "markdown", "json", ...words(input("formats"))]);
for (const f of formats) if (!(f in FILE_FORMATS)) fail(2, `formats: unknown format "${f}"; expected any of ${Object.keys(FILE_FORMATS).join(", ")}`);

const outDir = resolve(cwd, input("output-dir") || "bipa-check-reports");
mkdirSync(outDir, { recursive: true });
const reportPath = (format) => join(outDir, FILE_FORMATS[format]);

const args = ["audit", ...profiles];
for (const format of formats) args.push("--format", `${format}=${reportPath(format)}`);
if (input("annotations") !== "false") args.push("--format", "github");
const flag = (name, option = `--${name}`) => {
  const value = input(name);
  if (value !== "") args.push(option, value);
};
flag("fail-on");
flag("max-risks");
flag("waivers");
flag("baseline");
flag("as-of");
flag("root");
args.push("--markdown-budget", input("markdown-budget") || "summary");
const config = input("config");
if (config === "false") args.push("--no-config");
else if (config !== "") args.push("--config", config);

const run = spawnSync(process.execPath, [cli, ...args], {
  cwd,
  encoding: "utf8",
  env: { ...env, BIPA_CHECK_ACTION: "1" },
  maxBuffer: 1024 * 1024 * 1024,
});
if (run.error) fail(3, `could not start bipa-check: ${run.error.message}`);
// The annotations (and any text) go to the log, where the runner reads workflow commands.
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const code = run.status ?? 3;

if (code !== 0 && code !== 1) {
  // Unusable input (2) or a bug (3): no report was written. Say why in the summary; set no report
  // outputs, so an upload step guarded on them is skipped rather than fed an empty SARIF (which would
  // close every open alert).
  appendSummary(`## bipa-check could not run (exit ${code})\n\n${fenced(run.stderr || "(no message)")}\n`);
  setOutput("exit-code", code);
  process.exit(code);
}

// Reports first, then the outputs, then the exit code: a failing gate never loses its reports.
if (formats.has("markdown") && existsSync(reportPath("markdown"))) appendSummary(readFileSync(reportPath("markdown"), "utf8"));
const envelope = JSON.parse(readFileSync(reportPath("json"), "utf8"));
const s = envelope.summary;
const shown = (p) => relative(workspace, p).split(sep).join("/");
setOutput("exit-code", code);
for (const key of ["violation", "risk", "info"]) setOutput(key === "info" ? "info" : `${key}s`, s[key]);
setOutput("waived", s.waived);
setOutput("baselined", s.baselined);
setOutput("failing", s.failing);
const exposure = envelope.reports.reduce(
  (sum, r) => (r.exposure ? { low: sum.low + r.exposure.totalUsd.low, high: sum.high + r.exposure.totalUsd.high } : sum),
  { low: 0, high: 0 },
);
setOutput("exposure-low", exposure.low);
setOutput("exposure-high", exposure.high);
for (const format of formats) setOutput(format, shown(reportPath(format)));
process.exit(code);
