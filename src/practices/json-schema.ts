import { z } from "zod";
import { practicesSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the profile, generated from the zod schema, for editors
 * (`# yaml-language-server: $schema=...` or `"$schema"` in JSON). Describes what authors write.
 * It has no `$id`: the project has no home to publish it at, so editors read the file shipped in
 * the package (docs/profile.schema.json) by its path.
 */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...toEditorSchema(practicesSchema),
    title: "bipa-check practices profile, version 1",
  };
}

/**
 * `z.toJSONSchema` with, on every `pattern`, the zod schema's own error message as
 * `patternErrorMessage` (read by the YAML and JSON language servers), so an editor says
 * "Expected a date as YYYY-MM-DD." rather than quoting the regular expression.
 */
export function toEditorSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (typeof json.pattern !== "string" || json.patternErrorMessage !== undefined) return;
      const message = zodMessage(ctx.zodSchema);
      if (message !== undefined) json.patternErrorMessage = sentence(message);
    },
  }) as Record<string, unknown>;
}

type ErrorMap = (issue: Record<string, unknown>) => unknown;
interface Def {
  error?: ErrorMap;
  checks?: Array<{ _zod: { def: Def } }>;
}

/** The custom message a zod string schema (or its format or regex check) was given, if any. */
function zodMessage(schema: unknown): string | undefined {
  const def = (schema as { _zod?: { def?: Def } })._zod?.def;
  if (!def) return undefined;
  // A regex check's message first: the schema's own `error` is then the one for a non-string.
  for (const map of [...(def.checks ?? []).map((c) => c._zod.def.error), def.error]) {
    if (typeof map !== "function") continue;
    const out = map({ code: "invalid_format", input: "" });
    const text = typeof out === "string" ? out : (out as { message?: unknown } | undefined)?.message;
    if (typeof text === "string" && text !== "") return text;
  }
  return undefined;
}

/** `expected a date as YYYY-MM-DD` → `Expected a date as YYYY-MM-DD.` */
function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? "" : "."}`;
}
