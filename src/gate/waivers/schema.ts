import { z } from "zod";

/**
 * A waiver file (YAML or JSON). Every field that makes a waiver reviewable is required: which rule,
 * which system or field, why, who approved it, and when it stops applying. Unknown keys are errors.
 */
const date = z.iso.date({ error: "expected a date as YYYY-MM-DD" });
const required = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .refine((s) => s.trim().length > 0, { error: `expected ${what}; it may not be empty` });

/** A system id (as in the profile) or an absolute JSON pointer into the profile. */
const target = z
  .string({ error: "expected a system id or a JSON pointer such as /systems/0/release" })
  .regex(/^(\/.*|[a-z0-9][a-z0-9._-]{0,79})$/, {
    error: "expected a system id (lower-case letters, digits, '.', '_', '-') or a JSON pointer starting with '/'",
  });

export const waiverSchema = z.strictObject({
  rule: z.string({ error: "expected a rule id such as bipa/15c-profit" }).min(1),
  target: target.describe("The system id the waiver covers, or a JSON pointer: findings at or under it are waived."),
  file: z.string().min(1).optional().describe("Only this profile file (path as given to the CLI, relative to the working directory)."),
  justification: required("a justification (why the finding is accepted)"),
  approvedBy: required("who approved the waiver (approvedBy)"),
  expires: date.describe("Last day the waiver applies (YYYY-MM-DD). From the next day the finding is reported again."),
  reference: z.string().optional().describe("A ticket, memo or decision record."),
});

export const waiverFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, { error: "expected version: 1" }).optional(),
  waivers: z.array(waiverSchema, { error: "expected a list of waivers under `waivers:`" }),
});

/** One waiver, as written, plus where it was written (set by `parseWaivers`). */
export interface Waiver extends z.output<typeof waiverSchema> {
  source?: { file?: string; line?: number; column?: number };
}
