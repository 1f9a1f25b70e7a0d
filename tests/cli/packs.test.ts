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
      expect(r.stderr, command).toContain('--pack bipaa: unknown pack (did you mean "bipa"?); known packs: bipa, tx-cubi, wa-biometric, wa-mhmda, co-biometric, nyc-biometric, portland-fr, ca-ccpa, eu-gdpr, eu-ai-act');
    }
  });

  it("by default every applicable pack runs; the others are decided for the matrix and named in a note (issue 11 point 5)", () => {
    type Out = { reports: Array<{ packs: Array<{ id: string }>; matrix: Array<{ packId: string; status: string }>; notes: string[]; findings: Array<{ ruleId: string; severity: string; fingerprint: string }> }> };
    const json = (args: string[]) => (JSON.parse(cli.run(["audit", ...args, "--format", "json", ...AS_OF], { cwd: ROOT }).stdout) as Out).reports[0]!;
    // clearview-2020 states no places: only BIPA applies; every other law is open or out, so none runs.
    const byDefault = json([PROFILE]);
    expect(byDefault.packs.map((p) => p.id)).toEqual(["bipa"]);
    expect(new Set(byDefault.matrix.map((m) => m.packId)).size).toBe(10);
    expect(byDefault.notes.join(" ")).toMatch(/Not run, because no system is shown to be within them.*tx-cubi \(1 of 1 systems unknown\).*--pack <id>/);
    expect(byDefault.findings.every((f) => f.ruleId.startsWith("bipa/"))).toBe(true);
    // Named with --pack, a law runs, and its open question is one risk.
    const named = json([PROFILE, "--pack", "bipa", "--pack", "tx-cubi"]);
    expect(named.packs.map((p) => p.id)).toEqual(["bipa", "tx-cubi"]);
    expect(named.findings.filter((f) => f.ruleId.startsWith("tx-cubi/")).map((f) => [f.ruleId, f.severity])).toEqual([["tx-cubi/applicability", "risk"]]);
    const bipa = (r: Out["reports"][number]) => r.findings.filter((f) => f.ruleId.startsWith("bipa/")).map((f) => f.fingerprint);
    expect(bipa(named)).toEqual(bipa(byDefault));
    // clearview-2021 states where its people are: the laws that reach it run by default.
    expect(json(["examples/clearview-2021.yaml"]).packs.map((p) => p.id)).toEqual(["bipa", "tx-cubi", "wa-mhmda", "eu-gdpr"]);
  });

  it("rules lists every pack's rules; explain explains a pack rule with its authorities and their marks", () => {
    const listed = cli.run(["rules"], { cwd: ROOT });
    expect(listed.code).toBe(0);
    for (const id of ["bipa/15b-written-release", "tx-cubi/consent-before-capture", "nyc-biometric/entrance-signage", "eu-ai-act/untargeted-face-scraping"]) expect(listed.stdout).toContain(id);
    const explained = cli.run(["explain", "portland-fr/face-recognition-ban"], { cwd: ROOT });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain("portland-fr/face-recognition-ban:");
    expect(explained.stdout).toMatch(/Authorities\n {2}- .+\[(V|V2|S|UNVERIFIED)\]/);
    expect(cli.run(["explain", "tx-cubi/consent-before-captur"], { cwd: ROOT }).stderr).toContain('did you mean "tx-cubi/consent-before-capture"');
  });

  it("a config naming an unknown pack is an error with its line; turning every pack off is an error too", () => {
    writeFileSync(join(cli.dir, "typo.yaml"), "packs:\n  tx-cubbi: false\n");
    const typo = cli.run(["audit", join(ROOT, PROFILE), "--config", "typo.yaml", ...AS_OF], { cwd: cli.dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("typo.yaml:2:");
    expect(typo.stderr).toContain('unknown pack "tx-cubbi" (did you mean "tx-cubi"?); known packs: bipa, tx-cubi, wa-biometric, wa-mhmda, co-biometric, nyc-biometric, portland-fr, ca-ccpa, eu-gdpr, eu-ai-act');
    const ids = ["bipa", "tx-cubi", "wa-biometric", "wa-mhmda", "co-biometric", "nyc-biometric", "portland-fr", "ca-ccpa", "eu-gdpr", "eu-ai-act"];
    writeFileSync(join(cli.dir, "none.yaml"), `packs:\n${ids.map((id) => `  ${id}: false\n`).join("")}`);
    const none = cli.run(["audit", join(ROOT, PROFILE), "--config", "none.yaml", ...AS_OF], { cwd: cli.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("turns every pack off; known packs: bipa");
  });
});
