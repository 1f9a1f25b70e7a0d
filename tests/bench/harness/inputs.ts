import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { stringify } from "yaml";
import { generateNdjsonLines, generateOrganization, generateProfile, generateSystems } from "../generate.js";
import type { BenchContext } from "./types.js";

/*
 * Generated inputs written to files, for the measurements that start from a file (the CLI, peak
 * memory). Files are kept in the scratch directory between runs; the name carries a hash of the
 * generator's source, so a changed generator never reuses an old file.
 */

function generatorKey(ctx: BenchContext): string {
  return createHash("sha256").update(readFileSync(join(ctx.root, "tests", "bench", "generate.ts"))).digest("hex").slice(0, 10);
}

async function writeOnce(path: string, write: (tmp: string) => Promise<void>): Promise<string> {
  if (existsSync(path)) return path;
  const tmp = `${path}.${process.pid}.tmp`;
  await write(tmp);
  renameSync(tmp, path);
  return path;
}

async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const piece of pieces) if (!out.write(piece)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

function* jsonPieces(count: number): Generator<string> {
  yield `{"version":1,"organization":${JSON.stringify(generateOrganization())},"systems":[`;
  let first = true;
  for (const system of generateSystems(count)) {
    yield `${first ? "" : ","}${JSON.stringify(system)}`;
    first = false;
  }
  yield "]}";
}

/** A generated profile of `count` systems as compact JSON (written piece by piece: 100,000 systems are about 200 MB). */
export function jsonProfileFile(ctx: BenchContext, count: number): Promise<string> {
  return writeOnce(join(ctx.work, `profile-${count}-${generatorKey(ctx)}.json`), (tmp) => writePieces(tmp, jsonPieces(count)));
}

/** The same profile as YAML, as the `yaml` library writes it (block style, the way people write profiles). */
export function yamlProfileFile(ctx: BenchContext, count: number): Promise<string> {
  return writeOnce(join(ctx.work, `profile-${count}-${generatorKey(ctx)}.yaml`), async (tmp) => writeFileSync(tmp, stringify(generateProfile(count))));
}

/** The inventory as NDJSON: a header line with the organization, then one system per line. */
export function ndjsonFile(ctx: BenchContext, count: number): Promise<string> {
  return writeOnce(join(ctx.work, `inventory-${count}-${generatorKey(ctx)}.ndjson`), (tmp) =>
    writePieces(
      tmp,
      (function* () {
        for (const line of generateNdjsonLines(count)) yield `${line}\n`;
      })(),
    ),
  );
}
