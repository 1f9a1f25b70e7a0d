import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "./helpers/cli.js";

const cli = useCli();

const AS_OF = ["--as-of", "2026-11-22"];
const audit = (args: string[]) => cli.run(["audit", ...args], { cwd: cli.dir });
type Env = {
  exitCode: number;
  summary: { waived: number; baselined: number; failing: number };
  notices: Array<{ code: string; file: string; line: number }>;
  reports: Array<{ findings: Array<{ ruleId: string }>; suppressed: Array<{ ruleId: string; suppression: Record<string, string> }> }>;
};

describe("audit --waivers", () => {
  it("checks the profile, the waiver file and the baseline in one round: every file's problems at once, exit 2", () => {
    writeFileSync(join(cli.dir, "broken-profile.yaml"), "version: 1\norganization: { name: Acme }\nsystems: []\n");
    writeFileSync(join(cli.dir, "broken-waivers.yaml"), "waivers:\n  - rule: bipa/15c-proft\n    target: timeclock\n    justification: ''\n    approvedBy: Dana Roe\n    expires: 2026-12-31\n");
    writeFileSync(join(cli.dir, "broken-baseline.json"), "{");
    const r = audit(["broken-profile.yaml", "--no-config", "--waivers", "broken-waivers.yaml", "--baseline", "broken-baseline.json", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const files = r.stderr.trim().split("\n").map((l) => l.split(":")[0]);
    expect(new Set(files)).toEqual(new Set(["broken-profile.yaml", "broken-waivers.yaml", "broken-baseline.json"]));
    expect(r.stderr).toContain('unknown rule "bipa/15c-proft"');
    expect(r.stderr).toContain("expected a justification");
  });

  it("waives matching findings: still shown, never failing", () => {
    const r = audit(["profiles/violating.yaml", "--waivers", "waivers/valid.yaml", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[waived\] profiles\/violating\.yaml:53:7 +violation +bipa\/15b-written-release/);
    expect(r.stdout).toContain(
      "Waived until 2026-12-31, approved by Dana Roe, General Counsel: Release forms signed on paper are being scanned into the HR system (HR-1042).",
    );
    expect(r.stdout).toContain("2 waived, 0 baselined");
    const env = JSON.parse(audit(["profiles/violating.yaml", "--waivers", "waivers/valid.yaml", "--format", "json", ...AS_OF]).stdout) as Env;
    expect(env.reports[0]!.findings).toEqual([]);
    expect(env.reports[0]!.suppressed[0]!.suppression).toEqual({
      kind: "waiver",
      justification: "Release forms signed on paper are being scanned into the HR system (HR-1042).",
      approvedBy: "Dana Roe, General Counsel",
      expires: "2026-12-31",
    });
    const md = audit(["profiles/violating.yaml", "--waivers", "waivers/valid.yaml", "--format", "markdown", ...AS_OF]).stdout;
    expect(md).toContain("#### Waived and baselined findings (not failing)");
  });

  it("stops applying a waiver after it expires and reports it, and reports unused waivers", () => {
    const r = audit(["profiles/violating.yaml", "--waivers", "waivers/expired.yaml", "--format", "json", ...AS_OF]);
    expect(r.code).toBe(1);
    const env = JSON.parse(r.stdout) as Env;
    expect(env.reports[0]!.findings.map((f) => f.ruleId)).toContain("bipa/15c-profit");
    expect(env.notices.map((n) => [n.code, n.file, n.line])).toEqual([
      ["waiver-expired", "waivers/expired.yaml", 3],
      ["waiver-unused", "waivers/expired.yaml", 8],
    ]);
    expect(r.stderr).toBe(
      "waivers/expired.yaml:3:5: warning: waiver for bipa/15c-profit on timeclock expired on 2026-06-30; 1 finding is reported again\n" +
        "waivers/expired.yaml:8:5: warning: waiver for bipa/15d-disclosure on no-such-system matched no finding; remove it or correct its rule or target\n",
    );
    // Still valid on the day it expires.
    expect(audit(["profiles/violating.yaml", "--waivers", "waivers/expired.yaml", "--rule", "bipa/15b-written-release=off", "--as-of", "2026-06-30"]).code).toBe(0);
  });

  it("enforces maxWaiverDays from the config file", () => {
    writeFileSync(join(cli.dir, "waivers", "policy.yaml"), "waivers: valid.yaml\nmaxWaiverDays: 30\n");
    const r = audit(["profiles/violating.yaml", "--config", "waivers/policy.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "waivers/valid.yaml:9:5: expires 2026-12-31, 39 days after 2026-11-22; waivers may run at most 30 days (maxWaiverDays) (at /waivers/0/expires)\n" +
        "waivers/valid.yaml:15:5: expires 2026-12-31, 39 days after 2026-11-22; waivers may run at most 30 days (maxWaiverDays) (at /waivers/1/expires)\n",
    );
  });

  it("exits 2 for a bad waiver file, each problem as file:line:column", () => {
    const r = audit(["profiles/violating.yaml", "--waivers", "waivers/invalid.yaml", ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "waivers/invalid.yaml:3:5: missing required field (expected who approved the waiver (approvedBy) as a string) (at /waivers/0/approvedBy)",
      'waivers/invalid.yaml:3:5: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /waivers/0/rule)',
      "waivers/invalid.yaml:5:5: expected a justification (why the finding is accepted); it may not be empty (at /waivers/0/justification)",
      "waivers/invalid.yaml:6:5: expected a date as YYYY-MM-DD (at /waivers/0/expires)",
    ]);
    expect(audit(["profiles/violating.yaml", "--waivers", "waivers/none.yaml", ...AS_OF])).toMatchObject({
      code: 2,
      stderr: "waivers/none.yaml: file not found\n",
    });
  });
});

describe("audit --baseline", () => {
  it("--update-baseline writes a sorted baseline, and the run passes against it", () => {
    const r = audit(["profiles/violating.yaml", "profiles/risky.json", "--baseline", "baselines/bipa.json", "--update-baseline", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^bipa-check: wrote baselines\/bipa\.json \(\d+ entries\)\n$/);
    const baseline = JSON.parse(readFileSync(join(cli.dir, "baselines/bipa.json"), "utf8")) as {
      baselineVersion: number;
      entries: Array<{ ruleId: string; file: string; fingerprint: string }>;
    };
    expect(baseline.baselineVersion).toBe(1);
    const keys = baseline.entries.map((e) => `${e.file}\u0000${e.ruleId}\u0000${e.fingerprint}`);
    expect(keys).toEqual([...keys].sort());
    expect(baseline.entries).toContainEqual({
      ruleId: "bipa/15c-profit",
      file: "profiles/violating.yaml",
      fingerprint: "bipa/15c-profit|timeclock|/commerce/sells",
    });
    const again = audit(["profiles/violating.yaml", "profiles/risky.json", "--baseline", "baselines/bipa.json", "--fail-on", "info", "--format", "json", ...AS_OF]);
    expect(again.code).toBe(0);
    const env = JSON.parse(again.stdout) as Env;
    expect(env.summary.failing).toBe(0);
    expect(env.summary.baselined).toBe(baseline.entries.length);
  });

  it("fails only on new findings, and survives reformatting and reordering of the profile", () => {
    audit(["profiles/violating.yaml", "--baseline", "baselines/v.json", "--update-baseline", ...AS_OF]);
    // Reformat: move the file's lines around (comments, blank lines) without changing facts.
    const text = readFileSync(join(cli.dir, "profiles/violating.yaml"), "utf8");
    writeFileSync(join(cli.dir, "profiles/violating.yaml"), `# reformatted\n\n\n${text}`);
    expect(audit(["profiles/violating.yaml", "--baseline", "baselines/v.json", ...AS_OF]).code).toBe(0);
    // A new violation (a disclosure without any exception) fails, and only it is reported as failing.
    writeFileSync(
      join(cli.dir, "profiles/violating.yaml"),
      text.replace("disclosures: []", "disclosures:\n      - { recipient: Data Broker LLC, type: buyer, frequency: daily, exception: none }"),
    );
    const r = audit(["profiles/violating.yaml", "--baseline", "baselines/v.json", "--format", "json", ...AS_OF]);
    expect(r.code).toBe(1);
    const env = JSON.parse(r.stdout) as Env;
    expect(env.reports[0]!.findings.map((f) => f.ruleId)).toContain("bipa/15d-disclosure");
    expect(env.reports[0]!.findings.map((f) => f.ruleId)).not.toContain("bipa/15c-profit");
    writeFileSync(join(cli.dir, "profiles/violating.yaml"), text);
  });

  it("reports stale entries once their finding is fixed", () => {
    audit(["profiles/violating.yaml", "--baseline", "baselines/s.json", "--update-baseline", ...AS_OF]);
    const text = readFileSync(join(cli.dir, "profiles/violating.yaml"), "utf8");
    writeFileSync(join(cli.dir, "profiles/fixed.yaml"), text.replace("sells: true", "sells: false"));
    const baseline = readFileSync(join(cli.dir, "baselines/s.json"), "utf8").replaceAll("profiles/violating.yaml", "profiles/fixed.yaml");
    writeFileSync(join(cli.dir, "baselines/s.json"), baseline);
    const r = audit(["profiles/fixed.yaml", "--baseline", "baselines/s.json", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /baselines\/s\.json:\d+:\d+: warning: baseline entry bipa\/15c-profit\|timeclock\|\/commerce\/sells for profiles\/fixed\.yaml matches no finding any more; run with --update-baseline to prune it/,
    );
  });

  it("exits 2 for a bad or missing baseline, or --update-baseline without a file", () => {
    const bad = audit(["profiles/violating.yaml", "--baseline", "baselines/invalid.json", ...AS_OF]);
    expect(bad).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "baselines/invalid.json:4:5: missing required field (expected string) (at /entries/0/fingerprint)\n",
    });
    expect(audit(["profiles/violating.yaml", "--baseline", "baselines/none.json", ...AS_OF])).toMatchObject({
      code: 2,
      stderr: "baselines/none.json: file not found (create it with --update-baseline)\n",
    });
    expect(audit(["profiles/violating.yaml", "--update-baseline", "--no-config", ...AS_OF])).toMatchObject({
      code: 2,
      stderr: "bipa-check: --update-baseline needs --baseline FILE\n",
    });
  });

  it("SARIF leaves baselined and waived results out by default and includes them on request", () => {
    audit(["profiles/violating.yaml", "--baseline", "baselines/sarif.json", "--update-baseline", ...AS_OF]);
    const base = ["profiles/violating.yaml", "--baseline", "baselines/sarif.json", "--format", "sarif", ...AS_OF];
    const results = (args: string[]) =>
      (JSON.parse(audit(args).stdout) as { runs: Array<{ results: Array<{ suppressions?: unknown; baselineState?: string }> }> }).runs[0]!.results;
    expect(results(base)).toEqual([]);
    const included = results([...base, "--sarif-include-suppressed"]);
    expect(included.length).toBe(2);
    expect(included.every((x) => Array.isArray(x.suppressions) && x.baselineState === "unchanged")).toBe(true);
  });
});
