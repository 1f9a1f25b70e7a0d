/*
 * The scaling cases of `npm run bench` (tests/bench/rows/scaling.ts runs each in a process of its own).
 * Each grows one dimension of the input (systems, systems with the remediation plan, disclosures per
 * system, breaches, waivers, baseline entries, files, name length) and times the CLI's work on it in
 * process: load, audit, gate, and every output format written piece by piece to nowhere (the plan
 * case: the plan alone). Linear growth means ms / size stays about the same from the smallest size to
 * the largest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { applyBaseline, buildBaseline, parseBaseline, serializeBaseline } from "../../../src/gate/baseline/baseline.js";
import { expandGlob } from "../../../src/cli/glob.js";
import { readText } from "../../../src/cli/io.js";
import { audit } from "../../../src/audit.js";
import { loadProfile } from "../../../src/practices/load.js";
import { gate } from "../../../src/gate/gate.js";
import { loadPieceFormatter } from "../../../src/format/load.js";
import { FORMAT_NAMES } from "../../../src/format/types.js";
import type { Report } from "../../../src/report/types.js";
import { parseWaivers } from "../../../src/gate/waivers/load.js";
import { plan } from "../../../src/plan/plan.js";
import { generateProfile } from "../generate.js";

const AS_OF = "2026-11-22";

const org = { name: "Acme", entityType: "private-entity" };
const system = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `s${i}`,
  name: `System ${i}`,
  modalities: ["fingerprint"],
  subjects: [{ population: "employees", count: 100, illinoisCount: 100 }],
  release: { type: "none" },
  ...extra,
});
const profileText = (systems: unknown[]) => JSON.stringify({ version: 1, organization: org, systems });

/** Load, audit and every format, each written to nowhere in pieces (as the CLI writes them). */
async function fullRun(texts: string[], files?: string[]): Promise<Report[]> {
  const reports = texts.map((text, i) => {
    const loaded = loadProfile(text, { file: files?.[i] ?? "profile.json", limits: { maxBytes: 1 << 30 } });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
    return audit(loaded, { asOf: AS_OF });
  });
  for (const format of FORMAT_NAMES) {
    const write = await loadPieceFormatter(format);
    let bytes = 0;
    write(reports, { failOn: "violation", explain: format === "text" }, (piece) => {
      bytes += piece.length;
    });
    if (bytes === 0) throw new Error(`${format}: no output`);
  }
  return reports;
}

interface Case {
  unit: string;
  /** Builds the input for one size (not timed), and returns the timed work. */
  prepare(size: number): () => Promise<unknown> | unknown;
}

const cases: Record<string, Case> = {
  systems: { unit: "systems", prepare: (n) => { const t = profileText(Array.from({ length: n }, (_, i) => system(i))); return () => fullRun([t]); } },
  plan: {
    unit: "systems, remediation plan (what the HTML report computes)",
    prepare: (n) => {
      // The bench's varied estate: the plan's steps depend on which measures the findings name.
      const loaded = loadProfile(JSON.stringify(generateProfile(n)), { file: "p.json", limits: { maxBytes: 1 << 30 } });
      if (!loaded.ok) throw new Error("profile");
      const report = audit(loaded, { asOf: AS_OF });
      return () => plan(report, loaded.profile);
    },
  },
  disclosures: {
    unit: "disclosures in one system",
    prepare: (n) => {
      // Facts left unknown (no release, no disclosure consent): the shape that made 32,000 disclosures take 112 s.
      const { release: _release, ...bare } = system(0);
      const t = profileText([{ ...bare, disclosures: Array.from({ length: n }, (_, i) => ({ recipient: `Vendor ${i}` })) }]);
      return () => fullRun([t]);
    },
  },
  breaches: {
    unit: "breaches in one system",
    prepare: (n) => {
      const t = profileText([system(0, { breaches: Array.from({ length: n }, (_, i) => ({ date: "2024-01-01", exposed: ["biometric-templates"], description: `Breach ${i}` })) })]);
      return () => fullRun([t]);
    },
  },
  "name length": {
    unit: "characters of one system name",
    prepare: (n) => {
      const t = profileText([{ ...system(0), name: "N".repeat(n) }]);
      return () => fullRun([t]);
    },
  },
  waivers: {
    unit: "waivers against 8,000 findings",
    prepare: (n) => {
      const loaded = loadProfile(profileText(Array.from({ length: 500 }, (_, i) => system(i))), { file: "p.json" });
      if (!loaded.ok) throw new Error("profile");
      const report = audit(loaded, { asOf: AS_OF });
      const findings = report.findings;
      // Half the waivers match findings (by system id or by pointer), half match nothing; no two alike.
      const matching = [...new Set(findings.flatMap((f) => [`${f.ruleId} ${f.systemId}`, ...f.evidence.map((e) => `${f.ruleId} ${e.pointer}`)]))];
      const waivers = Array.from({ length: n }, (_, i) => {
        const [rule, target] = i % 2 === 0 && i / 2 < matching.length ? matching[i / 2]!.split(" ") : [findings[0]!.ruleId, `/systems/${100_000 + i}`];
        return { rule, target, justification: "accepted", approvedBy: "counsel", expires: "2027-01-01" };
      });
      // A JSON waiver file: the matching is what is measured here (YAML parsing is the loader's own bench).
      const text = JSON.stringify({ waivers });
      return () => {
        const parsed = parseWaivers(text, { limits: { maxBytes: 1 << 30 } });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
        return gate([report], { failOn: "violation", asOf: AS_OF, waivers: parsed.waivers });
      };
    },
  },
  "baseline entries": {
    unit: "baseline entries (and as many findings)",
    prepare: (n) => {
      const loaded = loadProfile(profileText(Array.from({ length: Math.ceil(n / 16) }, (_, i) => system(i))), { file: "p.json", limits: { maxBytes: 1 << 30 } });
      if (!loaded.ok) throw new Error("profile");
      const report = audit(loaded, { asOf: AS_OF });
      const text = serializeBaseline(buildBaseline([report]));
      return () => {
        const parsed = parseBaseline(text, { maxBytes: 1 << 30 });
        if (!parsed.ok) throw new Error("baseline");
        return applyBaseline([report], parsed.baseline);
      };
    },
  },
  files: {
    unit: "profile files matched by one glob",
    prepare: (n) => {
      const dir = mkdtempSync(join(tmpdir(), "bipa-scaling-"));
      mkdirSync(join(dir, "estate"));
      const text = profileText([system(0)]);
      for (let i = 0; i < n; i++) writeFileSync(join(dir, "estate", `p${i}.json`), text);
      process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
      return async () => {
        const files = expandGlob("estate/*.json", dir);
        const texts = files.map((f) => {
          const read = readText(f, dir, 1 << 20);
          if (!read.ok) throw new Error(f);
          return read.text;
        });
        return fullRun(texts, files);
      };
    },
  },
};

export const CASE_NAMES = Object.keys(cases);

/** Times one case at each size: one run per size, after one untimed run at the smallest. */
export async function timeCase(name: string, sizes: readonly number[]): Promise<{ case: string; unit: string; sizes: number[]; ms: number[] }> {
  const chosen = cases[name];
  if (!chosen) throw new Error(`unknown case "${name}"; one of: ${CASE_NAMES.join(", ")}`);
  // The untimed run first, so that compiling the code is not counted against the smallest size.
  await chosen.prepare(sizes[0]!)();
  const ms: number[] = [];
  for (const size of sizes) {
    const work = chosen.prepare(size);
    // One run: the warm-up has compiled the code, and the check allows 2× per unit for noise (a
    // quadratic step is 4×); a second run per size cost 20 s of the bench's three minutes.
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return { case: name, unit: chosen.unit, sizes: [...sizes], ms };
}
