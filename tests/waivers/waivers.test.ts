import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/practices/problems.js";
import { applyWaivers, isExpired, normalizeFilePath, waiverMatches, waiverNotices } from "../../src/gate/waivers/apply.js";
import { parseWaivers } from "../../src/gate/waivers/load.js";
import type { Waiver } from "../../src/gate/waivers/schema.js";
import { acmeReport, betaReport } from "../report/fixtures/report.js";

const KNOWN = ["bipa/15b-written-release", "bipa/15c-profit", "bipa/15d-disclosure", "bipa/offshore-affiliates"];

const valid = `version: 1
waivers:
  - rule: bipa/15b-written-release
    target: gym-entry
    justification: Release forms are being collected; all signed by 2026-12-15 (HR-77).
    approvedBy: Dana Roe, General Counsel
    expires: 2026-12-31
    reference: HR-77
  - rule: bipa/15d-disclosure
    target: /systems/0/disclosures
    file: ./profiles/acme.yaml
    justification: Vendor list under review.
    approvedBy: Dana Roe
    expires: 2026-11-01
`;

function parse(text: string) {
  const result = parseWaivers(text, { file: "bipa-waivers.yaml", knownRuleIds: KNOWN });
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, "bipa-waivers.yaml")).join("\n"));
  return result.waivers;
}

const waiver = (w: Partial<Waiver>): Waiver => ({
  rule: "bipa/15b-written-release",
  target: "gym-entry",
  justification: "why",
  approvedBy: "who",
  expires: "2026-12-31",
  ...w,
});

describe("parseWaivers", () => {
  it("reads a waiver file and records where each waiver is", () => {
    const waivers = parse(valid);
    expect(waivers).toHaveLength(2);
    expect(waivers[0]).toMatchObject({ rule: "bipa/15b-written-release", reference: "HR-77", source: { file: "bipa-waivers.yaml", line: 3, column: 5 } });
    expect(waivers[1]!.source).toMatchObject({ line: 9 });
  });

  it("requires rule, target, justification, approver and expiry, each reported with its line and column", () => {
    const result = parseWaivers(
      `waivers:
  - rule: bipa/15c-profit
    target: gym-entry
    justification: "   "
    expires: 31/12/2026
    approved: yes
`,
      { file: "w.yaml", knownRuleIds: KNOWN },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, "w.yaml"))).toEqual([
      "w.yaml:2:5: missing required field (expected who approved the waiver (approvedBy) as a string) (at /waivers/0/approvedBy)",
      "w.yaml:4:5: expected a justification (why the finding is accepted); it may not be empty (at /waivers/0/justification)",
      "w.yaml:5:5: expected a date as YYYY-MM-DD (at /waivers/0/expires)",
      'w.yaml:6:5: unknown key "approved" (did you mean "approvedBy"?) (at /waivers/0/approved)',
    ]);
  });

  it("reports unknown rule ids and duplicates beside schema problems, in one round", () => {
    const result = parseWaivers(
      `waivers:
  - rule: bipa/15c-proft
    target: gym-entry
    justification: Accepted by counsel.
    approvedBy: Dana Reyes
    expires: 2026-12-31
  - rule: bipa/15c-profit
    target: gym-entry
    justification: Accepted by counsel.
    approvedBy: Dana Reyes
    expires: 2026-12-31
  - rule: bipa/15c-profit
    target: gym-entry
    justification: ""
    approvedBy: Dana Reyes
    expires: 2026-12-31
`,
      { file: "w.yaml", knownRuleIds: KNOWN },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, "w.yaml"))).toEqual([
      'w.yaml:2:5: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /waivers/0/rule)',
      "w.yaml:12:5: duplicate waiver: same rule, target and file as waivers[1] (at /waivers/2)",
      "w.yaml:14:5: expected a justification (why the finding is accepted); it may not be empty (at /waivers/2/justification)",
    ]);
  });

  it("rejects unknown rule ids with a suggestion, bad targets, and duplicates", () => {
    const result = parseWaivers(
      `waivers:
  - { rule: bipa/15c-proft, target: gym-entry, justification: a, approvedBy: b, expires: 2026-12-31 }
  - { rule: bipa/15c-profit, target: "Gym Entry", justification: a, approvedBy: b, expires: 2026-12-31 }
  - { rule: bipa/15d-disclosure, target: gym-entry, justification: a, approvedBy: b, expires: 2026-12-31 }
  - { rule: bipa/15d-disclosure, target: gym-entry, justification: c, approvedBy: d, expires: 2027-01-31 }
`,
      { knownRuleIds: KNOWN },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The schema problem (the target) and the checks the schema cannot make, in one round, by line.
    expect(result.problems.map((p) => formatProblem(p, "w.yaml"))).toEqual([
      'w.yaml:2:7: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /waivers/0/rule)',
      "w.yaml:3:30: expected a system id (lower-case letters, digits, '.', '_', '-') or a JSON pointer starting with '/' (at /waivers/1/target)",
      "w.yaml:5:5: duplicate waiver: same rule, target and file as waivers[2] (at /waivers/3)",
    ]);
  });

  it("reports an unknown rule and a duplicate after the file passes the schema", () => {
    const result = parseWaivers(
      `waivers:
  - { rule: bipa/15c-proft, target: gym-entry, justification: a, approvedBy: b, expires: 2026-12-31 }
  - { rule: bipa/15d-disclosure, target: gym-entry, justification: a, approvedBy: b, expires: 2026-12-31 }
  - { rule: bipa/15d-disclosure, target: gym-entry, justification: c, approvedBy: d, expires: 2027-01-31 }
`,
      { knownRuleIds: KNOWN },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, "w.yaml"))).toEqual([
      'w.yaml:2:7: unknown rule "bipa/15c-proft" (did you mean "bipa/15c-profit"?) (at /waivers/0/rule)',
      "w.yaml:4:5: duplicate waiver: same rule, target and file as waivers[1] (at /waivers/2)",
    ]);
  });

  it("enforces a maximum waiver length when the policy sets one", () => {
    const text = `waivers:
  - { rule: bipa/15c-profit, target: gym-entry, justification: a, approvedBy: b, expires: 2027-11-22 }
  - { rule: bipa/15d-disclosure, target: gym-entry, justification: a, approvedBy: b, expires: 2027-11-23 }
`;
    expect(parseWaivers(text, { knownRuleIds: KNOWN }).ok).toBe(true);
    const capped = parseWaivers(text, { knownRuleIds: KNOWN, maxDays: 365, asOf: "2026-11-22" });
    expect(capped.ok === false && capped.problems.map((p) => formatProblem(p, "w.yaml"))).toEqual([
      "w.yaml:3:86: expires 2027-11-23, 366 days after 2026-11-22; waivers may run at most 365 days (maxWaiverDays) (at /waivers/1/expires)",
    ]);
  });

  it("rejects empty files, YAML errors and a wrong shape", () => {
    for (const [text, message] of [
      ["", "the waiver file is empty"],
      ["# only a comment\n", "the waiver file is empty"],
      ["waivers: [\n", ""],
      ["- rule: x\n", "expected object"],
    ] as const) {
      const result = parseWaivers(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok && message) expect(result.problems[0]!.message).toContain(message);
    }
  });
});

describe("applyWaivers", () => {
  it("moves matching findings to suppressed with the waiver's terms and recounts the summary", () => {
    const { reports, outcomes } = applyWaivers([acmeReport, betaReport], parse(valid), "2026-11-22");
    const acme = reports[0]!;
    expect(acme.findings.map((f) => f.ruleId)).not.toContain("bipa/15b-written-release");
    expect(acme.suppressed.at(-1)).toMatchObject({
      ruleId: "bipa/15b-written-release",
      suppression: {
        kind: "waiver",
        justification: "Release forms are being collected; all signed by 2026-12-15 (HR-77).",
        approvedBy: "Dana Roe, General Counsel",
        expires: "2026-12-31",
      },
    });
    expect(acme.summary).toMatchObject({ violation: 0, risk: 2, info: 1, suppressed: 3 });
    expect(reports[1]).toBe(betaReport); // untouched when nothing matches
    expect(outcomes.map((o) => [o.waiver.rule, o.status, o.matched])).toEqual([
      ["bipa/15b-written-release", "applied", 1],
      ["bipa/15d-disclosure", "expired", 1],
    ]);
  });

  it("applies through the expiry date and stops the day after", () => {
    const w = waiver({ expires: "2026-11-22" });
    expect(isExpired(w, "2026-11-22")).toBe(false);
    expect(isExpired(w, "2026-11-23")).toBe(true);
    expect(applyWaivers([acmeReport], [w], "2026-11-22").outcomes[0]!.status).toBe("applied");
    const after = applyWaivers([acmeReport], [w], "2026-11-23");
    expect(after.outcomes[0]).toMatchObject({ status: "expired", matched: 1 });
    expect(after.reports[0]!.findings).toEqual(acmeReport.findings);
  });

  it("matches a JSON pointer target at or above the finding's fields, and only in the named file", () => {
    const finding = acmeReport.findings[1]!; // 15d, evidence /systems/0/disclosures and /systems/0/name
    const d = { rule: "bipa/15d-disclosure" };
    expect(waiverMatches(waiver({ ...d, target: "/systems/0/disclosures" }), finding, "profiles/acme.yaml")).toBe(true);
    expect(waiverMatches(waiver({ ...d, target: "/systems/0" }), finding, "profiles/acme.yaml")).toBe(true);
    expect(waiverMatches(waiver({ ...d, target: "/systems/0/disc" }), finding, "profiles/acme.yaml")).toBe(false);
    expect(waiverMatches(waiver({ ...d, target: "/systems/1" }), finding, "profiles/acme.yaml")).toBe(false);
    expect(waiverMatches(waiver({ ...d, target: "gym-entry", file: "./profiles/acme.yaml" }), finding, "profiles/acme.yaml")).toBe(true);
    expect(waiverMatches(waiver({ ...d, target: "gym-entry", file: "profiles/other.yaml" }), finding, "profiles/acme.yaml")).toBe(false);
    expect(waiverMatches(waiver({ target: "gym-entry" }), finding, "profiles/acme.yaml")).toBe(false); // other rule
    expect(normalizeFilePath(".\\profiles\\acme.yaml")).toBe("profiles/acme.yaml");
  });

  it("reports expired and unused waivers as notices pointing into the waiver file", () => {
    const waivers = [...parse(valid), { ...waiver({ target: "badge-reader" }), source: { file: "bipa-waivers.yaml", line: 20, column: 5 } }];
    const { outcomes } = applyWaivers([acmeReport], waivers, "2026-11-22");
    expect(waiverNotices(outcomes)).toEqual([
      {
        level: "warning",
        code: "waiver-expired",
        message: "waiver for bipa/15d-disclosure on /systems/0/disclosures in ./profiles/acme.yaml expired on 2026-11-01; 1 finding is reported again",
        file: "bipa-waivers.yaml",
        line: 9,
        column: 5,
      },
      {
        level: "warning",
        code: "waiver-unused",
        message: "waiver for bipa/15b-written-release on badge-reader matched no finding; remove it or correct its rule or target",
        file: "bipa-waivers.yaml",
        line: 20,
        column: 5,
      },
    ]);
  });

  it("counts a waiver as used when it matches in any of several reports", () => {
    const { outcomes } = applyWaivers([betaReport, acmeReport], [waiver({})], "2026-11-22");
    expect(outcomes[0]!.status).toBe("applied");
  });
});
