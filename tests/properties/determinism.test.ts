import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCli, FIXTURES, runCli } from "../cli/helpers/cli.js";

/**
 * Same input and asOf, same bytes: two separate processes, in every format, under different time zones,
 * locales and working directories (what differs between machines), give identical output.
 */

const FORMATS = ["text", "json", "sarif", "junit", "markdown", "html"] as const;
const MACHINES: Array<Record<string, string>> = [
  { TZ: "UTC", LANG: "C", LC_ALL: "C" },
  { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }, // UTC+14, and a locale with unusual casing rules
];

let cli: string;
beforeAll(async () => {
  cli = await ensureCli();
});

/** One run writing every format to its own file; the files' bytes and the exit code. */
function runAll(env: Record<string, string>): { code: number | null; outputs: Record<string, string>; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "bipa-det-"));
  try {
    const profiles = ["compliant.yaml", "violating.yaml", "risky.json"].map((f) => join("profiles", f));
    const formatArgs = FORMATS.flatMap((f) => ["--format", `${f}=${join(dir, `out.${f}`)}`]);
    const r = runCli(cli, ["audit", ...profiles, "--as-of", "2026-11-22", ...formatArgs], { cwd: FIXTURES, env });
    const outputs = Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(dir, `out.${f}`), "utf8")]));
    return { code: r.code, outputs, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("determinism", () => {
  it("two processes, two simulated machines: the same bytes in every format", () => {
    const [first, second, third] = [runAll(MACHINES[0]!), runAll(MACHINES[0]!), runAll(MACHINES[1]!)];
    expect(first.code).toBe(1);
    for (const format of FORMATS) {
      expect(first.outputs[format]!.length, format).toBeGreaterThan(100);
      expect(second.outputs[format], `${format}, second process`).toBe(first.outputs[format]);
      expect(third.outputs[format], `${format}, other time zone and locale`).toBe(first.outputs[format]);
    }
    expect(second.code).toBe(first.code);
    expect(third.code).toBe(first.code);
    expect(third.stderr).toBe(first.stderr);
  });

  it("standard output, too, is the same bytes under another time zone and locale", () => {
    const a = runCli(cli, ["audit", "profiles/violating.yaml", "--as-of", "2026-11-22", "--format", "sarif"], { cwd: FIXTURES });
    const b = runCli(cli, ["audit", "profiles/violating.yaml", "--as-of", "2026-11-22", "--format", "sarif"], { cwd: FIXTURES, env: MACHINES[1]! });
    expect(b.stdout).toBe(a.stdout);
  });
});
