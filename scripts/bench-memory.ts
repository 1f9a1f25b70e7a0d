/*
 * Memory and cold-start helpers for scripts/bench.mjs, which bundles this file with esbuild and runs
 * each mode in a fresh child process (so one measurement cannot inherit another's heap):
 *
 *   write-json <systems> <file>     a generated profile as compact JSON (written piece by piece)
 *   write-ndjson <systems> <file>   the same inventory as NDJSON: a header line, then one system per line
 *   profile <file>                  JSON.parse + validate + audit the whole profile (the library API)
 *   load <file>                     loadProfile (the CLI's reader: YAML 1.2 parser + source map) + audit
 *   stream <file>                   auditNdjson over a file stream, each result serialized and dropped
 *
 * Each measuring mode prints one JSON line: systems, seconds, peak RSS (process.resourceUsage().maxRSS)
 * and the heap in use before the audit (input, data and validated profile) and while the report is alive.
 */
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import { audit } from "../src/audit.js";
import { loadProfile, parseProfile } from "../src/practices/load.js";
import { auditNdjson } from "../src/stream/index.js";
import { generateNdjsonLines, generateOrganization, generateSystems } from "../tests/bench/generate.js";

const AS_OF = "2026-11-22";
const [mode, arg1, arg2] = process.argv.slice(2);

async function write(file: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const piece of pieces) if (!out.write(piece)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

function* jsonPieces(systems: number): Generator<string> {
  yield `{"version":1,"organization":${JSON.stringify(generateOrganization())},"systems":[`;
  let first = true;
  for (const system of generateSystems(systems)) {
    yield `${first ? "" : ","}${JSON.stringify(system)}`;
    first = false;
  }
  yield "]}";
}

function report(systems: number, started: number, heapWhileAlive: number, extra: Record<string, unknown> = {}): void {
  const seconds = (performance.now() - started) / 1000;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ mode, systems, seconds, peakRssBytes, heapWhileAlive, ...extra }));
}

async function main(): Promise<void> {
  if (mode === "write-json") return write(arg2!, jsonPieces(Number(arg1)));
  if (mode === "write-ndjson") return write(arg2!, (function* () {
    for (const line of generateNdjsonLines(Number(arg1))) yield `${line}\n`;
  })());

  const started = performance.now();
  if (mode === "profile" || mode === "load") {
    const text = readFileSync(arg1!, "utf8");
    const loaded = mode === "profile" ? parseProfile(JSON.parse(text)) : loadProfile(text, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
    if (!loaded.ok) throw new Error(`invalid profile: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
    const heapBeforeAudit = process.memoryUsage().heapUsed; // text, data, source map and validated profile
    const result = audit(loaded, { asOf: AS_OF });
    report(result.summary.systems, started, process.memoryUsage().heapUsed, { heapBeforeAudit, findings: result.findings.length, inputBytes: text.length });
    return;
  }
  if (mode === "stream") {
    let systems = 0;
    let outputBytes = 0;
    for await (const result of auditNdjson(createReadStream(arg1!), { asOf: AS_OF })) {
      if (result.kind === "error") throw new Error(`line ${result.line}: ${result.problems[0]?.message}`);
      if (result.kind === "system") systems += 1;
      outputBytes += JSON.stringify(result).length + 1; // what a CLI would write, then forget
    }
    report(systems, started, process.memoryUsage().heapUsed, { outputBytes });
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

await main();
