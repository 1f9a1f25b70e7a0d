import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/golden.js";

/*
 * The layering issue 11 asks for, checked on the import graph: the engine and the shared types know
 * no statute, and no pack leans on another. Imports are read with the TypeScript compiler's own
 * pre-processor (type-only imports and dynamic imports included) and resolved as relative paths.
 */

const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
    });
}

/** The project files a file imports directly (package imports are left out). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => {
      const target = resolve(dirname(file), spec);
      const candidates = [target.replace(/\.js$/, ".ts"), `${target}.ts`, join(target, "index.ts")];
      const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
      if (!found) throw new Error(`${rel(file)} imports ${spec}, which resolves to no file`);
      return found;
    });
}

const rel = (file: string) => relative(ROOT, file).split("\\").join("/");
const graph = new Map(sourceFiles(SRC).map((f) => [f, importsOf(f)]));

/** Every file reachable from `start`, with the chain that reaches it. */
function reachable(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [rel(start)]]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(file)!, rel(next)]);
      queue.push(next);
    }
  }
  return seen;
}

/** Chains from files under `from` to files matching `forbidden`. */
function violations(from: string, forbidden: (relPath: string) => boolean): string[] {
  const out: string[] = [];
  for (const file of graph.keys()) {
    if (!rel(file).startsWith(from)) continue;
    for (const [target, chain] of reachable(file)) if (forbidden(rel(target))) out.push(chain.join(" → "));
  }
  return out;
}

describe("layering", () => {
  it("walks a real graph (the engine imports the core, the core the profile types)", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...reachable(join(SRC, "engine/audit.ts")).keys()].map(rel)).toContain("src/core/report.ts");
    expect([...reachable(join(SRC, "core/pack.ts")).keys()].map(rel)).toContain("src/practices/schema.ts");
  });

  it("src/engine/** and src/core/** reach no pack, directly or through another module", () => {
    const intoPacks = (p: string) => p.startsWith("src/packs/");
    expect(violations("src/engine/", intoPacks)).toEqual([]);
    expect(violations("src/core/", intoPacks)).toEqual([]);
  });

  it("src/core/** imports nothing of the project but itself and the profile's types", () => {
    const outside = (p: string) => !p.startsWith("src/core/") && !p.startsWith("src/practices/");
    const direct = [...graph].filter(([f]) => rel(f).startsWith("src/core/")).flatMap(([f, deps]) => deps.filter((d) => outside(rel(d))).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(direct).toEqual([]);
  });

  it("no pack imports another pack", () => {
    const packDirs = readdirSync(join(SRC, "packs")).filter((d) => statSync(join(SRC, "packs", d)).isDirectory());
    expect(packDirs).toContain("bipa");
    const crossings: string[] = [];
    for (const id of packDirs) {
      const other = (p: string) => p.startsWith("src/packs/") && !p.startsWith(`src/packs/${id}/`);
      crossings.push(...violations(`src/packs/${id}/`, other));
    }
    expect(crossings).toEqual([]);
  });

  it("the walk finds chains where they exist (the formatters do reach the BIPA pack, legitimately)", () => {
    const chains = violations("src/format/", (p) => p.startsWith("src/packs/bipa/"));
    expect(chains.length).toBeGreaterThan(0);
    expect(chains[0]).toMatch(/^src\/format\/.* → .*src\/packs\/bipa\//);
  });
});
