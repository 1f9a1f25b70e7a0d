import type { z } from "zod";
import { parseText, type LoadLimits } from "../practices/load.js";
import { problemsFromZod, type Problem } from "../practices/problems.js";
import type { SourceMap } from "../practices/source-map.js";

/**
 * On a schema failure the data that was read, and its positions, come back too, so the caller can
 * check what the schema cannot (unknown rule ids, duplicates) and report every problem at once.
 */
export type ParsedFile<T> = { ok: true; value: T; sourceMap: SourceMap } | { ok: false; problems: Problem[]; read?: { data: unknown; sourceMap: SourceMap } };

/**
 * Reads a YAML or JSON side file (config, waivers, baseline) against its zod schema, with the same
 * parser, limits and `file:line:column` problems as a profile. `what` names the file in messages.
 */
export function parseSideFile<S extends z.ZodType>(
  text: string,
  schema: S,
  what: string,
  limits?: Partial<LoadLimits>,
): ParsedFile<z.output<S>> {
  const parsed = parseText(text, limits);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.problems.map((p) =>
        p.message.startsWith("the input is empty")
          ? { ...p, message: `the ${what} is empty` }
          : { ...p, message: p.message.replace("a profile file holds", `a ${what} holds`) },
      ),
    };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    return { ok: false, problems: problemsFromZod(result.error, parsed.sourceMap, parsed.data, schema), read: { data: parsed.data, sourceMap: parsed.sourceMap } };
  }
  return { ok: true, value: result.data, sourceMap: parsed.sourceMap };
}
