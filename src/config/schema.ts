import { z } from "zod";
import { expectedValues, optionValuesOf, SHIPPED_OPTIONS } from "./pack-options.js";

/**
 * One key per option a shipped pack declares, by its id, taking one of its readings: an unknown id
 * stays an unknown key, and a value outside the readings is an error naming them.
 */
const packOptions = Object.fromEntries(
  SHIPPED_OPTIONS.map((option) => {
    const [first, ...rest] = optionValuesOf(option);
    const values = z.enum([first!, ...rest], { error: expectedValues(option) });
    return [option.id, values.optional().describe(`${option.title} (pack option; default ${option.default}). ${option.why}`)];
  }),
);

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
      ...packOptions,
    })
    .optional()
    .describe("Where the law is unsettled, what the audit assumes (stated in every report's notes), and each pack option by its id (e.g. co-biometric/deletion-deadline)."),
});

/** The pack options chosen, by option id (`<pack>/<slug>`); each value is one of the option's readings. */
export type PackOptionChoices = { readonly [id: `${string}/${string}`]: string | undefined };

/**
 * A valid config file. The schema's `assumptions` has one key per declared pack option, which zod's
 * inferred type cannot name (the keys come from the packs at run time): they are typed here.
 */
export type Config = Omit<z.output<typeof configSchema>, "assumptions"> & {
  assumptions?: NonNullable<z.output<typeof configSchema>["assumptions"]> & PackOptionChoices;
};

/** The names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ["bipa-check.config.json", "bipa-check.config.yaml", "bipa-check.config.yml"] as const;
