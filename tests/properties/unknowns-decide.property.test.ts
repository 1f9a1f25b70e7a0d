import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { dateBounds } from "../../src/practices/dates.js";
import { parseProfile } from "../../src/practices/load.js";
import { profileJsonSchema } from "../../src/practices/json-schema.js";
import type { Practices } from "../../src/practices/schema.js";
import type { Finding } from "../../src/report/types.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { profileArb } from "../helpers/arbitraries.js";
import { fcRuns } from "./runs.js";

/*
 * Issue 10 point 1: "An unknown produces a risk only when the outcome of the section actually depends
 * on it." For every finding of basis "unknown", replacing the unknown fields it cites with known
 * values must be able to change the outcome (the finding goes away, or its severity changes). Where
 * every replacement gives the same severity, the stated facts already decide and the rule must
 * report that, not ask for facts (bipa-reference.md §5: the practice facts each section turns on).
 */

const AS_OF = "2026-11-22";
const runs = fcRuns(40);
const scopeRules = bipaRules.filter((r) => r.kind === "scope");

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  pattern?: string;
  format?: string;
};
const SCHEMA = profileJsonSchema() as JsonSchema & { $defs?: Record<string, JsonSchema> };

function resolve(node: JsonSchema): JsonSchema {
  if (node.$ref?.startsWith("#/$defs/")) return resolve(SCHEMA.$defs?.[node.$ref.slice(8)] ?? {});
  return node;
}

/** The schema node at a JSON pointer into a profile (through properties, items and unions). */
function schemaAt(pointer: string): JsonSchema | undefined {
  let nodes: JsonSchema[] = [SCHEMA];
  for (const part of pointer.split("/").slice(1)) {
    const next: JsonSchema[] = [];
    for (const raw of nodes) {
      const n = resolve(raw);
      for (const alt of [n, ...(n.anyOf ?? []), ...(n.oneOf ?? [])].map(resolve)) {
        if (/^\d+$/.test(part) && alt.items) next.push(alt.items);
        else if (alt.properties?.[part]) next.push(alt.properties[part]!);
      }
    }
    if (next.length === 0) return undefined;
    nodes = next;
  }
  return { anyOf: nodes };
}

/** Known values a field could take instead of "unknown", read from the schema at its pointer. */
function candidates(pointer: string): unknown[] {
  const node = schemaAt(pointer);
  if (!node) return [];
  const out: unknown[] = [];
  const visit = (raw: JsonSchema) => {
    const n = resolve(raw);
    for (const alt of [...(n.anyOf ?? []), ...(n.oneOf ?? [])]) visit(alt);
    const types = Array.isArray(n.type) ? n.type : n.type ? [n.type] : [];
    if (n.enum) out.push(...n.enum);
    if (n.const !== undefined) out.push(n.const);
    if (types.includes("boolean")) out.push(true, false);
    if (types.includes("integer")) out.push(0, 1, 500);
    if (types.includes("number")) out.push(0, 0.5, 1, 12);
    // A list: none at all, or one entry with only its required fields (the rest left to their defaults).
    if (types.includes("array") && n.items) out.push([], [sampleItem(resolve(n.items))]);
    const datePattern = n.pattern !== undefined && n.pattern.includes("\\d{4}");
    if (types.includes("string") && n.const === undefined && (n.pattern === undefined || datePattern) && n.format === undefined && !n.enum) out.push("1980-01-01", "2015-03-01", "2020-01-06", "2025-06-01", "2026-12-01", "2030-01-01");
  };
  visit(node);
  return [...new Set(out.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as unknown).filter((v) => v !== "unknown" && v !== "some");
}

/** A value known only in part (a year or month, "some", { atLeast }) refined to values it allows. */
function refinements(value: unknown): unknown[] {
  if (typeof value === "string" && /^\d{4}(-\d{2})?$/.test(value)) {
    const { earliest, latest } = dateBounds(value);
    return [earliest, latest];
  }
  if (value === "some") return [1, 1000];
  if (typeof value === "object" && value !== null && "atLeast" in value) {
    const r = value as { atLeast: number; atMost?: number };
    return [r.atLeast, r.atMost ?? r.atLeast + 1000];
  }
  return [];
}

/** An object with its required properties filled (the first candidate, or a name for free text). */
function sampleItem(node: JsonSchema): unknown {
  const item: Record<string, unknown> = {};
  for (const key of node.required ?? []) {
    const prop = resolve(node.properties?.[key] ?? {});
    const types = Array.isArray(prop.type) ? prop.type : prop.type ? [prop.type] : [];
    item[key] = prop.enum?.[0] ?? (types.includes("string") ? "Sample" : types.includes("array") ? [] : 0);
  }
  return item;
}

function setAt(target: unknown, pointer: string, value: unknown): void {
  const parts = pointer.split("/").slice(1);
  let node = target as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

/**
 * The outcome of one finding's rule on its system: the severities of that rule's findings there that
 * rest on any of the same fields (a known value may move the finding to another key, e.g. "transit:unknown"
 * to "transit"), or "absent". Severities only: the issue asks whether the grade depends on the unknown.
 */
function outcome(profile: Practices, finding: Finding): string {
  const rule = bipaRules.find((r) => r.id === finding.ruleId)!;
  const ruleSet = rule.kind === "scope" ? scopeRules : [...scopeRules, rule];
  const report = audit(profile, { asOf: AS_OF, ruleSet });
  // Related: the same rule and system, resting on a field of the same object (a measure's coverage
  // once its `enabled` is known, say).
  const parent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf("/"));
  // A known list (disclosures: []) puts its findings under the field itself: descendants are related too.
  const objects = new Set(finding.evidence.map((e) => parent(e.pointer)));
  const cited = finding.evidence.map((e) => e.pointer);
  const related = report.findings.filter(
    (f) =>
      f.ruleId === finding.ruleId &&
      f.systemId === finding.systemId &&
      f.evidence.some((e) => objects.has(parent(e.pointer)) || objects.has(e.pointer) || cited.some((c) => e.pointer.startsWith(`${c}/`))),
  );
  const grade = related.length === 0 ? "absent" : related.map((f) => f.severity).sort().join("+");
  // For a scope rule the outcome is also whether the law applies (an exclusion and a disputed nexus are both info).
  const applies = rule.kind === "scope" ? ` (${report.applicability.find((a) => a.systemId === finding.systemId)?.status ?? "?"})` : "";
  return grade + applies;
}

/**
 * Assignments to try: each field alone first (the others left as they are), then joint assignments of
 * every field at once, drawn with a fixed-seed generator so a run is replayable; at most `cap` in all.
 */
function* assignments(fields: Array<{ pointer: string; values: unknown[] }>, cap: number): Generator<Array<[string, unknown]>> {
  let n = 0;
  for (const f of fields) for (const v of f.values) if (n++ < cap) yield [[f.pointer, v]];
  if (fields.length < 2) return;
  // mulberry32: 32-bit integer arithmetic, so the draws stay exact and replayable.
  let seed = 20261122;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  while (n++ < cap * 2) yield fields.map((f) => [f.pointer, f.values[Math.floor(next() * f.values.length)]] as [string, unknown]);
}

describe("point 1: an unknown is a risk only when the outcome depends on it", () => {
  it("for every unknown-basis finding, some known value of its unknown fields changes the outcome", () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const parsed = parseProfile(input);
        if (!parsed.ok) return;
        const report = audit(parsed.profile, { asOf: AS_OF });
        for (const finding of report.findings.filter((f) => f.basis === "unknown")) {
          const fields = finding.evidence
            .map((e) => ({ pointer: e.pointer, values: e.value === "unknown" || e.value === null ? candidates(e.pointer) : refinements(e.value) }))
            .filter((f) => f.values.length > 0);
          // A basis-unknown finding must name the unknown fact it asks for (or a date or count known only in part).
          expect(fields.length > 0, `${finding.fingerprint} cites no unknown field`).toBe(true);
          if (fields.length === 0) continue;
          const results = new Set<string>();
          let tried = 0;
          for (const assignment of assignments(fields, 40)) {
            const copy = structuredClone(parsed.profile);
            for (const [pointer, value] of assignment) setAt(copy, pointer, value);
            const again = parseProfile(copy);
            if (!again.ok) continue;
            tried += 1;
            const result = outcome(again.profile, finding);
            results.add(result);
            if (results.size > 1) break;
          }
          if (tried === 0) continue;
          // The outcome must depend on the unknown: two known values that lead to different outcomes.
          // If every replacement gives one outcome, the stated facts decide it already.
          expect(results.size > 1, `${finding.fingerprint}: every known value of ${fields.map((f) => f.pointer).join(", ")} gives ${[...results].join("/")}: the rule should report that on the stated facts`).toBe(true);
        }
      }),
      runs,
    );
  });
});
