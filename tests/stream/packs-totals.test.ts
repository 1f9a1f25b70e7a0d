import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile } from "../../src/practices/load.js";
import { auditNdjsonLines, type NdjsonResult } from "../../src/stream/index.js";

/*
 * The stream promises each system the findings of a whole-profile audit, and totals equal to its
 * totals (docs/performance.md, streaming; docs/cli.md). With several laws, the final organization
 * result must carry only organization-rule findings: it once repeated every other pack's system
 * findings (the Portland retailer: 2 violations streamed against 1 audited).
 */
const AS_OF = "2026-11-22";
const ROOT = join(import.meta.dirname, "..", "..");
const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml") && !f.includes(".expected"));

async function summary(lines: string[]) {
  let last: NdjsonResult | undefined;
  for await (const r of auditNdjsonLines(lines, { asOf: AS_OF })) last = r;
  if (last?.kind !== "summary") throw new Error("no summary line");
  return last.summary;
}

describe("stream totals equal a whole-profile audit's, with every pack", () => {
  it.each(examples)("%s as a header line and one system per line", async (file) => {
    const loaded = loadProfile(readFileSync(join(ROOT, "examples", file), "utf8"), { file });
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const { organization, systems } = loaded.profile;
    const lines = [JSON.stringify({ version: 1, organization }), ...systems.map((s) => JSON.stringify(s))];
    const whole = audit(loaded, { asOf: AS_OF }).summary;
    const streamed = await summary(lines);
    expect([streamed.violation, streamed.risk, streamed.info]).toEqual([whole.violation, whole.risk, whole.info]);
  });
});
