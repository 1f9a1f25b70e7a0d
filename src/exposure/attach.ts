import type { Assumptions } from "../engine/rule.js";
import type { Practices } from "../practices/schema.js";
import type { Report } from "../report/types.js";
import { estimateExposure } from "./damages.js";
import { assessInjunctionRisk } from "./injunction.js";

/**
 * The report with its Sec. 20 exposure estimate and injunction-risk view filled in. `audit()` calls
 * this last, so every report carries both, computed from the same findings and assumptions.
 */
export function attachExposure(report: Report, profile: Practices, assumptions: Assumptions): Report {
  return {
    ...report,
    exposure: estimateExposure(report, profile, { amendmentAppliesToPendingClaims: assumptions.amendmentAppliesToPendingClaims }),
    injunctionRisk: assessInjunctionRisk(report, profile),
  };
}
