import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { audit } from "../src/audit.js";
import { loadProfile, type LoadedProfile } from "../src/practices/load.js";
import { formatText } from "../src/format/text.js";
import type { Report } from "../src/report/types.js";
import { ROOT, type GeneratedFile } from "./golden.js";

/**
 * The example audits in examples/: each `<name>.yaml` profile is audited as of one fixed date, and its
 * report is checked in beside it as `<name>.expected.json` (the Report that `audit()` returns) and
 * `<name>.expected.txt` (the same report in the text format the CLI prints).
 */

/**
 * Every example is audited as of this date, so expected reports never change with the calendar.
 * Profiles describe practices as ongoing on this date (see each file's header).
 */
export const EXAMPLES_AS_OF = "2026-11-22";

export const EXAMPLES_DIR = "examples";

/** Example names (file names without `.yaml`), sorted. */
export function exampleNames(): string[] {
  return readdirSync(join(ROOT, EXAMPLES_DIR))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.slice(0, -".yaml".length))
    .sort();
}

export function profilePath(name: string): string {
  return `${EXAMPLES_DIR}/${name}.yaml`;
}

/** Loads an example profile; throws with every problem if it does not validate. */
export function loadExample(name: string): LoadedProfile {
  const file = profilePath(name);
  const loaded = loadProfile(readFileSync(join(ROOT, file), "utf8"), { file });
  if (!loaded.ok) {
    const problems = loaded.problems.map((p) => `  ${file}:${p.line ?? "?"}:${p.column ?? "?"} ${p.path} ${p.message}`);
    throw new Error(`${file} does not validate:\n${problems.join("\n")}`);
  }
  return loaded;
}

/** The report of one example, exactly as `audit()` returns it with the fixed date. */
export function auditExample(name: string): Report {
  return audit(loadExample(name), { asOf: EXAMPLES_AS_OF });
}

/** The expected-report files of one example. */
export function expectedFiles(name: string, report: Report = auditExample(name)): GeneratedFile[] {
  return [
    { path: `${EXAMPLES_DIR}/${name}.expected.json`, content: `${JSON.stringify(report, null, 2)}\n` },
    { path: `${EXAMPLES_DIR}/${name}.expected.txt`, content: formatText(report, { color: false }) },
  ];
}
