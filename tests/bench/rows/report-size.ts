import { spawnSync } from "node:child_process";
import { fmt, systems } from "../harness/format.js";
import { jsonProfileFile } from "../harness/inputs.js";
import type { BenchModule } from "../harness/types.js";

/* Bytes per system of the JSON report, as the CLI writes it (`audit --format json`). */

interface Summary {
  systems: number;
  violation: number;
  risk: number;
  info: number;
}

export const reportSize: BenchModule = {
  id: "report-size",
  description: "bytes per system of the JSON report",
  async run(ctx) {
    const count = ctx.quick ? 200 : 1_000;
    const file = await jsonProfileFile(ctx, count);
    ctx.log(`audit --format json, ${systems(count)}`);
    const result = spawnSync(process.execPath, [ctx.cli, "audit", file, "--format", "json", "--as-of", "2026-11-22", "--no-config", "--max-bytes", "1000000000"], {
      encoding: "utf8",
      maxBuffer: 2 ** 30,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (result.status !== 0 && result.status !== 1) throw new Error(`bipa-check exited ${result.status}: ${result.stderr}`);
    const bytes = Buffer.byteLength(result.stdout);
    const summary = (JSON.parse(result.stdout) as { summary: Summary }).summary;
    const findings = summary.violation + summary.risk + summary.info;
    return {
      rows: [
        {
          measure: `JSON report bytes per system (\`audit --format json\`, ${systems(count)})`,
          result: `${fmt(bytes / summary.systems)} bytes/system (${fmt(findings / summary.systems, 1)} findings/system)`,
          target: "",
          met: "",
        },
      ],
      raw: { systems: summary.systems, bytes, findings },
    };
  },
};
