import { z } from "zod";
import type { JsonEnvelope } from "./json.js";
import { reportSchema } from "./report-schema.js";

/*
 * The JSON Schema of what `bipa-check audit --format json` prints (the envelope, with each report of
 * version 3), generated from the zod schemas, shipped as docs/report.schema.json and printed by
 * `bipa-check schema --report`. No `$id`: the project has no home to publish it at.
 */

const count = z.number().int().nonnegative();

/** The envelope `--format json` prints, as a zod schema (the report inside is `reportSchema`). */
export const jsonEnvelopeSchema = z.strictObject({
  reportVersion: z.literal(3),
  tool: z.strictObject({ name: z.literal("bipa-check"), version: z.string().min(1) }),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  failOn: z.enum(["violation", "risk", "info", "never"]),
  exitCode: z.number().int().optional(),
  summary: z.strictObject({
    files: count,
    systems: count,
    systemsInScope: count,
    violation: count,
    risk: count,
    info: count,
    waived: count,
    baselined: count,
    failing: count,
  }),
  notices: z.array(
    z.strictObject({
      level: z.enum(["warning", "note"]),
      code: z.enum(["waiver-expired", "waiver-unused", "baseline-stale"]),
      message: z.string(),
      file: z.string().optional(),
      line: z.number().int().positive().optional(),
      column: z.number().int().positive().optional(),
    }),
  ),
  reports: z.array(reportSchema),
});

// The schema and the type must describe the same object, both ways.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _envelopeMatchesSchema: SameShape<z.output<typeof jsonEnvelopeSchema>, JsonEnvelope> = true;
void _envelopeMatchesSchema;

/**
 * The JSON Schema (draft 2020-12) of the JSON output. It describes every field; that each id a
 * finding names is listed in the report's `rules`, `remedies` and `systems` is checked by the zod
 * `reportSchema`, which a JSON Schema cannot express.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(jsonEnvelopeSchema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    title: "bipa-check JSON output, report version 3",
    description:
      "What `bipa-check audit --format json` prints: one envelope with a report per profile. Findings reference rules, authorities, remedies and systems by id; each report lists each of them once (docs/report-format.md).",
  };
}
