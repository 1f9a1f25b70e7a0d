/**
 * Reads the profile's JSON Schema (generated from the zod schema by `profileJsonSchema()`) into a flat
 * list of fields, each with its dotted path, readable type, requirement and description.
 */

/** The subset of JSON Schema that z.toJSONSchema emits for the profile. */
export interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface SchemaField {
  /** Dotted path, `[]` for list items: `systems[].notice.inWriting`. */
  path: string;
  /** The object it belongs to (`""` for the top level). */
  parent: string;
  key: string;
  schema: JsonSchema;
  required: boolean;
  /** Path of the object table that describes this field's own fields, if it has any. */
  childObject?: string;
}

export interface SchemaObject {
  /** Dotted path of the object (`""` for the top level, `systems[]` for each system). */
  path: string;
  description?: string;
  fields: SchemaField[];
}

/** The object schema a field holds, directly, as list items, or as one branch of a union. */
export function objectOf(schema: JsonSchema): { object: JsonSchema; suffix: string } | undefined {
  if (schema.type === "object" && schema.properties) return { object: schema, suffix: "" };
  if (schema.type === "array" && schema.items) {
    const inner = objectOf(schema.items);
    return inner ? { object: inner.object, suffix: `[]${inner.suffix}` } : undefined;
  }
  for (const branch of schema.anyOf ?? []) {
    const inner = objectOf(branch);
    if (inner) return inner;
  }
  return undefined;
}

/** Every object in the schema, parents before children, fields in schema order. */
export function walkSchema(root: JsonSchema): SchemaObject[] {
  const out: SchemaObject[] = [];
  const visit = (object: JsonSchema, path: string, description: string | undefined) => {
    const entry: SchemaObject = { path, ...(description ? { description } : {}), fields: [] };
    out.push(entry);
    const children: Array<{ object: JsonSchema; path: string; description: string | undefined }> = [];
    for (const [key, schema] of Object.entries(object.properties ?? {})) {
      const fieldPath = path === "" ? key : `${path}.${key}`;
      const nested = objectOf(schema);
      const childPath = nested ? `${fieldPath}${nested.suffix}` : undefined;
      entry.fields.push({
        path: fieldPath,
        parent: path,
        key,
        schema,
        required: (object.required ?? []).includes(key),
        ...(childPath ? { childObject: childPath } : {}),
      });
      if (nested && childPath) children.push({ object: nested.object, path: childPath, description: schema.description ?? nested.object.description });
    }
    for (const child of children) visit(child.object, child.path, child.description);
  };
  visit(root, "", root.description);
  return out;
}

const literal = (value: unknown) => `\`${JSON.stringify(value)}\``;

/** A readable type: `true`, `false` or `"unknown"`; date `YYYY-MM-DD`; one of …; list of …. */
export function typeWords(schema: JsonSchema, objectLink?: string): string {
  if (schema.anyOf) {
    const parts = schema.anyOf.map((s) => typeWords(s, objectLink));
    return parts.length <= 2 ? parts.join(" or ") : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
  }
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return `one of ${schema.enum.map(literal).join(", ")}`;
  switch (schema.type) {
    case "boolean":
      return "`true`, `false`";
    case "string":
      if (schema.format === "date") return "date `YYYY-MM-DD`";
      if (schema.pattern) return `id matching \`${schema.pattern}\``;
      return schema.minLength ? "non-empty text" : "text";
    case "integer":
      return schema.minimum === 0 ? "whole number ≥ 0" : "whole number";
    case "number":
      if (schema.minimum === 0 && schema.maximum === 1) return "share from 0 to 1 (0.25 = 25 %)";
      return schema.minimum === 0 ? "number ≥ 0" : "number";
    case "array": {
      const items = !schema.items ? "values" : schema.items.type === "object" ? typeWords(schema.items, objectLink).replace(/^object/, "objects") : typeWords(schema.items, objectLink);
      return `list of ${items}${schema.minItems ? ` (at least ${schema.minItems})` : ""}`;
    }
    case "object":
      return objectLink ? `object, see ${objectLink}` : "object";
    default:
      return "any value";
  }
}

/** `required`, the default written out, or `optional`. */
export function requirementWords(field: SchemaField): string {
  if (field.required) return "required";
  const d = field.schema.default;
  if (d === undefined) return "optional";
  if (Array.isArray(d) && d.length === 0) return "default `[]`";
  if (typeof d === "object" && d !== null) {
    const values = Object.values(d);
    return values.every((v) => v === "unknown" || (Array.isArray(v) && v.length === 0))
      ? "optional; its fields default as below"
      : "optional; defaults as below";
  }
  return `default ${literal(d)}`;
}
