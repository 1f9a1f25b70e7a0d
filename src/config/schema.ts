import { z } from "zod";

const severity = z.enum(["off", "violation", "risk", "info"], { error: "expected off, violation, risk or info" });

/**
 * `bipa-check.config.{json,yaml,yml}`: project defaults for `bipa-check audit`. Command-line options
 * override it; paths in it are relative to the config file. Unknown keys are errors.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe("Optional JSON Schema reference for editors."),
  failOn: z
    .enum(["violation", "risk", "info", "never"], { error: "expected violation, risk, info or never" })
    .optional()
    .describe("The lowest severity that fails the run (default violation)."),
  packs: z
    .record(z.string(), z.boolean({ error: "expected true or false" }))
    .optional()
    .describe("Per pack id: false to turn the pack off (every shipped pack runs by default)."),
  rules: z
    .record(z.string(), severity)
    .optional()
    .describe("Per rule id: off, or the severity to report it at."),
  waivers: z.string().min(1).optional().describe("Waiver file, relative to this config file."),
  maxWaiverDays: z
    .int({ error: "expected a whole number of days" })
    .positive({ error: "expected a whole number of days above 0" })
    .optional()
    .describe("Longest a waiver may run: a waiver expiring more than this many days after the audit date is an error."),
  baseline: z.string().min(1).optional().describe("Baseline file, relative to this config file."),
  assumptions: z
    .strictObject({
      amendmentAppliesToPendingClaims: z
        .union([z.boolean(), z.literal("unknown")], { error: 'expected true, false or "unknown"' })
        .optional()
        .describe("Whether PA 103-0769 applies to claims pending on 2 Aug 2024 (unsettled; default unknown)."),
    })
    .optional()
    .describe("Where the law is unsettled, what the audit assumes (stated in every report's notes)."),
});

export type Config = z.output<typeof configSchema>;

/** The names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ["bipa-check.config.json", "bipa-check.config.yaml", "bipa-check.config.yml"] as const;
