import { z } from "zod";

/**
 * `schema.apply(described, "…")`: `.describe("…")` without its copy. zod's `.describe()` clones the
 * schema to register the description on the clone (the original stays alive as the clone's parent),
 * and the profile schema is built on every run of the CLI, so each copy costs start-up time. A
 * schema made for one field can carry its description itself: it lands in zod's global registry,
 * where `.description`, `.meta()` and `z.toJSONSchema` read it, as `.describe()` puts it there.
 *
 * Only for a schema built where it is described. A shared one (`triState`, `text`) still needs
 * `.describe()`: each field needs its own copy to hold its own text.
 */
export function described<T extends z.ZodType>(schema: T, description: string): T {
  // A second description on one schema would silently replace the first, in every field that uses it.
  if (z.globalRegistry.has(schema)) throw new Error(`described: this schema already has metadata (a shared schema? use .describe()): ${description}`);
  z.globalRegistry.add(schema, { description });
  return schema;
}
