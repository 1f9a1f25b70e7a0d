import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";
import { loadProfile } from "../../src/practices/load.js";
import { profileJsonSchema } from "../../src/practices/json-schema.js";

/*
 * The JSON Schemas editors read (docs/profile.schema.json, docs/config.schema.json), walked as
 * generated: every property described, every pattern explained in a sentence, no made-up home.
 */

type Node = Record<string, unknown>;

/** Every node of a JSON Schema with the JSON pointer that reaches it. */
function* nodes(node: unknown, pointer = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${pointer}/${i}`);
    return;
  }
  if (node === null || typeof node !== "object") return;
  yield [pointer, node as Node];
  for (const [key, value] of Object.entries(node)) yield* nodes(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
}

/** The properties of every object in the schema, as [pointer, property schema]. */
function properties(schema: Node): Array<[string, Node]> {
  const out: Array<[string, Node]> = [];
  for (const [pointer, node] of nodes(schema)) {
    const props = node.properties;
    if (props && typeof props === "object" && !Array.isArray(props) && !pointer.endsWith("/properties")) {
      for (const [name, prop] of Object.entries(props as Record<string, Node>)) out.push([`${pointer}/properties/${name}`, prop]);
    }
  }
  return out;
}

describe.each([
  ["profile", profileJsonSchema()],
  ["config", configJsonSchema()],
])("the %s JSON Schema", (_name, schema) => {
  it("describes every property (a .describe() in the zod schema)", () => {
    const props = properties(schema);
    expect(props.length).toBeGreaterThan(5);
    const missing = props.filter(([, p]) => typeof p.description !== "string" || p.description.trim() === "").map(([pointer]) => pointer);
    expect(missing, "add .describe() to these fields in the zod schema").toEqual([]);
  });

  it("explains every pattern in one short sentence, not as a regular expression", () => {
    const patterned = [...nodes(schema)].filter(([, n]) => typeof n.pattern === "string");
    for (const [pointer, node] of patterned) {
      const message = node.patternErrorMessage;
      expect(typeof message, `${pointer}: patternErrorMessage`).toBe("string");
      const text = message as string;
      expect(text, pointer).toMatch(/^[A-Z][^\n]*\.$/);
      expect(text.length, pointer).toBeLessThanOrEqual(140);
      expect(text.split(/\.\s/).length, `${pointer}: one sentence`).toBe(1);
      expect(text, `${pointer}: no regular expression`).not.toMatch(/\\d|\(\?:|\[\^|\{\d+,?\d*\}|\^\(|\$\)/);
    }
  });

  it("has no $id or link to a home the project does not have", () => {
    expect(schema).not.toHaveProperty("$id");
    expect(JSON.stringify(schema)).not.toMatch(/bipa-check\.(dev|io|org|com)|github\.com\/bipa-check/);
  });
});

describe("the loader's date message", () => {
  it("is one short sentence, not a regular expression", () => {
    const loaded = loadProfile(
      "version: 1\norganization: { name: X, entityType: private-entity }\nsystems:\n  - { id: a, name: A, modalities: [fingerprint], notice: { date: 2020-13-45 } }\n",
      { file: "p.yaml" },
    );
    expect(loaded.ok).toBe(false);
    const message = loaded.ok ? "" : loaded.problems.find((p) => p.path === "/systems/0/notice/date")!.message;
    expect(message).toMatch(/^expected a date \(YYYY-MM-DD, YYYY-MM or YYYY, 1970-2200\)/);
    expect(message.length).toBeLessThan(80);
    expect(message).not.toMatch(/\\d|\(\?:|\[0-9\]/);
  });
});
