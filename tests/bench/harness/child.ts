/*
 * The process scripts/bench.mjs starts for each row module (bundled with esbuild first):
 *
 *   child.mjs list                                  the modules, in table order, as JSON
 *   child.mjs run <module> [--quick]                runs one module; its rows as JSON on the last stdout line
 *   child.mjs probe <module> <probe> [args…]        one fresh-process measurement of a module (peak RSS)
 *
 * The runner passes BENCH_ROOT, BENCH_WORK and BENCH_CLI in the environment. Progress goes to stderr.
 * Every figure is measured with zod's JIT off, as in the CLI.
 */
import { spawn } from "node:child_process";
import { disableCodeGeneration } from "../../../src/cli/no-eval.js";
import type { BenchContext, BenchModule } from "./types.js";

// zod's JIT off, as the CLI runs, before any schema is built: the modules are imported after this.
disableCodeGeneration();
const { BENCH_MODULES } = await import("../rows/index.js");

const [command, ...args] = process.argv.slice(2);
const quick = args.includes("--quick");
const positional = args.filter((a) => a !== "--quick");

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the bench through scripts/bench.mjs`);
  return value;
}

function find(id: string | undefined): BenchModule {
  const found = BENCH_MODULES.find((m) => m.id === id);
  if (!found) throw new Error(`no bench module "${id}" (known: ${BENCH_MODULES.map((m) => m.id).join(", ")})`);
  return found;
}

function context(moduleId: string): BenchContext {
  return {
    quick,
    root: env("BENCH_ROOT"),
    work: env("BENCH_WORK"),
    cli: env("BENCH_CLI"),
    log: (message) => process.stderr.write(`bench: ${moduleId}: ${message}\n`),
    probe: (module, probe, probeArgs = []) => runProbe(module, probe, probeArgs),
  };
}

/** Starts this script again as `probe …` and returns the JSON it prints last. */
function runProbe<T>(module: string, probe: string, probeArgs: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, "probe", module, probe, ...probeArgs, ...(quick ? ["--quick"] : [])], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`probe ${module}/${probe} ${probeArgs.join(" ")} exited ${code}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").pop()!) as T);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function main(): Promise<void> {
  if (command === "list") {
    process.stdout.write(`${JSON.stringify(BENCH_MODULES.map((m) => ({ id: m.id, description: m.description })))}\n`);
    return;
  }
  if (command === "run") {
    const module = find(positional[0]);
    const result = await module.run(context(module.id));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (command === "probe") {
    const module = find(positional[0]);
    const probe = module.probes?.[positional[1] ?? ""];
    if (!probe) throw new Error(`module ${module.id} has no probe "${positional[1]}"`);
    const result = await probe(positional.slice(2), context(module.id));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  throw new Error(`unknown command "${command}" (list, run, probe)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
