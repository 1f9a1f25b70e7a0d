import { toEditorSchema } from "../practices/json-schema.js";
import { configSchema } from "./schema.js";

/** The JSON Schema of `bipa-check.config.*`, for editors (shipped as docs/config.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  return { ...toEditorSchema(configSchema), title: "bipa-check config file" };
}
