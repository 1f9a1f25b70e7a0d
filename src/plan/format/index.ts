import { formatPlanJson } from "./json.js";
import { formatPlanMarkdown } from "./markdown.js";
import { formatPlanText } from "./text.js";
import type { PlanFormatter } from "./shared.js";

/** The output formats of `bipa-check plan`, in the order `--help` lists them. */
export const PLAN_FORMAT_NAMES = ["text", "json", "markdown"] as const;
export type PlanFormatName = (typeof PLAN_FORMAT_NAMES)[number];

/** Whether a string names a plan format (`text`, `json` or `markdown`). */
export function isPlanFormatName(value: string): value is PlanFormatName {
  return (PLAN_FORMAT_NAMES as readonly string[]).includes(value);
}

/** Every plan renderer by name: the function `bipa-check plan --format <name>` uses. */
export const planFormatters: Readonly<Record<PlanFormatName, PlanFormatter>> = {
  text: formatPlanText,
  json: formatPlanJson,
  markdown: formatPlanMarkdown,
};

export { formatPlanJson, formatPlanMarkdown, formatPlanText };
export { PLAN_CLOSING, type PlanFormatOptions, type PlanFormatter } from "./shared.js";
