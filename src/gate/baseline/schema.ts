import { z } from "zod";

/** One accepted finding: the rule, the profile file, and the finding's fingerprint (rule, system, field). */
export const baselineEntrySchema = z.strictObject({
  ruleId: z.string().min(1),
  file: z.string().min(1).describe("The profile path as given to the CLI, relative to the working directory."),
  fingerprint: z.string().min(1).describe("The finding's fingerprint: rule id, system id and field; survives reformatting."),
});

/** A baseline file: findings accepted as they stand, so that only new ones fail. Written by `--update-baseline`. */
export const baselineFileSchema = z.strictObject({
  baselineVersion: z.literal(1, { error: "expected baselineVersion: 1" }),
  tool: z.literal("bipa-check", { error: 'expected tool: "bipa-check"' }).optional(),
  entries: z.array(baselineEntrySchema, { error: "expected a list of entries" }),
});

export type BaselineEntry = z.output<typeof baselineEntrySchema>;
export type Baseline = z.output<typeof baselineFileSchema>;
