import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "tsup";
import { afterAll, beforeAll } from "vitest";
import { cliBuilds } from "../../../tsup.config.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const CACHE = join(ROOT, "node_modules", ".cache", "bipa-check-cli-test");

/** Every source file that goes into the CLI bundle, hashed: the cache key of a build. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(name)) hash.update(relative(ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  walk(join(ROOT, "src"));
  for (const f of ["tsup.config.ts", "package.json", "scripts/code-cache.mjs"]) hash.update(readFileSync(join(ROOT, f)));
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the CLI exactly as tsup.config.ts builds dist/cli.js and its bundle, once per source state, into
 * node_modules/.cache (not dist/, which a concurrent `npm run build` may clean). Test files that run
 * in parallel share the build through a lock directory; a later run with unchanged sources reuses it.
 * Building per test run keeps other engineers' test runs free of this cost (no global setup).
 */
export async function ensureCli(): Promise<string> {
  const dir = join(CACHE, sourceHash());
  const done = join(dir, ".done");
  const cli = join(dir, "cli.js");
  if (existsSync(done)) {
    utimesSync(done, new Date(), new Date()); // in use: keep it from being pruned
    return cli;
  }
  mkdirSync(CACHE, { recursive: true });
  const lock = `${dir}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(done)) return cli;
      if (Date.now() - started > 120_000) rmSync(lock, { recursive: true, force: true }); // a crashed builder
      await sleep(100);
    }
  }
  try {
    if (existsSync(done)) return cli;
    // The bundle (and its code cache) first, into a clean directory; then the bin entry beside it.
    for (const [i, config] of cliBuilds.entries()) await build({ ...config, outDir: dir, clean: i === 0, silent: true, config: false, sourcemap: false });
    writeFileSync(done, "");
    pruneOldBuilds(dir);
    return cli;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds of earlier source states, unused for an hour, are removed so the cache does not grow without end. */
function pruneOldBuilds(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path === keep || name.endsWith(".lock")) continue;
    const stamp = join(path, ".done");
    if (!existsSync(stamp) || statSync(stamp).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, the way a user or CI job would. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string | undefined>; nodeArgs?: string[] } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
    // The default (1 MiB) is about what a 40-system stream writes; a fuller report must not fail the harness.
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const FIXTURES = join(ROOT, "tests", "fixtures");

/** A scratch directory with copies of the test fixtures under `profiles/`, `waivers/`, `baselines/`. */
export function workspace(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "bipa-cli-"));
  for (const sub of ["profiles", "bad", "waivers", "baselines"]) cpSync(join(FIXTURES, sub), join(dir, sub), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What a spawned-CLI test file needs, registered as vitest hooks: the CLI built once before the file's
 * tests, and a scratch workspace (see {@link workspace}) removed after them. `run` is {@link runCli}
 * on that build.
 */
export function useCli(): {
  run(args: readonly string[], options?: Parameters<typeof runCli>[2]): CliResult;
  /** The scratch workspace. */
  readonly dir: string;
  /** The built cli.js, for tests that spawn it through another program (a shell, a pseudo-terminal). */
  readonly path: string;
} {
  let cli: string | undefined;
  const ws = workspace();
  beforeAll(async () => {
    cli = await ensureCli();
  });
  afterAll(() => ws.cleanup());
  const built = () => {
    if (cli === undefined) throw new Error("useCli: the CLI is built in beforeAll; use it inside a test");
    return cli;
  };
  return {
    dir: ws.dir,
    get path() {
      return built();
    },
    run: (args, options = {}) => runCli(built(), args, options),
  };
}

export { ROOT };
