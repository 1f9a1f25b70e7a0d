import { z } from "zod";
import { practicesSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the profile, generated from the zod schema, for editors
 * (`# yaml-language-server: $schema=...` or `"$schema"` in JSON). Describes what authors write.
 */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(practicesSchema, { io: "input", unrepresentable: "any" }),
    title: "bipa-check practices profile, version 1",
  };
}
