import { jsonText } from "../../format/json-text.js";
import type { PlanFormatter } from "./shared.js";

/**
 * The plan as two-space JSON with a trailing newline: the `RemediationPlan` object itself, so CLI and
 * library users read one shape. Key order is the order the plan is built in, which is fixed, and the
 * plan holds no timestamp but `asOf`: the same input gives the same bytes (as the report's JSON).
 */
export const formatPlanJson: PlanFormatter = (plan) => `${jsonText(plan)}\n`;
