import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/*
 * Just enough of the GitHub Actions runner to run a composite action's `run` steps as the runner
 * would: `${{ inputs.NAME }}` and `${{ github.action_path }}` expressions, the step's env, the
 * runner's files and variables, bash. Any other expression fails the test: nothing is faked.
 */

export interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
  with?: Record<string, string>;
}

export interface ActionFile {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(path: string): ActionFile {
  return parse(readFileSync(path, "utf8")) as ActionFile;
}

/** Replaces each `${{ ... }}` with its value; throws on an expression this emulation does not know. */
export function evaluate(text: string, context: { inputs: Record<string, string>; actionPath: string }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (input) {
      if (!(input[1]! in context.inputs)) throw new Error(`unknown input ${input[1]}`);
      return context.inputs[input[1]!]!;
    }
    if (expr === "github.action_path") return context.actionPath;
    throw new Error(`expression not emulated: ${expr}`);
  });
}

/** `if: inputs.x != ''` and `if: inputs.x == 'y'`, the only conditions the action uses. */
export function condition(expr: string | undefined, inputs: Record<string, string>): boolean {
  if (expr === undefined) return true;
  const m = /^inputs\.([A-Za-z0-9_-]+) (==|!=) '([^']*)'$/.exec(expr.trim());
  if (!m) throw new Error(`condition not emulated: ${expr}`);
  const value = inputs[m[1]!] ?? "";
  return m[2] === "==" ? value === m[3] : value !== m[3];
}

/** The inputs as the runner resolves them: the given ones, else the action's defaults. */
export function resolveInputs(action: ActionFile, given: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.required && given[name] === undefined) throw new Error(`input ${name} is required`);
    out[name] = given[name] ?? spec.default ?? "";
  }
  return out;
}

/** Runs one `run` step with bash, as the runner does (`bash --noprofile --norc -eo pipefail`). */
export function runStep(
  step: ActionStep,
  context: { inputs: Record<string, string>; actionPath: string; cwd: string; env: Record<string, string> },
): { code: number | null; stdout: string; stderr: string } {
  if (step.shell !== "bash" || step.run === undefined) throw new Error(`step ${step.name}: only bash run steps are emulated`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...context.env };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, context);
  const cwd = step["working-directory"] ? evaluate(step["working-directory"], context) : context.cwd;
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", evaluate(step.run, context)], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The runner's GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end === -1) throw new Error(`unterminated heredoc for ${heredoc[1]}`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) throw new Error(`not an output line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
