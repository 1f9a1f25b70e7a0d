import type { Assumptions } from "../rule.js";
import type { SystemMemo } from "../../../core/pack.js";
import type { Practices } from "../../../practices/schema.js";
import type { ReportBase as Report } from "../../../core/report.js";
import { estimateExposure } from "./damages.js";
import type { ExposureOptions } from "./options.js";
import { assessInjunctionRisk } from "../injunction.js";
import type { ExposureEstimate, InjunctionRiskView } from "./types.js";

/**
 * The BIPA pack's report fields: the Sec. 20 exposure estimate and the injunction-risk view, computed
 * from the same findings and assumptions (the pack's `extend` hook; `audit()` adds them last).
 */
export function bipaReportFields(report: Report, profile: Practices, assumptions: Assumptions, memo?: SystemMemo): { exposure: ExposureEstimate; injunctionRisk: InjunctionRiskView } {
  return {
    exposure: estimateExposure(report, profile, exposureOptions(assumptions), memo),
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
