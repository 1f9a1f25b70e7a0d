import { describe, expect, it } from "vitest";
import { applyBaseline, baselineKey, baselineNotices, buildBaseline, parseBaseline, serializeBaseline } from "../../src/gate/baseline/baseline.js";
import type { Baseline } from "../../src/gate/baseline/schema.js";
import { formatProblem } from "../../src/practices/problems.js";
import type { Report } from "../../src/report/types.js";
import { acmeReport, betaReport } from "../report/fixtures/report.js";

const fresh: Report = { ...acmeReport, suppressed: [], summary: { ...acmeReport.summary, suppressed: 0 } };

describe("buildBaseline and serializeBaseline", () => {
  it("records rule, file and fingerprint of every active finding, sorted, and prints stable JSON", () => {
    const baseline = buildBaseline([fresh]);
    expect(baseline.entries.map((e) => e.ruleId)).toEqual([
      "bipa/15b-written-release",
      "bipa/15d-disclosure",
      "bipa/offshore-affiliates",
      "bipa/scope-biometric-identifier",
    ]);
    expect(baseline.entries[0]).toEqual({
      ruleId: "bipa/15b-written-release",
      file: "profiles/acme.yaml",
      fingerprint: "bipa/15b-written-release|gym-entry|/release/type",
    });
    const text = serializeBaseline(baseline);
    expect(text.endsWith("}\n")).toBe(true);
    expect(serializeBaseline(buildBaseline([{ ...fresh, findings: [...fresh.findings].reverse() }]))).toBe(text);
  });

  it("leaves waived findings out, keeps baselined ones, and keeps entries of files not audited now", () => {
    const previous: Baseline = {
      baselineVersion: 1,
      entries: [
        { ruleId: "bipa/15c-profit", file: "profiles/other.yaml", fingerprint: "bipa/15c-profit|x|/commerce/sells" },
        { ruleId: "bipa/15c-profit", file: "profiles/acme.yaml", fingerprint: "gone" },
      ],
    };
    const entries = buildBaseline([acmeReport], previous).entries;
    expect(entries.map((e) => e.fingerprint)).toContain("bipa/15e-encryption|gym-entry|/security/encryptionInTransit"); // baselined
    expect(entries.map((e) => e.fingerprint)).not.toContain("bipa/15c-profit|gym-entry|/commerce/licensesDatabaseAccess"); // waived
    expect(entries.map((e) => e.file)).toContain("profiles/other.yaml");
    expect(entries.map((e) => e.fingerprint)).not.toContain("gone"); // pruned
  });
});

describe("applyBaseline", () => {
  it("suppresses known findings so only new ones fail, and reports stale entries of audited files", () => {
    const baseline: Baseline = {
      baselineVersion: 1,
      entries: [
        { ruleId: "bipa/15b-written-release", file: "./profiles/acme.yaml", fingerprint: "bipa/15b-written-release|gym-entry|/release/type" },
        { ruleId: "bipa/15a-public-policy", file: "profiles/acme.yaml", fingerprint: "bipa/15a-public-policy|gym-entry|/retention/policy/exists" },
        { ruleId: "bipa/15a-public-policy", file: "profiles/not-audited.yaml", fingerprint: "bipa/15a-public-policy|x|/retention/policy/exists" },
        // A waived finding is still present: its entry is not stale.
        { ruleId: "bipa/15c-profit", file: "profiles/acme.yaml", fingerprint: "bipa/15c-profit|gym-entry|/commerce/licensesDatabaseAccess" },
      ],
    };
    const { reports, status } = applyBaseline([acmeReport, betaReport], baseline);
    expect(reports[0]!.findings.map((f) => f.ruleId)).toEqual(["bipa/15d-disclosure", "bipa/scope-biometric-identifier", "bipa/offshore-affiliates"]);
    expect(reports[0]!.suppressed.at(-1)).toMatchObject({ ruleId: "bipa/15b-written-release", suppression: { kind: "baseline" } });
    expect(reports[0]!.summary).toMatchObject({ violation: 0, suppressed: 3 });
    expect(status).toEqual({ entries: 4, matched: 1, stale: [baseline.entries[1]] });
  });

  it("does not absorb the same finding in another file (rule + file + fingerprint)", () => {
    const moved = { ...fresh, file: "profiles/acme-copy.yaml" };
    const { reports } = applyBaseline([moved], buildBaseline([fresh]));
    expect(reports[0]!.findings).toHaveLength(fresh.findings.length);
    expect(baselineKey("./a.yaml", { fingerprint: "x" })).toBe(baselineKey("a.yaml", { fingerprint: "x" }));
  });

  it("points stale-entry notices at the entry's line", () => {
    const text = serializeBaseline({
      baselineVersion: 1,
      entries: [{ ruleId: "bipa/15a-public-policy", file: "profiles/acme.yaml", fingerprint: "stale-one" }],
    });
    const parsed = parseBaseline(text);
    if (!parsed.ok) throw new Error("baseline should parse");
    const { status } = applyBaseline([fresh], parsed.baseline);
    expect(baselineNotices(status, "bipa-baseline.json", parsed.positions)).toEqual([
      {
        level: "warning",
        code: "baseline-stale",
        message: "baseline entry stale-one for profiles/acme.yaml matches no finding any more; run with --update-baseline to prune it",
        file: "bipa-baseline.json",
        line: 5,
        column: 5,
      },
    ]);
  });
});

describe("parseBaseline", () => {
  it("round-trips what serializeBaseline writes", () => {
    const baseline = buildBaseline([fresh]);
    const parsed = parseBaseline(serializeBaseline(baseline));
    expect(parsed.ok && parsed.baseline).toEqual(baseline);
  });

  it("reports a broken or foreign file with line and column", () => {
    const bad = parseBaseline('{\n  "baselineVersion": 2,\n  "entries": [ { "ruleId": "bipa/x", "file": "a.yaml" } ]\n}\n');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => formatProblem(p, "b.json"))).toEqual([
      "b.json:2:3: expected baselineVersion: 1 (at /baselineVersion)",
      "b.json:3:16: missing required field (expected string) (at /entries/0/fingerprint)",
    ]);
    const json = parseBaseline('{ "baselineVersion": 1, "entries": [ }');
    expect(json.ok).toBe(false);
  });
});
