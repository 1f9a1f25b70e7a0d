import { describe, expect, it } from "vitest";
import { z } from "zod";
import { described } from "../../src/practices/described.js";
import { profileJsonSchema } from "../../src/practices/json-schema.js";
import { practicesSchema } from "../../src/practices/schema.js";

/*
 * `described` gives a one-field schema its description without `.describe()`'s copy (start-up
 * time). The descriptions must still be where readers look: on the zod schema (`.description`)
 * and in the exported JSON Schema, field by field.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** A field's description; an `.optional()` without its own shows its inner schema's, as the JSON Schema does. */
function fieldDescription(field: z.ZodType): string | undefined {
  const inner = defOf(field).innerType;
  return field.description ?? (inner ? fieldDescription(inner) : undefined);
}

/** `key: description` of every field of every object in the zod schema, as `.description` reads it. */
function zodFieldDescriptions(schema: z.ZodType, out: string[] = [], seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    out.push(`${key}: ${fieldDescription(field) ?? "(none)"}`);
    zodFieldDescriptions(field, out, seen);
  }
  for (const inner of [def.innerType, def.element, ...(def.options ?? [])]) if (inner) zodFieldDescriptions(inner, out, seen);
  return out;
}

/** The same from a JSON Schema: every property's description. */
function jsonFieldDescriptions(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) jsonFieldDescriptions(item, out);
    return out;
  }
  if (node === null || typeof node !== "object") return out;
  const record = node as Record<string, unknown>;
  const props = record.properties;
  if (props && typeof props === "object") {
    for (const [key, prop] of Object.entries(props as Record<string, { description?: string }>)) out.push(`${key}: ${prop.description ?? "(none)"}`);
  }
  for (const [key, value] of Object.entries(record)) if (key !== "default") jsonFieldDescriptions(value, out);
  return out;
}

describe("described", () => {
  it("registers the description on the schema itself, not on a copy", () => {
    const schema = z.string();
    expect(described(schema, "A name.")).toBe(schema);
    expect(schema.description).toBe("A name.");
    expect(z.toJSONSchema(schema)).toMatchObject({ type: "string", description: "A name." });
  });

  it("refuses a schema that already has a description (a shared one needs .describe())", () => {
    const shared = described(z.boolean(), "First field.");
    expect(() => described(shared, "Second field.")).toThrow(/already has metadata/);
    expect(shared.description).toBe("First field.");
  });
});

describe("the profile schema's descriptions", () => {
  it("are on the zod schema, the one-field objects themselves rather than copies", () => {
    const organization = practicesSchema.shape.organization;
    expect(organization.description).toBe("The organization whose practices are described.");
    expect(organization._zod.parent).toBeUndefined();
    const system = practicesSchema.shape.systems.element;
    expect(system.description).toBe("One collection point or processing activity that touches biometric data.");
    // Fields built from one shared schema each keep their own text.
    expect(system.shape.description.description).toBe("Free text on what the system does; shown in reports.");
    expect(system.shape.security.unwrap().shape.industryStandard.description).toMatch(/^Security standard followed/);
    expect(system.shape.notice.unwrap().shape.inWriting.description).toBe("15(b)(1): subjects informed in writing.");
  });

  it("reach the exported JSON Schema field by field, as the zod schema holds them", () => {
    const fromZod = zodFieldDescriptions(practicesSchema).sort();
    const fromJson = jsonFieldDescriptions(profileJsonSchema()).sort();
    expect(fromZod.length).toBeGreaterThan(250);
    expect(fromZod.filter((d) => d.endsWith("(none)"))).toEqual([]);
    // The JSON Schema inlines a schema each time it is used, so compare the distinct lines.
    expect([...new Set(fromJson)]).toEqual([...new Set(fromZod)]);
  });
});
