import type { Assumptions } from "../rule.js";
import type { Practices } from "../../../practices/schema.js";
import type { Report } from "../../../report/types.js";
import { estimateExposure } from "./damages.js";
import type { ExposureOptions } from "./options.js";
import { assessInjunctionRisk } from "../injunction.js";

/**
 * The report with its Sec. 20 exposure estimate and injunction-risk view filled in. `audit()` calls
 * this last, so every report carries both, computed from the same findings and assumptions.
 */
export function attachExposure(report: Report, profile: Practices, assumptions: Assumptions): Report {
  return {
    ...report,
    exposure: estimateExposure(report, profile, exposureOptions(assumptions)),
    injunctionRisk: assessInjunctionRisk(report, profile),
  };
}

/** The estimate's options carried in the audit's assumptions (the same settings for audit, plan and stream). */
export function exposureOptions(a: Assumptions): ExposureOptions {
  return {
    amendmentAppliesToPendingClaims: a.amendmentAppliesToPendingClaims,
    ...(a.amendmentAppliesByForum !== undefined ? { amendmentAppliesByForum: a.amendmentAppliesByForum } : {}),
    ...(a.forum !== undefined ? { forum: a.forum } : {}),
    ...(a.assumedFilingDate !== undefined ? { assumedFilingDate: a.assumedFilingDate } : {}),
    ...(a.templateChannels !== undefined ? { templateChannels: a.templateChannels } : {}),
    ...(a.otherSections !== undefined ? { otherSections: a.otherSections } : {}),
  };
}
