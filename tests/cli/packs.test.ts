import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, useCli } from "./helpers/cli.js";

const cli = useCli();
const AS_OF = ["--as-of", "2026-11-22"];
const PROFILE = "examples/clearview-2020.yaml";

describe("--pack and packs: in the config", () => {
  it("an unknown pack id exits 2 and lists the known packs, on audit, plan and stream", () => {
    for (const command of ["audit", "plan", "stream"]) {
      const r = cli.run([command, PROFILE, "--pack", "bipaa", ...AS_OF], { cwd: ROOT });
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain('--pack bipaa: unknown pack (did you mean "bipa"?); known packs: bipa');
    }
  });

  it("--pack bipa gives the same report as the default (BIPA is the only shipped pack)", () => {
    const chosen = cli.run(["audit", PROFILE, "--pack", "bipa", "--format", "json", ...AS_OF], { cwd: ROOT });
    const all = cli.run(["audit", PROFILE, "--format", "json", ...AS_OF], { cwd: ROOT });
    expect(chosen.code).toBe(1);
    expect(chosen.stdout).toBe(all.stdout);
    const report = (JSON.parse(chosen.stdout) as { reports: Array<{ packs: Array<{ id: string }>; matrix: unknown[] }> }).reports[0]!;
    expect(report.packs.map((p) => p.id)).toEqual(["bipa"]);
    expect(report.matrix.length).toBeGreaterThan(0);
  });

  it("a config naming an unknown pack is an error with its line; turning every pack off is an error too", () => {
    writeFileSync(join(cli.dir, "typo.yaml"), "packs:\n  tx-cubbi: false\n");
    const typo = cli.run(["audit", join(ROOT, PROFILE), "--config", "typo.yaml", ...AS_OF], { cwd: cli.dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("typo.yaml:2:");
    expect(typo.stderr).toContain('unknown pack "tx-cubbi"; known packs: bipa');
    writeFileSync(join(cli.dir, "none.yaml"), "packs:\n  bipa: false\n");
    const none = cli.run(["audit", join(ROOT, PROFILE), "--config", "none.yaml", ...AS_OF], { cwd: cli.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("turns every pack off; known packs: bipa");
  });
});
