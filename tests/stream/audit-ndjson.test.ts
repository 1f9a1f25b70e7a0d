import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Report } from "../../src/report/types.js";
import { auditNdjson, auditNdjsonLines, type NdjsonResult } from "../../src/stream/index.js";
import { generateNdjsonLines, generateOrganization, generateProfile, generateSystems } from "../bench/generate.js";
import { findingLocation } from "../../src/core/resolve.js";

const AS_OF = "2026-11-22";

async function collect(source: AsyncIterable<NdjsonResult>): Promise<NdjsonResult[]> {
  const out: NdjsonResult[] = [];
  for await (const result of source) out.push(result);
  return out;
}

const ofKind = <K extends NdjsonResult["kind"]>(results: NdjsonResult[], kind: K) =>
  results.filter((r): r is Extract<NdjsonResult, { kind: K }> => r.kind === kind);

/** What identifies a finding apart from where it sits: the pointers differ (/systems/0 vs /systems/i). */
const essence = (report: Report) => report.findings.map((f) => `${f.fingerprint} ${f.severity} ${f.basis} ${f.message}`);

describe("auditNdjson: header line, then one system per line", () => {
  it("gives each system the findings a whole-profile audit gives it, and the same totals", async () => {
    const whole = parseProfile(generateProfile(120));
    if (!whole.ok) throw new Error("generated profile does not validate");
    const expected = audit(whole, { asOf: AS_OF });

    const results = await collect(auditNdjsonLines(generateNdjsonLines(120), { asOf: AS_OF }));
    expect(results[0]).toEqual({ kind: "header", line: 1, organization: { name: "Generated Estate Holdings LLC", entityType: "private-entity" } });
    const systems = ofKind(results, "system");
    expect(systems.map((s) => s.line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 2));
    for (const { systemId, report } of systems) {
      const theirs = expected.findings.filter((f) => f.systemId === systemId);
      expect(essence(report)).toEqual(theirs.map((f) => `${f.fingerprint} ${f.severity} ${f.basis} ${f.message}`));
    }

    // Organization rules run once, at the end, as in the whole-profile audit.
    const [organization] = ofKind(results, "organization");
    expect(essence(organization!.report)).toEqual(essence({ ...expected, findings: expected.findings.filter((f) => f.systemId === undefined) }));

    const [{ summary }] = ofKind(results, "summary") as [Extract<NdjsonResult, { kind: "summary" }>];
    expect(summary).toMatchObject({
      layout: "header+systems",
      lines: 121,
      errors: 0,
      systems: 120,
      systemsInScope: expected.summary.systemsInScope,
      violation: expected.summary.violation,
      risk: expected.summary.risk,
      info: expected.summary.info,
      stopped: false,
    });
    expect(summary.exposureUsd).toEqual(expected.exposure?.totalUsd);
  });

  it("points evidence at the line the system is on, and tells written fields from defaulted ones", async () => {
    const lines = [
      JSON.stringify({ version: 1, organization: generateOrganization() }),
      // Captured in Illinois, so BIPA reaches it and its section findings are reported (not conditional).
      JSON.stringify({ id: "kiosk", name: "Lobby kiosk", modalities: ["fingerprint"], illinoisNexus: { captureInIllinois: true }, release: { type: "verbal" } }),
    ];
    const results = await collect(auditNdjsonLines(lines, { asOf: AS_OF }));
    const [system] = ofKind(results, "system");
    const verbal = system!.report.findings.find((f) => f.ruleId === "bipa/15b-written-release")!;
    expect(findingLocation(verbal)).toEqual({ pointer: "/systems/0/release/type", line: 2, column: 1 });
    expect(verbal.evidence[0]).toMatchObject({ value: "verbal", present: true, line: 2 });
    const notice = system!.report.findings.find((f) => f.ruleId === "bipa/15b-written-notice")!;
    expect(notice.evidence[0]).toMatchObject({ pointer: "/systems/0/notice/inWriting", value: "unknown", present: false, line: 2 });
  });

  it("reads raw byte chunks from a stream, and takes the organization from an option instead of a header", async () => {
    const bytes = new TextEncoder().encode([...generateSystems(5)].map((s) => JSON.stringify(s)).join("\r\n"));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 100) }, (_, i) => bytes.slice(i * 100, (i + 1) * 100));
    const results = await collect(auditNdjson(chunks, { asOf: AS_OF, organization: generateOrganization() }));
    expect(ofKind(results, "system").map((r) => [r.line, r.systemId])).toEqual([
      [1, "sys-0"],
      [2, "sys-1"],
      [3, "sys-2"],
      [4, "sys-3"],
      [5, "sys-4"],
    ]);
    expect(ofKind(results, "error")).toEqual([]);
  });

  it("applies rule settings, and turns organization rules off per line but keeps the user's choice for them", async () => {
    const results = await collect(
      auditNdjsonLines(generateNdjsonLines(20), { asOf: AS_OF, rules: { "bipa/15e-parity": "off", "bipa/offshore-affiliates": "off", "bipa/25d-fingerprint-vendor": "off" } }),
    );
    const ids = ofKind(results, "system").flatMap((r) => r.report.findings.map((f) => f.ruleId));
    expect(ids).not.toContain("bipa/15e-parity");
    expect(ids.length).toBeGreaterThan(0);
    expect(ofKind(results, "organization")).toEqual([]);
  });
});

describe("auditNdjson: bad lines", () => {
  const header = JSON.stringify({ version: 1, organization: generateOrganization() });
  const good = (id: string) => JSON.stringify({ id, name: `System ${id}`, modalities: ["fingerprint"] });
  const input = [
    header, // 1
    good("a"), // 2
    '{"id": "b", "name": ', // 3: not JSON
    "", // 4: blank, skipped
    JSON.stringify({ id: "c", name: "System c", modalities: ["iris"], release: { type: "handshake" } }), // 5: schema
    good("a"), // 6: duplicate id
    JSON.stringify({ id: "d", name: "System d", modalities: ["iris"], relase: {} }), // 7: unknown key
    good("e"), // 8
  ];

  it("reports each bad line with its number and reason, and audits the rest", async () => {
    const results = await collect(auditNdjsonLines(input, { asOf: AS_OF }));
    expect(ofKind(results, "system").map((r) => [r.line, r.systemId])).toEqual([
      [2, "a"],
      [8, "e"],
    ]);
    const errors = ofKind(results, "error");
    expect(errors.map((e) => e.line)).toEqual([3, 5, 6, 7]);
    expect(errors[0]!.problems[0]).toMatchObject({ code: "yaml", line: 3, path: "" });
    expect(errors[0]!.problems[0]!.message).toMatch(/^line is not valid JSON: /);
    expect(errors[1]!.problems).toEqual([
      expect.objectContaining({ code: "schema", line: 5, path: "/release/type", message: expect.stringContaining('"wet-signature"') }),
    ]);
    expect(errors[2]!.problems).toEqual([
      { code: "schema", line: 6, column: 1, path: "/id", message: 'duplicate system id "a" (first used on line 2)' },
    ]);
    expect(errors[3]!.problems[0]).toMatchObject({ line: 7, path: "/relase", message: 'unknown key "relase" (did you mean "release"?)' });
    const [summary] = ofKind(results, "summary");
    expect(summary!.summary).toMatchObject({ lines: 8, errors: 4, systems: 2, stopped: false });
  });

  it("stops after the first bad line when asked", async () => {
    const results = await collect(auditNdjsonLines(input, { asOf: AS_OF, stopOnError: true }));
    expect(results.map((r) => r.kind)).toEqual(["header", "system", "error", "summary"]);
    expect(ofKind(results, "summary")[0]!.summary).toMatchObject({ lines: 3, errors: 1, stopped: true });
  });

  it("allows a repeated id when asked (and then keeps no set of ids)", async () => {
    const results = await collect(auditNdjsonLines([header, good("a"), good("a")], { asOf: AS_OF, duplicateIds: "allow" }));
    expect(ofKind(results, "system").map((r) => r.line)).toEqual([2, 3]);
  });

  it("stops at once when the first line is neither a header nor a profile: there is no organization", async () => {
    const results = await collect(auditNdjsonLines([good("a"), good("b")], { asOf: AS_OF }));
    expect(results.map((r) => r.kind)).toEqual(["error", "summary"]);
    const [error] = ofKind(results, "error");
    expect(error!.line).toBe(1);
    expect(error!.problems.map((p) => p.message).join("\n")).toMatch(/first line must be a header/);
    expect(ofKind(results, "summary")[0]!.summary).toMatchObject({ layout: "none", stopped: true });
  });

  it("rejects an invalid organization option before reading anything", async () => {
    const results = await collect(auditNdjsonLines([good("a")], { asOf: AS_OF, organization: { name: "" } }));
    expect(results.map((r) => r.kind)).toEqual(["error", "summary"]);
    expect(ofKind(results, "error")[0]!.problems.map((p) => p.path)).toContain("/organization/entityType");
  });

  it("reports a line over the length limit by number and stops there (the end of such a line may never come)", async () => {
    const long = JSON.stringify({ id: "long", name: "x".repeat(1000), modalities: ["iris"] });
    const text = [header, good("a"), long, good("b")].join("\n");
    const results = await collect(auditNdjson([text], { asOf: AS_OF, maxLineBytes: 800 }));
    expect(ofKind(results, "system").map((r) => r.line)).toEqual([2]);
    expect(ofKind(results, "error")[0]!.problems[0]).toMatchObject({ code: "limit", line: 3 });
    expect(ofKind(results, "summary")[0]!.summary).toMatchObject({ stopped: true, errors: 1 });
  });
});

describe("auditNdjson: one profile per line", () => {
  it("audits each line as a whole profile and reports schema problems with the line number", async () => {
    const profile = (n: number, seed: number) => JSON.stringify(generateProfile(n, seed));
    const broken = JSON.stringify({ ...generateProfile(1, 4), version: 2 });
    const results = await collect(auditNdjsonLines([profile(3, 1), broken, profile(2, 2)], { asOf: AS_OF }));
    expect(results.map((r) => r.kind)).toEqual(["profile", "error", "profile", "summary"]);
    const [first] = ofKind(results, "profile");
    const expected = parseProfile(generateProfile(3, 1));
    if (!expected.ok) throw new Error("generated profile does not validate");
    expect(essence(first!.report)).toEqual(essence(audit(expected, { asOf: AS_OF })));
    expect(first!.report.findings[0]!.evidence[0]!.line).toBe(1);
    expect(ofKind(results, "error")[0]!.problems[0]).toMatchObject({ line: 2, path: "/version" });
    expect(ofKind(results, "summary")[0]!.summary).toMatchObject({ layout: "profile-per-line", systems: 5, errors: 1 });
  });
});
