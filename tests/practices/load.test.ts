import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { decodeUtf8, loadProfile, parseProfile } from "../../src/practices/load.js";
import { formatProblem } from "../../src/practices/problems.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";

const validYaml = stringify(compliantProfile);

describe("loadProfile", () => {
  it("reads a valid YAML profile and fills defaults", () => {
    const result = loadProfile(validYaml, { file: "p.yaml" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toBe("p.yaml");
    expect(result.profile.systems[0]?.id).toBe("timeclock");
    expect(result.profile.systems[0]?.geofencing).toBeUndefined();
  });

  it("reads the same profile as JSON, with lines", () => {
    const json = JSON.stringify(compliantProfile, null, 2);
    const result = loadProfile(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sourceMap.get("/systems/0/release/type")?.line).toBe(json.split("\n").findIndex((l) => l.includes('"wet-signature"')) + 1);
  });

  it("maps every field to its line and column in YAML", () => {
    const text = ["version: 1", "organization:", "  name: Acme", "  entityType: private-entity", "systems:", "  - id: gate", "    name: Gate", "    modalities: []"].join("\n");
    const result = loadProfile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sourceMap.get("/organization/name")).toEqual({ line: 3, column: 3 });
    expect(result.sourceMap.get("/systems/0")).toEqual({ line: 6, column: 5 });
    expect(result.sourceMap.get("/systems/0/name")).toEqual({ line: 7, column: 5 });
  });

  it("fills omitted facts with unknown rather than guessing", () => {
    const result = loadProfile("version: 1\norganization: {name: A, entityType: private-entity}\nsystems: [{id: s, name: S, modalities: [fingerprint]}]\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.profile.systems[0]!;
    expect(s.release.type).toBe("unknown");
    expect(s.notice.inWriting).toBe("unknown");
    expect(s.disclosures).toBe("unknown");
    expect(s.retention.policy.exists).toBe("unknown");
  });

  it("reports every schema problem at once with path, line and column", () => {
    const text = [
      "version: 1",
      "organization:",
      "  name: Acme",
      "  entityType: company", // bad enum
      "systems:",
      "  - id: Gate", // bad id (upper case)
      "    name: Gate",
      "    modalitys: [fingerprint]", // typo
      "    release:",
      "      type: handshake", // bad enum
      "      date: 2020-13-45", // bad date
    ].join("\n");
    const result = loadProfile(text, { file: "bad.yaml" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(
      ["/organization/entityType", "/systems/0/id", "/systems/0/modalities", "/systems/0/modalitys", "/systems/0/release/date", "/systems/0/release/type"].sort(),
    );
    expect(byPath["/organization/entityType"]).toMatchObject({ line: 4, column: 3, code: "schema" });
    expect(byPath["/systems/0/modalitys"]).toMatchObject({ line: 8, column: 5, message: 'unknown key "modalitys" (did you mean "modalities"?)' });
    expect(byPath["/systems/0/release/type"]?.message).toContain("wet-signature");
    // The typo leaves the required list missing too; both are reported, the missing one at its parent.
    expect(byPath["/systems/0/modalities"]).toMatchObject({ line: 6, column: 5, message: expect.stringContaining("missing required field") });
    expect(formatProblem(byPath["/systems/0/release/date"]!, "bad.yaml")).toBe(
      "bad.yaml:11:7: expected a date (YYYY-MM-DD, YYYY-MM or YYYY, 1970-2200) or \"unknown\" (at /systems/0/release/date)",
    );
    // Problems come in file order.
    const lines = result.problems.map((p) => p.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("points a missing required field at its parent object", () => {
    const result = loadProfile("version: 1\norganization:\n  entityType: private-entity\nsystems: [{id: s, name: S, modalities: [fingerprint]}]\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ path: "/organization/name", line: 2, column: 1, message: expect.stringContaining("missing required field") }),
    ]);
  });

  it("rejects more Illinois people than the group holds, with the path and line (they would inflate every count)", () => {
    const profile = JSON.parse(JSON.stringify(compliantProfile));
    profile.systems[0].subjects = [{ population: "employees", count: 9500, illinoisCount: 20000, unionRepresented: false, relationship: "direct" }];
    const text = stringify(profile);
    const result = loadProfile(text, { file: "p.yaml" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === "/systems/0/subjects/0/illinoisCount");
    expect(problem?.message).toBe("20000 Illinois people is more than the group's count (9500); the Illinois people are part of the group, so state both as counted");
    expect(problem?.line).toBe(text.split("\n").findIndex((l) => l.includes("illinoisCount: 20000")) + 1);
    // A partial count that allows it, and an equal count, are fine.
    for (const [count, illinoisCount] of [[{ atLeast: 9500 }, 20000], [9500, 9500], [9500, { atLeast: 100, atMost: 20000 }]]) {
      profile.systems[0].subjects[0] = { ...profile.systems[0].subjects[0], count, illinoisCount };
      expect(loadProfile(stringify(profile)).ok, JSON.stringify([count, illinoisCount])).toBe(true);
    }
  });

  it("rejects duplicate system ids", () => {
    const result = loadProfile("version: 1\norganization: {name: A, entityType: private-entity}\nsystems: [{id: s, name: S, modalities: []}, {id: s, name: T, modalities: []}]\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: "/systems/1/id", message: expect.stringContaining("duplicate system id") });
  });

  it("rejects an unsupported version with a clear message", () => {
    const result = loadProfile("version: 2\norganization: {name: A, entityType: private-entity}\nsystems: [{id: s, name: S, modalities: [fingerprint]}]\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toContain("version: 1");
  });

  it("reports YAML syntax errors with line and column", () => {
    const result = loadProfile("version: 1\norganization: [unclosed\n", { file: "x.yaml" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "yaml" });
    expect(result.problems[0]?.line).toBeGreaterThan(0);
  });

  it("rejects duplicate keys", () => {
    const result = loadProfile("version: 1\nversion: 1\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "yaml", line: 2 });
  });

  it("rejects several YAML documents in one file", () => {
    const result = loadProfile(`${validYaml}---\n${validYaml}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toContain("2 YAML documents");
  });

  it("rejects empty input", () => {
    for (const text of ["", "   \n", "# only a comment\n"]) {
      const result = loadProfile(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]?.message).toContain("empty");
    }
  });

  it("ignores a byte-order mark", () => {
    expect(loadProfile(`\uFEFF${validYaml}`).ok).toBe(true);
  });

  it("enforces the size limit", () => {
    const result = loadProfile(validYaml, { limits: { maxBytes: 100 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "limit" });
    expect(result.problems[0]?.message).toContain("maxBytes");
  });

  it("enforces the depth limit", () => {
    const deep = `version: 1\nx: ${"[".repeat(200)}${"]".repeat(200)}\n`;
    const result = loadProfile(deep);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "limit" });
    expect(result.problems[0]?.message).toContain("nesting deeper than 64");
  });

  it("stops alias bombs", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
    ].join("\n");
    const result = loadProfile(bomb);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "limit" });
  });

  it("treats __proto__ as an unknown key, without polluting prototypes", () => {
    const result = loadProfile(`${validYaml}__proto__: {polluted: true}\n`);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.message.includes("__proto__"))).toBe(true);
  });
});

describe("parseProfile", () => {
  it("validates plain objects without positions", () => {
    const result = parseProfile({ version: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(["/organization", "/systems"]);
    expect(result.problems.every((p) => p.line === undefined)).toBe(true);
  });

  it("rejects non-objects", () => {
    for (const data of [null, 42, "profile", [1, 2]]) {
      const result = parseProfile(data);
      expect(result.ok).toBe(false);
    }
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 and refuses invalid bytes", () => {
    expect(decodeUtf8(new TextEncoder().encode("name: Zoë"))).toEqual({ ok: true, text: "name: Zoë" });
    const bad = decodeUtf8(Uint8Array.from([0x6e, 0x61, 0xff, 0xfe]));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]).toMatchObject({ code: "encoding" });
  });
});
