import { spawnSync } from "node:child_process";
import { fmt, ratio, verdict } from "../harness/format.js";
import { jsonProfileFile, yamlProfileFile } from "../harness/inputs.js";
import { median } from "../harness/timing.js";
import type { BenchModule, Row } from "../harness/types.js";

/*
 * CLI cold start: wall time of the built CLI auditing a one-system profile (JSON, and the same profile
 * in YAML), and of `--version`, against `node -e 0`, run in turn and compared by their medians.
 */

const AS_OF = "2026-11-22";

function wall(argv: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { stdio: ["ignore", "ignore", "pipe"] });
  // 1 is "findings at or above --fail-on": a successful run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${argv.join(" ")} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const coldStart: BenchModule = {
  id: "cold-start",
  description: "CLI cold start ÷ node -e 0 (audit of a one-system profile, JSON and YAML; --version)",
  async run(ctx) {
    const json = await jsonProfileFile(ctx, 1);
    const yaml = await yamlProfileFile(ctx, 1);
    const commands = {
      node: ["-e", "0"],
      json: [ctx.cli, "audit", json, "--format", "json", "--as-of", AS_OF, "--no-config"],
      yaml: [ctx.cli, "audit", yaml, "--format", "json", "--as-of", AS_OF, "--no-config"],
      version: [ctx.cli, "--version"],
    } as const;
    const rounds = ctx.quick ? 7 : 9;
    ctx.log(`${rounds} rounds`);
    const times: Record<keyof typeof commands, number[]> = { node: [], json: [], yaml: [], version: [] };
    for (const argv of Object.values(commands)) wall(argv); // page cache warm
    for (let i = 0; i < rounds; i++) for (const [name, argv] of Object.entries(commands)) times[name as keyof typeof commands].push(wall(argv));
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof commands, number>;
    const row = (what: string, ms: number): Row => {
      const r = ms / m.node;
      return { measure: `CLI cold start: ${what} ÷ \`node -e 0\``, result: `${ratio(r)} (${fmt(ms)} ms vs ${fmt(m.node)} ms)`, target: "≤ 2×", met: verdict(r <= 2, `${ratio(r / 2)} over`) };
    };
    return {
      rows: [
        row("`bipa-check audit <one-system profile.json> --format json`", m.json),
        row("the same profile as YAML", m.yaml),
        row("`bipa-check --version`", m.version),
      ],
      raw: { rounds, wallMs: times },
    };
  },
};
